import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { englishReason } from '../../src/main/core/app-error'
import { reason } from '../../src/shared/reasons'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

const HEADER = 'product_key,name,category,tax_rate,option1_name,option1_value,option2_name,option2_value,sku,barcode,price,stock,low_stock_threshold'

const GOOD = [
  HEADER,
  ',Flat White,Coffee,20,,,,,COF-FW,5060000000016,3.20,12,3',
  ',Croissant,Bakery,5.5,,,,,BAK-CRO,,1.6,0,',
  'TEE,Logo T-shirt,Clothing,20,Size,S,Colour,Red,TEE-S-R,,15.00,2,1',
  'TEE,,,,Size,S,Colour,Blue,TEE-S-B,,15,1,1',
  'TEE,Logo T-shirt,Clothing,20,Size,M,Colour,Red,TEE-M-R,4006381333931,16.50,0,1'
].join('\n')

const importCsv = (csv: string, mode: 'all-or-nothing' | 'good-rows-only' = 'all-or-nothing', dryRun = false) =>
  till.ok('catalog.importCsv', { csv, mode, dryRun })

describe('CSV import', () => {
  it('import a good file: prices from decimals, tax from percent, variants grouped, stock as import movements', async () => {
    const events = till.recordEvents()
    const result = await importCsv(GOOD)
    expect(result).toMatchObject({ imported: true, rowCount: 5, goodRowCount: 5, productCount: 3, variantCount: 5, errors: [], skippedLines: [] })
    const [flatWhite, croissant, tee] = await Promise.all(result.productIds.map((id) => till.ok('catalog.getProduct', { id })))
    expect(flatWhite).toMatchObject({
      name: 'Flat White',
      taxRateBp: 2000,
      variants: [{ sku: 'COF-FW', barcode: '5060000000016', price: 320, stock: 12, lowStockThreshold: 3 }]
    })
    expect(croissant).toMatchObject({ taxRateBp: 550, variants: [{ barcode: null, price: 160, stock: 0, lowStockThreshold: 0 }] })
    expect(tee!.options).toEqual([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] }
    ])
    expect(tee!.variants.map((variant) => [variant.label, variant.price, variant.stock])).toEqual([
      ['S / Red', 1500, 2],
      ['S / Blue', 1500, 1],
      ['M / Red', 1650, 0]
    ])
    const movements = await till.ok('stock.movements', { variantId: flatWhite!.variants[0]!.id })
    expect(movements).toEqual([expect.objectContaining({ delta: 12, reason: 'import' })])
    expect(events.filter((event) => event.name === 'catalog.changed')).toEqual([{ name: 'catalog.changed', payload: { productIds: result.productIds } }])
  })

  const BAD = [
    HEADER, //                                                                line 1
    ',Flat White,Coffee,20,,,,,COF-FW,,3.20,12,3', //                          line 2: good
    ',Bad price,Coffee,20,,,,,COF-BP,,-1.00,1,0', //                           line 3
    ',Too precise,Coffee,20,,,,,COF-TP,,2.505,1,0', //                         line 4
    ',Bad tax,Coffee,twenty,,,,,COF-BT,,2.00,1,0', //                          line 5
    ',,Coffee,20,,,,,COF-NONAME,,2.00,1,0', //                                 line 6
    ',Twin,Coffee,20,,,,,cof-fw,,2.00,1,0', //                                 line 7: SKU of line 2
    ',Fraction stock,Coffee,20,,,,,COF-FS,,2.00,1.5,0', //                     line 8
    ',Unquoted, comma,Coffee,20,,,,,COF-UC,,2.00,1,0', //                      line 9
    'HAT,Hat,Clothing,20,Size,S,,,HAT-S,,9.00,1,0', //                         line 10: good row of a bad product
    'HAT,Hat,Clothing,20,Size,,,,HAT-M,,9.00,1,0', //                          line 11: size missing
    ',Taken,Coffee,20,,,,,EXISTING,,2.00,1,0', //                              line 12: SKU in the catalog
    ',Long,Coffee,20,,,,,' + 'X'.repeat(65) + ',,2.00,1,0', //                 line 13
    ',Croissant,Bakery,5,,,,,BAK-CRO,,1.60,10,2' //                            line 14: good
  ].join('\r\n')

  it('refuse a file with bad rows whole in all-or-nothing mode, reporting every bad line', async () => {
    await till.ok('catalog.createProduct', simpleProduct('Existing', { sku: 'EXISTING' }))
    const before = await snapshotDatabase(till)
    const result = await importCsv(BAD)
    expect(result).toMatchObject({ imported: false, rowCount: 13, productIds: [], skippedLines: [10] })
    expect([...new Set(result.errors.map((error) => error.line))]).toEqual([3, 4, 5, 6, 7, 8, 9, 11, 12, 13])
    const reasons: Record<number, string> = {}
    for (const error of result.errors)
      reasons[error.line] = [reasons[error.line], `${error.column}: ${englishReason(error.reason)}`].filter(Boolean).join(' | ')
    expect(reasons[3]).toMatch(/^price: .*-1\.00/)
    expect(reasons[4]).toMatch(/^price: .*more decimals/)
    expect(reasons[5]).toMatch(/^tax_rate: /)
    expect(reasons[6]).toMatch(/^name: Name is required/)
    expect(reasons[7]).toBe('sku: SKU cof-fw is also on line 2')
    expect(reasons[8]).toMatch(/^stock: /)
    expect(reasons[9]).toMatch(/^null: The row has 1 more filled cell than the header/)
    expect(reasons[11]).toBe('option1_value: Size is missing')
    expect(reasons[12]).toBe('sku: SKU EXISTING is already used by Existing')
    expect(reasons[13]).toMatch(/^sku: SKU is at most 64/)
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('import only the good rows when asked, skipping a product whose other row is bad', async () => {
    await till.ok('catalog.createProduct', simpleProduct('Existing', { sku: 'EXISTING' }))
    const result = await importCsv(BAD, 'good-rows-only')
    expect(result).toMatchObject({ imported: true, productCount: 2, variantCount: 2, goodRowCount: 2, skippedLines: [10] })
    const skus = (await till.ok('catalog.listProducts', {})).items.flatMap((item) => item.variants.map((variant) => variant.sku))
    expect(skus.sort()).toEqual(['BAK-CRO', 'COF-FW', 'EXISTING'])
  })

  it('preview without writing on a dry run', async () => {
    const before = await snapshotDatabase(till)
    const preview = await importCsv(GOOD, 'all-or-nothing', true)
    expect(preview).toMatchObject({ dryRun: true, imported: false, productCount: 3, variantCount: 5, productIds: [], errors: [] })
    const badPreview = await importCsv(BAD, 'good-rows-only', true)
    expect(badPreview).toMatchObject({ imported: false, productCount: 3 })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('read a BOM, CRLF, quoted commas and quotes and non-ASCII names; refuse a line break inside a name', async () => {
    const csv =
      '\uFEFFname,category,sku,price,tax_rate,barcode\r\n' +
      '"Crème brûlée, vanilla",Bakery,BAK-CB,4.20,20,\r\n' +
      '"Сырники ""домашние""",Bakery,BAK-SYR,3.90,20,\r\n' +
      '"抹茶ラテ\r\nlarge",Tea,TEA-MATCHA,4.80,20,\r\n' +
      '\r\n' +
      'Bad,Tea,TEA-BAD,oops,20,\r\n'
    const result = await importCsv(csv, 'good-rows-only')
    expect(result.errors).toEqual([
      { line: 4, column: 'name', reason: { code: 'csv.field', params: expect.objectContaining({ message: expect.stringContaining('a line break') }) } },
      { line: 7, column: 'price', reason: reason('csv.notAmount', { text: 'oops', example: '2.50' }) }
    ])
    const names = await Promise.all(result.productIds.map(async (id) => (await till.ok('catalog.getProduct', { id })).name))
    expect(names).toEqual(['Crème brûlée, vanilla', 'Сырники "домашние"'])
    expect((await till.ok('catalog.search', { text: 'creme brulee' })).map((hit) => hit.sku)).toEqual(['BAK-CB'])
    expect((await till.ok('catalog.search', { text: 'сырники' })).map((hit) => hit.sku)).toEqual(['BAK-SYR'])
  })

  it('convert prices with the shop currency digits: JPY has none, KWD three', async () => {
    await till.ok('settings.update', { currency: 'JPY' })
    const yen = await importCsv('name,sku,price\nOnigiri,JP-1,180\nSplit yen,JP-2,1.5\nZeros,JP-3,200.00', 'good-rows-only')
    expect(yen.errors.map((error) => error.line)).toEqual([3])
    expect((await till.ok('catalog.findByBarcode', { code: 'JP-1' })).price).toBe(180)
    expect((await till.ok('catalog.findByBarcode', { code: 'JP-3' })).price).toBe(200)
    await till.ok('settings.update', { currency: 'KWD' })
    await importCsv('name,sku,price\nDates,KW-1,1.25')
    expect((await till.ok('catalog.findByBarcode', { code: 'KW-1' })).price).toBe(1250)
  })
})

describe('CSV export', () => {
  it('write the import format, and import back into another till as the same catalog', async () => {
    await till.ok(
      'catalog.createProduct',
      simpleProduct('Café "Noir", strong', { sku: 'COF-NOIR', barcode: '5060000000023', price: 295, stock: 4, lowStockThreshold: 2 }, { taxRateBp: 550 })
    )
    await till.ok('catalog.createProduct', simpleProduct('Чай 茶', { sku: 'TEA-1', price: 100 }, { category: 'Tea' }))
    await till.ok('catalog.createProduct', teeShirt())
    const archived = await till.ok('catalog.createProduct', simpleProduct('Gone', { sku: 'GONE' }))
    await till.ok('catalog.archiveProduct', { id: archived.id })
    const exported = await till.ok('catalog.exportCsv')
    expect(exported).toMatchObject({ productCount: 3, variantCount: 6 })
    expect(exported.csv.startsWith('\uFEFF' + 'product_key,name,category,tax_rate,option1_name')).toBe(true)
    expect(exported.csv).toContain('\r\n,"Café ""Noir"", strong",Coffee,5.5,,,,,,,COF-NOIR,5060000000023,2.95,4,2,,each\r\n')
    expect(exported.csv).not.toContain('GONE')

    const other = openTestTill()
    try {
      const imported = await other.ok('catalog.importCsv', { csv: exported.csv, mode: 'all-or-nothing', dryRun: false })
      expect(imported).toMatchObject({ imported: true, productCount: 3, variantCount: 6, errors: [] })
      expect((await other.ok('catalog.exportCsv')).csv).toBe(exported.csv)
      const strip = (page: Awaited<ReturnType<typeof till.ok<'catalog.listProducts'>>>) =>
        page.items.map(({ name, category, taxRateBp, options, variants }) => ({
          name,
          category,
          taxRateBp,
          options,
          variants: variants.map(({ sku, barcode, price, stock, lowStockThreshold, attributes, label }) => ({
            sku,
            barcode,
            price,
            stock,
            lowStockThreshold,
            attributes,
            label
          }))
        }))
      expect(strip(await other.ok('catalog.listProducts', {}))).toEqual(strip(await till.ok('catalog.listProducts', {})))
    } finally {
      await other.cleanup()
    }
  })

  it('write a weighed product’s stock and threshold in its unit, and read them back the same, in the preview too', async () => {
    const cheese = await till.ok(
      'catalog.createProduct',
      simpleProduct('Comté', { sku: 'CHEESE', price: 2490, stock: 12_500, lowStockThreshold: 2_000 }, { soldBy: 'kg', category: 'Deli' })
    )
    await till.ok(
      'catalog.createProduct',
      simpleProduct('Flour', { sku: 'FLOUR', price: 1, stock: 1_500_250, lowStockThreshold: 5 }, { soldBy: 'g', category: 'Deli' })
    )
    await till.ok('catalog.createProduct', simpleProduct('Mug', { sku: 'MUG', price: 900, stock: 7, lowStockThreshold: 2 }, { category: 'Deli' }))
    const exported = await till.ok('catalog.exportCsv')
    // 12.5 kg, 2 kg; 1,500.25 g, 0.005 g; whole mugs.
    expect(exported.csv).toContain(',CHEESE,,24.90,12.5,2,,kg\r\n')
    expect(exported.csv).toContain(',FLOUR,,0.01,1500.25,0.005,,g\r\n')
    expect(exported.csv).toContain(',MUG,,9.00,7,2,,each\r\n')

    const other = openTestTill()
    try {
      const preview = await other.ok('catalog.importCsv', { csv: exported.csv, mode: 'all-or-nothing', dryRun: true })
      expect(preview.rows.map(({ sku, stock, soldBy }) => [sku, stock, soldBy])).toEqual([
        ['CHEESE', 12_500, 'kg'],
        ['FLOUR', 1_500_250, 'g'],
        ['MUG', 7, 'each']
      ])
      const imported = await other.ok('catalog.importCsv', { csv: exported.csv, mode: 'all-or-nothing', dryRun: false })
      expect(imported).toMatchObject({ imported: true, productCount: 3, errors: [] })
      const read = (page: Awaited<ReturnType<typeof till.ok<'catalog.listProducts'>>>) =>
        page.items.map((product) => [product.name, product.soldBy, product.variants[0]!.stock, product.variants[0]!.lowStockThreshold])
      expect(read(await other.ok('catalog.listProducts', {}))).toEqual(read(await till.ok('catalog.listProducts', {})))
      expect((await other.ok('catalog.exportCsv')).csv).toBe(exported.csv)
    } finally {
      await other.cleanup()
    }

    // An update in kg shows its stock change in thousandths with the unit; a file saying "each" for it is refused.
    const update = exported.csv.replace(',CHEESE,,24.90,12.5,2,,kg', ',CHEESE,,24.90,10.25,2,,kg')
    const planned = await till.ok('catalog.importCsv', { csv: update, mode: 'all-or-nothing', dryRun: true, updateExisting: true })
    expect(planned.rows.find((row) => row.sku === 'CHEESE')).toMatchObject({
      status: 'update',
      soldBy: 'kg',
      changes: [{ field: 'stock', from: 12_500, to: 10_250 }]
    })
    const before = await snapshotDatabase(till)
    const wrongUnit = exported.csv.replace(',CHEESE,,24.90,12.5,2,,kg', ',CHEESE,,24.90,12,2,,each')
    const refused = await till.ok('catalog.importCsv', { csv: wrongUnit, mode: 'all-or-nothing', dryRun: false, updateExisting: true })
    expect(refused.imported).toBe(false)
    expect(refused.errors).toContainEqual({ line: 2, column: 'sold_by', reason: reason('csv.soldByCatalog', { name: 'Comté', catalog: 'kg', file: 'each' }) })
    expect(await snapshotDatabase(till)).toEqual(before)
    expect((await till.ok('catalog.getProduct', { id: cheese.id })).variants[0]!.stock).toBe(12_500)
  })

  it('refuse a weight with more than three decimals or a unit the till does not sell by', async () => {
    const header = 'name,sku,price,stock,sold_by'
    const result = await till.ok('catalog.importCsv', {
      csv: [header, 'Ham,HAM,2.00,1.2345,kg', 'Eggs,EGG,0.30,12,dozen'].join('\n'),
      mode: 'all-or-nothing',
      dryRun: true
    })
    expect(result.errors.map(({ line, column }) => [line, column])).toEqual([
      [2, 'stock'],
      [3, 'sold_by']
    ])
  })
})
