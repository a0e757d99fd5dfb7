import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Product } from '../../src/shared/catalog'
import type { CsvImportInput } from '../../src/shared/catalog-import'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { reason } from '../../src/shared/reasons'

const FIXTURES = join(__dirname, '..', 'fixtures', 'catalog-imports')
const fixture = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64')

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

const importFile = (file: string, extra: Partial<CsvImportInput> = {}) =>
  till.ok('catalog.importCsv', { file, mode: 'all-or-nothing', dryRun: false, ...extra })

async function productBySku(sku: string): Promise<Product> {
  const [hit] = await till.ok('catalog.search', { text: sku })
  if (!hit) throw new Error(`no product with SKU ${sku}`)
  return till.ok('catalog.getProduct', { id: hit.productId })
}

const variantRows = (product: Product) =>
  product.variants.map((variant) => [variant.label, variant.sku, variant.barcode, variant.price, variant.stock, variant.cost])

describe('importing each vendor’s documented export', () => {
  it('Shopify: Handle groups variants, image rows are skipped, Default Title is no option, cost is kept', async () => {
    const inspection = await till.ok('catalog.inspectCsv', { file: fixture('shopify-products.csv') })
    expect(inspection).toMatchObject({ format: 'shopify', encoding: 'utf-8', separator: ',', decimalMark: 'point', rowCount: 6 })
    const result = await importFile(fixture('shopify-products.csv'))
    expect(result).toMatchObject({ imported: true, format: 'shopify', productCount: 3, variantCount: 5, skippedBlankRows: 1, errors: [] })
    expect(result.ignoredColumns).toEqual(expect.arrayContaining(['Body (HTML)', 'Vendor', 'Image Src', 'Variant Compare At Price']))
    const shirt = await productBySku('OBS-S')
    expect(shirt).toMatchObject({ name: 'Ocean Blue Shirt', category: 'Shirts', options: [{ name: 'Size', values: ['S', 'M'] }] })
    expect(variantRows(shirt)).toEqual([
      ['S', 'OBS-S', '036000291452', 5000, 5, 2000],
      ['M', 'OBS-M', null, 5000, 3, 2000]
    ])
    const mug = await productBySku('MUG-01')
    expect(mug).toMatchObject({ name: 'Classic Enamel Mug', category: 'Kitchen', options: [] })
    expect(variantRows(mug)).toEqual([['', 'MUG-01', '4006381333931', 1250, 12, 410]])
    const tote = await productBySku('TOTE-NAT-L')
    expect(tote.options.map((option) => option.name)).toEqual(['Colour', 'Size'])
    expect(variantRows(tote)).toEqual([
      ['Natural / Large', 'TOTE-NAT-L', null, 2400, 8, null],
      ['Black / Large', 'TOTE-BLK-L', null, 2400, 0, null]
    ])
    // The UPC-A barcode is found as the EAN-13 a scanner may send.
    expect((await till.ok('catalog.findByBarcode', { code: '0036000291452' })).sku).toBe('OBS-S')
  })

  it('Square: variations under one item name, Regular is no option, location quantities are stock', async () => {
    const result = await importFile(fixture('square-item-library.csv'))
    expect(result).toMatchObject({ imported: true, format: 'square', productCount: 3, variantCount: 5, errors: [] })
    expect(variantRows(await productBySku('SQ-FW'))).toEqual([['', 'SQ-FW', null, 450, 0, 110]])
    const bagel = await productBySku('SQ-BAGEL-P')
    expect(bagel.options).toEqual([{ name: 'Variation', values: ['Plain', 'Sesame'] }])
    expect(bagel.variants.map((variant) => [variant.sku, variant.price, variant.stock, variant.lowStockThreshold])).toEqual([
      ['SQ-BAGEL-P', 225, 18, 6],
      ['SQ-BAGEL-S', 250, 9, 6]
    ])
    const hoodie = await productBySku('SQ-HOOD-S')
    expect(hoodie).toMatchObject({ name: 'Zip Hoodie', category: 'Clothing', options: [{ name: 'Size', values: ['S', 'L'] }] })
    expect(variantRows(hoodie)).toEqual([
      ['S', 'SQ-HOOD-S', '012345678905', 4500, 4, 1900],
      ['L', 'SQ-HOOD-L', null, 104500, 2, 1900]
    ])
  })

  it('Loyverse: Handle groups variants, the store’s price and stock columns are read', async () => {
    const result = await importFile(fixture('loyverse-items.csv'))
    expect(result).toMatchObject({ imported: true, format: 'loyverse', productCount: 3, variantCount: 4, errors: [] })
    const latte = await productBySku('10001')
    expect(latte).toMatchObject({ name: 'Latte', category: 'Coffee', options: [{ name: 'Size', values: ['Small', 'Large'] }] })
    expect(variantRows(latte)).toEqual([
      ['Small', '10001', null, 320, 0, 80],
      ['Large', '10002', null, 390, 0, 95]
    ])
    const croissant = await productBySku('10003')
    expect(croissant.variants.map((variant) => [variant.barcode, variant.price, variant.stock, variant.lowStockThreshold])).toEqual([
      ['5901234123457', 210, 24, 5]
    ])
    expect((await productBySku('10004')).name).toBe('抹茶ラテ')
  })

  it('WooCommerce: a variable parent and its variations (by id:ID or parent SKU) are one product; simple products stay simple', async () => {
    const result = await importFile(fixture('woocommerce-products.csv'))
    expect(result).toMatchObject({ imported: true, format: 'woocommerce', productCount: 2, variantCount: 3, errors: [] })
    const tee = await productBySku('WOO-TEE-BLUE')
    expect(tee).toMatchObject({ name: 'T-Shirt', category: 'Clothing > Tshirts', options: [{ name: 'Color', values: ['Blue', 'Red'] }] })
    expect(tee.variants.map((variant) => [variant.label, variant.sku, variant.price, variant.stock, variant.lowStockThreshold])).toEqual([
      ['Blue', 'WOO-TEE-BLUE', 1800, 7, 2],
      ['Red', 'WOO-TEE-RED', 1800, 0, 2]
    ])
    const beanie = await productBySku('WOO-BEANIE')
    expect(variantRows(beanie)).toEqual([['', 'WOO-BEANIE', '001234567895', 1800, 4, null]])
  })
})

describe('files as spreadsheets save them', () => {
  it('Excel in Germany: Windows-1252, semicolons, decimal commas and German headers', async () => {
    const text =
      'Artikel;Artikelnummer;EAN;Preis;Bestand;MwSt\r\nCafé Crème;CC-1;4006381333931;3,50;10;19\r\nBrötchen;BR-1;;0,45;100;7\r\nKäsekuchen groß;KK-1;;1.234,50;1;19\r\n'
    const file = Buffer.from(text, 'latin1').toString('base64')
    const inspection = await till.ok('catalog.inspectCsv', { file })
    expect(inspection).toMatchObject({ format: 'other', encoding: 'windows-1252', separator: ';', decimalMark: 'comma' })
    expect(inspection.mapping).toEqual(['name', 'sku', 'barcode', 'price', 'stock', 'tax_rate'])
    const result = await importFile(file)
    expect(result).toMatchObject({ imported: true, productCount: 3, errors: [] })
    const cafe = await productBySku('CC-1')
    expect(cafe).toMatchObject({ name: 'Café Crème', taxRateBp: 1900 })
    expect(variantRows(cafe)).toEqual([['', 'CC-1', '4006381333931', 350, 10, null]])
    expect((await productBySku('BR-1')).variants[0]).toMatchObject({ price: 45, stock: 100 })
    expect(await productBySku('KK-1')).toMatchObject({ name: 'Käsekuchen groß', variants: [{ price: 123_450 }] })
  })

  it('Tillpoint’s export saved by Excel in Germany (sample file): Windows-1252 with € „ “, semicolons, decimal commas, variants', async () => {
    const file = fixture('tillpoint-export-saved-by-excel-de.csv')
    expect(await till.ok('catalog.inspectCsv', { file })).toMatchObject({ format: 'tillpoint', encoding: 'windows-1252', separator: ';', decimalMark: 'comma' })
    const result = await importFile(file)
    expect(result).toMatchObject({ imported: true, productCount: 4, variantCount: 5, errors: [] })
    const cafe = await productBySku('CC-TASSE')
    expect(cafe).toMatchObject({ name: 'Café Crème', category: 'Getränke', taxRateBp: 1900, options: [{ name: 'Größe', values: ['Tasse', 'Kännchen'] }] })
    expect(variantRows(cafe)).toEqual([
      ['Tasse', 'CC-TASSE', '4006381333931', 350, 40, 120],
      ['Kännchen', 'CC-KANNE', '4012345000016', 620, 12, 210]
    ])
    expect(variantRows(await productBySku('BR-1'))).toEqual([['', 'BR-1', '40170725', 45, 100, 12]])
    expect(variantRows(await productBySku('KK-1'))).toEqual([['', 'KK-1', null, 123_450, 1, null]])
    // Windows-1252's own characters (0x84, 0x93), not Latin-1's control characters.
    expect((await productBySku('SA-1')).name).toBe('Süßes Allerlei „Spezial“')
  })

  it('Excel “Unicode text” (sample file): UTF-16 LE, tabs, CJK and Hangul names, variants grouped, UPC-A and EAN-8 barcodes', async () => {
    const result = await importFile(fixture('excel-unicode-text-utf16le.txt'))
    expect(result).toMatchObject({ imported: true, encoding: 'utf-16le', format: 'other', productCount: 4, variantCount: 5, errors: [] })
    const oolong = await productBySku('TEA-OOL-50')
    expect(oolong).toMatchObject({ name: '乌龙茶', category: '茶', options: [{ name: '重量', values: ['50 g', '100 g'] }] })
    expect(variantRows(oolong)).toEqual([
      ['50 g', 'TEA-OOL-50', '036000291452', 520, 30, null],
      ['100 g', 'TEA-OOL-100', null, 980, 12, null]
    ])
    expect(variantRows(await productBySku('TEA-MATCHA'))).toEqual([['', 'TEA-MATCHA', '4901234567894', 480, 12, null]])
    expect(variantRows(await productBySku('TEA-GREEN-KR'))).toEqual([['', 'TEA-GREEN-KR', '8801234567893', 310, 0, null]])
    expect(await productBySku('TEA-CHAI')).toMatchObject({ name: 'Chai, spiced', variants: [{ barcode: '96385074', price: 275, stock: 7 }] })
    // A scanner sending the UPC-A as its EAN-13 finds it; 茶 finds every tea by a part of its name.
    expect((await till.ok('catalog.findByBarcode', { code: '0036000291452' })).sku).toBe('TEA-OOL-50')
    expect((await till.ok('catalog.search', { text: '龙茶' })).map((hit) => hit.sku).sort()).toEqual(['TEA-OOL-100', 'TEA-OOL-50'])
  })

  it('Excel “Unicode text”: UTF-16 LE with a BOM, separated by tabs', async () => {
    const text = 'Name\tSKU\tPrice\tStock\tCategory\r\n乌龙茶\tTEA-OOLONG\t5.20\t30\tTea\r\n抹茶ラテ\tTEA-MATCHA\t4.80\t12\tTea\r\n'
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64')
    const result = await importFile(file)
    expect(result).toMatchObject({ imported: true, encoding: 'utf-16le', productCount: 2, errors: [] })
    expect(variantRows(await productBySku('TEA-OOLONG'))).toEqual([['', 'TEA-OOLONG', null, 520, 30, null]])
    expect((await till.ok('catalog.search', { text: '茶' })).map((hit) => hit.sku).sort()).toEqual(['TEA-MATCHA', 'TEA-OOLONG'])
    expect((await till.ok('catalog.search', { text: 'ラテ' })).map((hit) => hit.sku)).toEqual(['TEA-MATCHA'])
  })

  it('UTF-16 BE and UTF-8 without a BOM read the same', async () => {
    const text = 'name,sku,price\nCafé,C-1,1.00\n'
    const swapped = Buffer.from(text, 'utf16le').swap16()
    const be = await importFile(Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]).toString('base64'), { dryRun: true })
    expect(be).toMatchObject({ encoding: 'utf-16be', productCount: 1, errors: [] })
    const utf8 = await importFile(Buffer.from(text, 'utf8').toString('base64'), { dryRun: true })
    expect(utf8).toMatchObject({ encoding: 'utf-8', productCount: 1, errors: [], rows: [{ name: 'Café' }] })
  })

  it('refuse a file no encoding reads, naming the byte and line, and write nothing', async () => {
    const before = await snapshotDatabase(till)
    const bytes = Buffer.concat([Buffer.from('name,sku,price\nTea,T-1,1.00\nCaf', 'latin1'), Buffer.from([0x81]), Buffer.from(',C-1,2.00\n')])
    const result = await till.call('catalog.importCsv', { file: bytes.toString('base64'), mode: 'good-rows-only', dryRun: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'CSV_INVALID', message: expect.stringContaining('byte 0x81 on line 3') } })
    const badUtf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,sku,price\nCaf'), Buffer.from([0xe9]), Buffer.from(',C-1,2.00\n')])
    expect(await till.call('catalog.importCsv', { file: badUtf8.toString('base64'), mode: 'good-rows-only', dryRun: false })).toMatchObject({
      ok: false,
      error: { code: 'CSV_INVALID', message: expect.stringContaining('says it is UTF-8') }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('never store U+FFFD: a name holding one is refused with the reason', async () => {
    const result = await importFile(Buffer.from('name,sku,price\nCaf\uFFFD Cr\uFFFDme,C-1,1.00\n', 'utf8').toString('base64'), { mode: 'good-rows-only' })
    expect(result).toMatchObject({ imported: false, productCount: 0 })
    expect(result.errors).toEqual([
      { line: 2, column: 'name', reason: { code: 'csv.field', params: expect.objectContaining({ message: expect.stringContaining('U+FFFD') }) } }
    ])
  })

  it('list unmapped columns and refuse only when a required field has no column', async () => {
    const file = Buffer.from('Title,Colour,Notes\nTea,green,x\n').toString('base64')
    const refused = await till.call('catalog.importCsv', { file, mode: 'all-or-nothing', dryRun: true })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CSV_INVALID', message: expect.stringContaining('sku, price') } })
    const mapped = await importFile(Buffer.from('Title,Code,Colour,Cost £\nTea,T-1,green,2.00\n').toString('base64'), {
      mapping: ['name', 'sku', null, 'price']
    })
    expect(mapped).toMatchObject({ imported: true, ignoredColumns: ['Colour'] })
    expect((await productBySku('T-1')).variants[0]).toMatchObject({ price: 200 })
  })

  it('save a mapping and use it for the next file with the same headers', async () => {
    const file = Buffer.from('Bezeichner,Kennung,Betrag\nTea,T-1,2.00\n').toString('base64')
    expect((await till.ok('catalog.inspectCsv', { file })).mapping).toEqual([null, null, null])
    await till.ok('catalog.saveImportMapping', { headers: ['Bezeichner', 'Kennung', 'Betrag'], mapping: ['name', 'sku', 'price'] })
    expect(await till.ok('catalog.inspectCsv', { file })).toMatchObject({ savedMapping: true, mapping: ['name', 'sku', 'price'] })
    expect(await importFile(file)).toMatchObject({ imported: true, productCount: 1 })
  })
})

describe('updating products already in the catalog by SKU', () => {
  const first = 'name,sku,price,stock,cost\nHouse Blend,HB-250,7.50,10,3.00\nDecaf,DC-250,8.00,4,\n'
  const second = 'name,sku,price,stock,cost\nHouse Blend Coffee,HB-250,7.90,16,3.00\nDecaf,DC-250,8.00,4,\nNew Roast,NR-250,9.00,5,\n'
  const file = (text: string) => Buffer.from(text).toString('base64')

  it('refuse known SKUs unless asked to update; preview the changes as old → new; write them with stock movements', async () => {
    await importFile(file(first))
    const refused = await importFile(file(second), { dryRun: true })
    expect(refused.errors.map((error) => [error.line, error.reason])).toEqual([
      [2, reason('csv.skuUsed', { sku: 'HB-250', holder: 'House Blend' })],
      [3, reason('csv.skuUsed', { sku: 'DC-250', holder: 'Decaf' })]
    ])
    const before = await snapshotDatabase(till)
    const preview = await importFile(file(second), { dryRun: true, updateExisting: true })
    expect(preview).toMatchObject({ imported: false, productCount: 1, updatedCount: 1, errors: [] })
    expect(preview.rows.map((row) => [row.line, row.status, row.changes])).toEqual([
      [
        2,
        'update',
        [
          { field: 'name', from: 'House Blend', to: 'House Blend Coffee' },
          { field: 'price', from: 750, to: 790 },
          { field: 'stock', from: 10, to: 16 }
        ]
      ],
      [3, 'unchanged', []],
      [4, 'new', []]
    ])
    expect(await snapshotDatabase(till)).toEqual(before)
    const done = await importFile(file(second), { updateExisting: true })
    expect(done).toMatchObject({ imported: true, productCount: 1, updatedCount: 1 })
    const blend = await productBySku('HB-250')
    expect(blend).toMatchObject({ name: 'House Blend Coffee', variants: [{ price: 790, stock: 16, cost: 300 }] })
    const movements = await till.ok('stock.movements', { variantId: blend.variants[0]!.id })
    expect(movements.map((movement) => [movement.reason, movement.delta])).toEqual([
      ['import', 6],
      ['import', 10]
    ])
  })
})
