import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel } from '../../src/shared/contract'
import type { ErrorCode } from '../../src/shared/errors'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

let till: TestTill
let productId: number
let variantId: number
let otherVariantId: number
let snapshot: Record<string, unknown>

beforeAll(async () => {
  till = openTestTill()
  const product = await till.ok('catalog.createProduct', simpleProduct('Americano', { sku: 'A-1', barcode: '5060000000016', stock: 5 }))
  productId = product.id
  variantId = product.variants[0]!.id
  otherVariantId = (await till.ok('catalog.createProduct', teeShirt())).variants[0]!.id
  await till.ok('catalog.createProduct', simpleProduct('Cola', { sku: 'COLA-1', barcode: '0036000291452' }))
  snapshot = await snapshotDatabase(till)
})
afterAll(() => till.cleanup())

const variant = (extra: Record<string, unknown> = {}) => ({ sku: 'NEW-1', price: 100, ...extra })
const product = (extra: Record<string, unknown> = {}, variants: unknown[] = [variant()]) => ({ name: 'New', taxRateBp: 2000, variants, ...extra })
const long = (length: number) => 'x'.repeat(length)

type Case = [string, Channel, () => unknown, ErrorCode, string?]

const cases: Case[] = [
  ['create: not an object', 'catalog.createProduct', () => 'Americano', 'VALIDATION'],
  ['create: missing fields', 'catalog.createProduct', () => ({}), 'VALIDATION', 'name'],
  ['create: name of the wrong type', 'catalog.createProduct', () => product({ name: 42 }), 'VALIDATION', 'name'],
  ['create: oversize name', 'catalog.createProduct', () => product({ name: long(201) }), 'VALIDATION', 'name'],
  ['create: oversize category', 'catalog.createProduct', () => product({ category: long(81) }), 'VALIDATION', 'category'],
  ['create: negative price', 'catalog.createProduct', () => product({}, [variant({ price: -1 })]), 'VALIDATION', 'variants.0.price'],
  ['create: fractional price', 'catalog.createProduct', () => product({}, [variant({ price: 2.5 })]), 'VALIDATION', 'variants.0.price'],
  ['create: price as text', 'catalog.createProduct', () => product({}, [variant({ price: '2.50' })]), 'VALIDATION', 'variants.0.price'],
  ['create: unsafe price', 'catalog.createProduct', () => product({}, [variant({ price: 2 ** 60 })]), 'VALIDATION', 'variants.0.price'],
  ['create: tax above 100%', 'catalog.createProduct', () => product({ taxRateBp: 10_001 }), 'VALIDATION', 'taxRateBp'],
  ['create: fractional tax', 'catalog.createProduct', () => product({ taxRateBp: 5.5 }), 'VALIDATION', 'taxRateBp'],
  ['create: negative stock', 'catalog.createProduct', () => product({}, [variant({ stock: -1 })]), 'VALIDATION', 'variants.0.stock'],
  ['create: fractional stock', 'catalog.createProduct', () => product({}, [variant({ stock: 1.5 })]), 'VALIDATION', 'variants.0.stock'],
  ['create: oversize SKU', 'catalog.createProduct', () => product({}, [variant({ sku: long(65) })]), 'VALIDATION', 'variants.0.sku'],
  ['create: SKU with spaces', 'catalog.createProduct', () => product({}, [variant({ sku: 'A 1' })]), 'VALIDATION', 'variants.0.sku'],
  ['create: oversize barcode', 'catalog.createProduct', () => product({}, [variant({ barcode: '1'.repeat(65) })]), 'VALIDATION', 'variants.0.barcode'],
  ['create: unknown field', 'catalog.createProduct', () => product({ colour: 'red' }), 'VALIDATION'],
  ['create: no variant', 'catalog.createProduct', () => product({}, []), 'VALIDATION', 'variants'],
  ['create: two variants without options', 'catalog.createProduct', () => product({}, [variant(), variant({ sku: 'NEW-2' })]), 'VALIDATION', 'variants'],
  [
    'create: attribute outside the options',
    'catalog.createProduct',
    () => product({ options: [{ name: 'Size', values: ['S'] }] }, [variant({ attributes: { Size: 'XL' } })]),
    'VALIDATION',
    'variants.0.attributes'
  ],
  [
    'create: the same combination twice',
    'catalog.createProduct',
    () =>
      product({ options: [{ name: 'Size', values: ['S', 'M'] }] }, [
        variant({ attributes: { Size: 'S' } }),
        variant({ sku: 'NEW-2', attributes: { Size: 's' } })
      ]),
    'VALIDATION',
    'variants.1.attributes'
  ],
  [
    'create: repeated option values',
    'catalog.createProduct',
    () => product({ options: [{ name: 'Size', values: ['S', 's'] }] }),
    'VALIDATION',
    'options.0.values'
  ],
  ['create: SKU already used (any case)', 'catalog.createProduct', () => product({}, [variant({ sku: 'a-1' })]), 'CONFLICT'],
  ['create: barcode already used', 'catalog.createProduct', () => product({}, [variant({ barcode: '5060000000016' })]), 'CONFLICT'],
  [
    'create: SKU given twice',
    'catalog.createProduct',
    () => product({ options: [{ name: 'Size', values: ['S', 'M'] }] }, [variant({ attributes: { Size: 'S' } }), variant({ attributes: { Size: 'M' } })]),
    'CONFLICT'
  ],
  ['update: unknown product', 'catalog.updateProduct', () => ({ id: 999_999, name: 'X' }), 'NOT_FOUND'],
  ['update: id as text', 'catalog.updateProduct', () => ({ id: String(productId), name: 'X' }), 'VALIDATION', 'id'],
  ['update: missing id', 'catalog.updateProduct', () => ({ name: 'X' }), 'VALIDATION', 'id'],
  ['update: empty name', 'catalog.updateProduct', () => ({ id: productId, name: '   ' }), 'VALIDATION', 'name'],
  ['update: negative tax', 'catalog.updateProduct', () => ({ id: productId, taxRateBp: -1 }), 'VALIDATION', 'taxRateBp'],
  ['update: stock is not editable here', 'catalog.updateProduct', () => ({ id: productId, stock: 99 }), 'VALIDATION'],
  ['archive: unknown product', 'catalog.archiveProduct', () => ({ id: 999_999 }), 'NOT_FOUND'],
  ['archive: negative id', 'catalog.archiveProduct', () => ({ id: -1 }), 'VALIDATION', 'id'],
  ['restore: unknown product', 'catalog.restoreProduct', () => ({ id: 999_999 }), 'NOT_FOUND'],
  ['restore: missing id', 'catalog.restoreProduct', () => ({}), 'VALIDATION', 'id'],
  ['get: unknown product', 'catalog.getProduct', () => ({ id: 999_999 }), 'NOT_FOUND'],
  ['get: fractional id', 'catalog.getProduct', () => ({ id: 1.5 }), 'VALIDATION', 'id'],
  ['list: zero limit', 'catalog.listProducts', () => ({ limit: 0 }), 'VALIDATION', 'limit'],
  ['list: oversize limit', 'catalog.listProducts', () => ({ limit: 201 }), 'VALIDATION', 'limit'],
  ['list: broken cursor', 'catalog.listProducts', () => ({ after: { name: 1 } }), 'VALIDATION', 'after.name'],
  ['list: flag of the wrong type', 'catalog.listProducts', () => ({ archived: 'yes' }), 'VALIDATION', 'archived'],
  ['categories: unexpected input', 'catalog.categories', () => ({ all: true }), 'VALIDATION'],
  ['variant: unknown variant', 'catalog.updateVariant', () => ({ id: 999_999, price: 100 }), 'NOT_FOUND'],
  ['variant: negative price', 'catalog.updateVariant', () => ({ id: variantId, price: -5 }), 'VALIDATION', 'price'],
  ['variant: fractional price', 'catalog.updateVariant', () => ({ id: variantId, price: 1.5 }), 'VALIDATION', 'price'],
  ['variant: stock only through stock.adjust', 'catalog.updateVariant', () => ({ id: variantId, stock: 50 }), 'VALIDATION'],
  ['variant: oversize SKU', 'catalog.updateVariant', () => ({ id: variantId, sku: long(65) }), 'VALIDATION', 'sku'],
  ['variant: SKU of another variant', 'catalog.updateVariant', () => ({ id: otherVariantId, sku: 'A-1' }), 'CONFLICT'],
  ['variant: barcode of another variant', 'catalog.updateVariant', () => ({ id: otherVariantId, barcode: '5060000000016' }), 'CONFLICT'],
  [
    'generate: unknown product',
    'catalog.generateVariants',
    () => ({ productId: 999_999, options: [{ name: 'Size', values: ['S'] }], price: 100 }),
    'NOT_FOUND'
  ],
  ['generate: no option', 'catalog.generateVariants', () => ({ productId, options: [], price: 100 }), 'VALIDATION', 'options'],
  ['generate: negative price', 'catalog.generateVariants', () => ({ productId, options: [{ name: 'Size', values: ['S'] }], price: -1 }), 'VALIDATION', 'price'],
  [
    'generate: four options',
    'catalog.generateVariants',
    () => ({ productId, options: ['A', 'B', 'C', 'D'].map((name) => ({ name, values: ['1'] })), price: 100 }),
    'VALIDATION',
    'options'
  ],
  [
    'generate: too many combinations',
    'catalog.generateVariants',
    () => ({ productId, options: ['A', 'B', 'C'].map((name) => ({ name, values: Array.from({ length: 10 }, (_, i) => `v${i}`) })), price: 100 }),
    'VALIDATION',
    'options'
  ],
  [
    'generate: would drop a variant that has stock',
    'catalog.generateVariants',
    () => ({ productId, options: [{ name: 'Size', values: ['S'] }], price: 100 }),
    'CONFLICT'
  ],
  ['search: empty text', 'catalog.search', () => ({ text: '  ' }), 'VALIDATION', 'text'],
  ['search: oversize text', 'catalog.search', () => ({ text: long(101) }), 'VALIDATION', 'text'],
  ['search: text of the wrong type', 'catalog.search', () => ({ text: 5 }), 'VALIDATION', 'text'],
  ['search: oversize limit', 'catalog.search', () => ({ text: 'a', limit: 1000 }), 'VALIDATION', 'limit'],
  ['scan: empty code', 'catalog.findByBarcode', () => ({ code: '' }), 'VALIDATION', 'code'],
  ['scan: oversize code', 'catalog.findByBarcode', () => ({ code: '1'.repeat(65) }), 'VALIDATION', 'code'],
  ['scan: unknown code', 'catalog.findByBarcode', () => ({ code: '4006381333931' }), 'NOT_FOUND'],
  ['import: csv of the wrong type', 'catalog.importCsv', () => ({ csv: 5, mode: 'all-or-nothing', dryRun: true }), 'VALIDATION', 'csv'],
  ['import: unknown mode', 'catalog.importCsv', () => ({ csv: 'name,sku,price', mode: 'some', dryRun: true }), 'VALIDATION', 'mode'],
  ['import: missing dryRun', 'catalog.importCsv', () => ({ csv: 'name,sku,price', mode: 'all-or-nothing' }), 'VALIDATION', 'dryRun'],
  ['import: oversize file', 'catalog.importCsv', () => ({ csv: long(30_000_001), mode: 'all-or-nothing', dryRun: false }), 'VALIDATION', 'csv'],
  ['import: empty file', 'catalog.importCsv', () => ({ csv: '', mode: 'all-or-nothing', dryRun: false }), 'CSV_INVALID'],
  ['import: header only', 'catalog.importCsv', () => ({ csv: 'name,sku,price\r\n,,\r\n', mode: 'all-or-nothing', dryRun: true }), 'CSV_INVALID'],
  ['import: missing price column', 'catalog.importCsv', () => ({ csv: 'name,sku\nA,B', mode: 'good-rows-only', dryRun: false }), 'CSV_INVALID'],
  ['import: both file and text', 'catalog.importCsv', () => ({ csv: 'name,sku,price', file: 'AA==', mode: 'all-or-nothing', dryRun: false }), 'VALIDATION'],
  ['import: file not base64', 'catalog.importCsv', () => ({ file: 'not base64!', mode: 'all-or-nothing', dryRun: false }), 'VALIDATION', 'file'],
  [
    'import: binary file',
    'catalog.importCsv',
    () => ({ file: Buffer.from([0x6e, 0x00, 0x81, 0xff, 0x00]).toString('base64'), mode: 'all-or-nothing', dryRun: false }),
    'CSV_INVALID'
  ],
  [
    'import: mapping of another width',
    'catalog.importCsv',
    () => ({ csv: 'name,sku,price\nA,B,1', mapping: ['name', 'sku'], mode: 'all-or-nothing', dryRun: false }),
    'VALIDATION',
    'mapping'
  ],
  [
    'import: unknown field',
    'catalog.importCsv',
    () => ({ csv: 'name,sku,price\nA,B,1', mapping: ['name', 'sku', 'colour'], mode: 'all-or-nothing', dryRun: false }),
    'VALIDATION',
    'mapping.2'
  ],
  ['inspect: not base64', 'catalog.inspectCsv', () => ({ file: '%%%' }), 'VALIDATION', 'file'],
  ['save mapping: widths differ', 'catalog.saveImportMapping', () => ({ headers: ['a', 'b'], mapping: ['name'] }), 'VALIDATION'],
  ['create: name with a bidi override', 'catalog.createProduct', () => simpleProduct('Tea \u202Eaet', { sku: 'BIDI-1' }), 'VALIDATION', 'name'],
  ['create: name with a line break', 'catalog.createProduct', () => simpleProduct('Tea\nlarge', { sku: 'LF-1' }), 'VALIDATION', 'name'],
  ['create: name too long', 'catalog.createProduct', () => simpleProduct('x'.repeat(201), { sku: 'LONG-1' }), 'VALIDATION', 'name'],
  [
    'create: EAN-13 with a wrong check digit',
    'catalog.createProduct',
    () => simpleProduct('Tea', { sku: 'EAN-1', barcode: '4006381333932' }),
    'VALIDATION',
    'variants.0.barcode'
  ],
  [
    'create: UPC-A form of a barcode in use',
    'catalog.createProduct',
    () => simpleProduct('Tea', { sku: 'UPC-1', barcode: '036000291452' }),
    'CONFLICT',
    'barcode'
  ],
  ['import: unclosed quote', 'catalog.importCsv', () => ({ csv: 'name,sku,price\n"Tea,T1,1\n', mode: 'good-rows-only', dryRun: false }), 'CSV_INVALID'],
  ['export: unexpected input', 'catalog.exportCsv', () => ({ format: 'xlsx' }), 'VALIDATION'],
  ['sample shop: catalog not empty', 'catalog.loadSampleShop', () => undefined, 'CONFLICT'],
  ['sample shop: unexpected input', 'catalog.loadSampleShop', () => ({ force: true }), 'VALIDATION'],
  ['isEmpty: unexpected input', 'catalog.isEmpty', () => 'yes', 'VALIDATION']
]

describe('catalog channels refuse bad input at the IPC helper and change nothing', () => {
  it.each(cases)('%s', async (_name, channel, input, code, path) => {
    const result = await till.call(channel, input() as never)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.message.length).toBeGreaterThan(0)
    if (path !== undefined) expect(result.error.issues?.map((issue) => issue.path)).toContain(path)
    expect(await snapshotDatabase(till)).toEqual(snapshot)
  })

  it('name the taken value in a CONFLICT', async () => {
    const sku = await till.call('catalog.createProduct', product({}, [variant({ sku: 'a-1' })]) as never)
    expect(sku).toMatchObject({ ok: false, error: { message: 'SKU A-1 is already used by Americano.', details: { field: 'sku', value: 'A-1' } } })
    const barcode = await till.call('catalog.updateVariant', { id: otherVariantId, barcode: '5060000000016' })
    expect(barcode).toMatchObject({ ok: false, error: { details: { field: 'barcode', value: '5060000000016' } } })
  })
})
