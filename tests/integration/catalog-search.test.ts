import { CompiledQuery } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { productListQuery } from '../../src/main/catalog/catalog-queries'
import { barcodeQuery, infixTerms, nameInfixQuery, nameMatch, namePrefixQuery, skuPrefixQuery } from '../../src/main/catalog/catalog-search'
import { gtinCheckDigit } from '../../src/shared/barcode'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { openTestTill, type TestTill } from '../support/test-till'
import { soak } from '../support/soak'

describe('catalog search', () => {
  let till: TestTill
  beforeEach(async () => {
    till = openTestTill()
    const products = [
      simpleProduct('Café Crème', { sku: 'COF-CREME', barcode: '5060000000047', price: 350 }),
      simpleProduct('Caffè Latte', { sku: 'COF-LATTE', barcode: '5060000000054', price: 380 }),
      simpleProduct('Cappuccino', { sku: 'cof-capp', price: 360 }),
      simpleProduct('Сырники', { sku: 'BAK-SYR', price: 450 }, { category: 'Bakery' }),
      simpleProduct('抹茶ラテ', { sku: 'TEA-MATCHA', price: 420 }, { category: 'Tea', taxRateBp: 550 }),
      simpleProduct('Flat White', { sku: 'COF-FW', price: 320, stock: 9 }),
      simpleProduct('100% Cocoa', { sku: 'X_1%', price: 500 })
    ]
    for (const product of products) await till.ok('catalog.createProduct', product)
    await till.ok('catalog.createProduct', teeShirt())
  })
  afterEach(() => till.cleanup())

  const names = async (text: string) => (await till.ok('catalog.search', { text })).map((hit) => hit.productName + (hit.label ? ` ${hit.label}` : ''))

  it('find by name prefix, ignoring case and accents, every word a prefix', async () => {
    expect(await names('caf')).toEqual(expect.arrayContaining(['Café Crème', 'Caffè Latte']))
    expect(await names('cafe')).toEqual(['Café Crème'])
    expect(await names('CAFÉ cr')).toEqual(['Café Crème'])
    expect(await names('latte caff')).toEqual(['Caffè Latte'])
    expect(await names('white flat')).toEqual(['Flat White'])
    expect(await names('nothing like this')).toEqual([])
  })

  it('find non-Latin names: Cyrillic and CJK', async () => {
    expect(await names('сыр')).toEqual(['Сырники'])
    expect(await names('СЫРНИКИ')).toEqual(['Сырники'])
    expect(await names('抹茶')).toEqual(['抹茶ラテ'])
  })

  it('find by SKU prefix, any case, with SQL wildcards taken literally', async () => {
    expect(await names('cof-c')).toEqual(['Cappuccino', 'Café Crème'])
    expect(await names('COF-CAPP')).toEqual(['Cappuccino'])
    expect(await names('TEE-M')).toEqual(['Logo T-shirt M / Blue', 'Logo T-shirt M / Red'])
    expect(await names('X_1%')).toEqual(['100% Cocoa'])
    expect(await names('X%')).toEqual([])
  })

  it('find by exact barcode with everything the till needs to sell it', async () => {
    const [hit, ...rest] = await till.ok('catalog.search', { text: '5060000000054' })
    expect(rest).toEqual([])
    expect(hit).toMatchObject({ productName: 'Caffè Latte', sku: 'COF-LATTE', price: 380, taxRateBp: 2000, category: 'Coffee', label: '' })
    expect(await names('506000000005')).toEqual([])
  })

  it('return each variant once and at most the limit', async () => {
    const hits = await till.ok('catalog.search', { text: 'logo', limit: 3 })
    expect(hits.map((hit) => hit.label)).toEqual(['S / Red', 'S / Blue', 'M / Red'])
    expect(new Set((await till.ok('catalog.search', { text: 'COF' })).map((hit) => hit.variantId)).size).toBe(4)
  })

  it('find archived products only when asked, by name, SKU or barcode, to restore them', async () => {
    const [latte] = await till.ok('catalog.search', { text: 'COF-LATTE' })
    await till.ok('catalog.archiveProduct', { id: latte!.productId })
    expect(await names('caffe')).toEqual([])
    expect(await names('5060000000054')).toEqual([])
    const archived = async (text: string) => (await till.ok('catalog.search', { text, archived: true })).map((hit) => hit.productName)
    expect(await archived('caffe')).toEqual(['Caffè Latte'])
    expect(await archived('cof-l')).toEqual(['Caffè Latte'])
    expect(await archived('5060000000054')).toEqual(['Caffè Latte'])
    expect(await archived('caf')).toEqual(['Caffè Latte'])
    expect(await names('caf')).toEqual(['Café Crème'])
  })

  it('treat FTS syntax as plain text', async () => {
    for (const text of ['"', 'caf*', 'a OR b', 'NEAR(', '-', 'name:caf', "l'eau"]) {
      expect((await till.call('catalog.search', { text })).ok).toBe(true)
    }
    expect(await names('caf*')).toEqual(expect.arrayContaining(['Café Crème']))
  })

  it('scan: exact barcode, else exact SKU in any case; unknown codes are NOT_FOUND', async () => {
    expect((await till.ok('catalog.findByBarcode', { code: '5060000000047' })).productName).toBe('Café Crème')
    expect((await till.ok('catalog.findByBarcode', { code: 'cof-fw' })).stock).toBe(9)
    expect(await till.call('catalog.findByBarcode', { code: '0000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await till.call('catalog.findByBarcode', { code: 'COF' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

// The everyday run imports 5,000 products; `npm run test:soak` the full 50,000 (8 s of CPU alone).
const COUNT = soak(5_000, 50_000)

describe(`a catalog of ${COUNT.toLocaleString('en')} products`, () => {
  const ean13 = (body: number) => `${body}${gtinCheckDigit(String(body))}`
  let till: TestTill
  beforeAll(async () => {
    till = openTestTill()
    const lines = ['name,category,sku,barcode,price,stock,low_stock_threshold']
    for (let i = 0; i < COUNT; i++) {
      lines.push(
        `Product ${i} word${i % 100},Category ${i % 20},SKU-${i},${ean13(200_000_000_000 + i)},1.${String(i % 100).padStart(2, '0')},${i % 7 === 0 ? 3 : 0},${i % 50 === 0 ? 5 : 0}`
      )
    }
    const result = await till.ok('catalog.importCsv', { csv: lines.join('\n'), mode: 'all-or-nothing', dryRun: false })
    expect(result).toMatchObject({ imported: true, productCount: COUNT, errors: [] })
  }, 300_000)
  afterAll(() => till.cleanup())

  it('hold every product and find any of them by name, SKU or barcode', async () => {
    expect((await till.ok('catalog.categories')).reduce((sum, category) => sum + category.productCount, 0)).toBe(COUNT)
    const last = COUNT - 1
    expect((await till.ok('catalog.findByBarcode', { code: ean13(200_000_000_000 + last) })).sku).toBe(`SKU-${last}`)
    // The prefix of the last SKU but its digit: itself and the ten SKUs it begins (SKU-4999, SKU-49990 … SKU-49999).
    const prefix = Math.floor(last / 10)
    expect((await till.ok('catalog.search', { text: `sku-${prefix}` })).map((hit) => hit.sku)).toEqual([
      `SKU-${prefix}`,
      ...Array.from({ length: 10 }, (_, digit) => `SKU-${prefix * 10 + digit}`)
    ])
    const byName = await till.ok('catalog.search', { text: 'product 4242 word42' })
    const named = Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % 100 === 42 && String(i).includes('4242'))
    expect(byName.map((hit) => hit.sku)).toEqual(named.map((i) => `SKU-${i}`))
    const low = await till.ok('catalog.listProducts', { lowStock: true, limit: 200 })
    // Every 50th product is below its threshold of 5: a page of 200 of them, or all of the 100 of 5,000.
    expect(low.items.length).toBe(Math.min(200, COUNT / 50))
    expect(low.items.every((product) => product.variants.some((variant) => variant.stock <= variant.lowStockThreshold))).toBe(true)
  })

  it('answer every search and list query through an index, never a full scan of products or variants', async () => {
    const db = till.context.db
    const plan = async (query: { compile(): CompiledQuery }) => {
      const compiled = query.compile()
      const result = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]))
      return result.rows.map((row) => row.detail)
    }
    const cursor = { name: 'Product 25000 word0', id: 25_001 }
    const plans = {
      barcode: await plan(barcodeQuery(db, ean13(200_000_012_345))),
      infix: await plan(nameInfixQuery(db, infixTerms('oduct 123')!, 20)),
      gram: await plan(nameInfixQuery(db, infixTerms('茶')!, 20)),
      sku: await plan(skuPrefixQuery(db, 'sku-123', 20)),
      name: await plan(namePrefixQuery(db, nameMatch('product 12')!, 20)),
      list: await plan(productListQuery(db, { archived: false, lowStock: false, limit: 50, after: cursor })),
      category: await plan(productListQuery(db, { archived: false, lowStock: false, limit: 50, category: 'Category 3', after: cursor })),
      archived: await plan(productListQuery(db, { archived: true, lowStock: false, limit: 50 })),
      lowStock: await plan(productListQuery(db, { archived: false, lowStock: true, limit: 50, after: cursor }))
    }
    for (const [name, details] of Object.entries(plans)) {
      const scans = details.filter((detail) => /^SCAN (products|variants)\b/.test(detail) && !detail.includes('USING INDEX variants_low_stock'))
      expect({ name, scans }).toEqual({ name, scans: [] })
    }
    expect(plans.barcode.join('\n')).toMatch(/SEARCH variants USING INDEX variants_barcode_key \(barcode_key=\?\)/)
    expect(plans.infix.join('\n')).toMatch(/products_trigram VIRTUAL TABLE INDEX/)
    expect(plans.gram.join('\n')).toMatch(/SEARCH product_name_grams USING PRIMARY KEY \(gram=\?\)/)
    expect(plans.sku.join('\n')).toMatch(/SEARCH variants USING INDEX \w+ \(sku>\? AND sku<\?\)/)
    expect(plans.name.join('\n')).toMatch(/SCAN fts VIRTUAL TABLE INDEX/)
    expect(plans.list.join('\n')).toMatch(/SEARCH products USING INDEX products_archived_name/)
    expect(plans.list.join('\n')).not.toMatch(/TEMP B-TREE/)
    expect(plans.category.join('\n')).toMatch(/SEARCH products USING INDEX products_archived_category_name \(archived=\? AND category=\?\)/)
    expect(plans.lowStock.join('\n')).toMatch(/variants_low_stock/)
  })
})
