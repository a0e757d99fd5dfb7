import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isLowStock } from '../../src/shared/catalog'
import { simpleProduct } from '../support/catalog-fixtures'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

function validEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false
  const digits = [...code].map(Number)
  const sum = digits.slice(0, 12).reduce((total, digit, index) => total + digit * (index % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === digits[12]
}

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('the sample shop', () => {
  it('is found in the repo resources folder by default', () => {
    expect(till.context.resourcesDir).toBe(join(process.cwd(), 'resources'))
    expect(existsSync(join(till.context.resourcesDir!, 'sample-shop.csv'))).toBe(true)
  })

  it('fills an empty catalog with about 60 products across categories, with variants, barcodes and low stock', async () => {
    expect(await till.ok('catalog.isEmpty')).toBe(true)
    const result = await till.ok('catalog.loadSampleShop')
    expect(result).toMatchObject({ imported: true, errors: [] })
    expect(result.productCount).toBeGreaterThanOrEqual(55)
    expect(result.productCount).toBeLessThanOrEqual(65)
    expect(await till.ok('catalog.isEmpty')).toBe(false)
    expect((await till.ok('catalog.categories')).map((category) => category.name)).toEqual([
      'Bakery',
      'Clothing',
      'Coffee',
      'Dairy',
      'Drinks',
      'Household',
      'Snacks',
      'Tea'
    ])
    const products = (await till.ok('catalog.listProducts', { limit: 200 })).items
    expect(products.length).toBe(result.productCount)
    const variants = products.flatMap((product) => product.variants)
    expect(variants.length).toBe(result.variantCount)
    expect(products.filter((product) => product.options.length > 0).length).toBeGreaterThanOrEqual(5)
    expect(products.some((product) => product.options.length === 2)).toBe(true)
    expect(variants.every((variant) => variant.barcode !== null && validEan13(variant.barcode))).toBe(true)
    expect(new Set(variants.map((variant) => variant.barcode)).size).toBe(variants.length)
    expect(variants.every((variant) => variant.price > 0 && variant.price < 10_000)).toBe(true)
    const low = variants.filter(isLowStock)
    expect(low.length).toBeGreaterThanOrEqual(3)
    expect((await till.ok('catalog.listProducts', { lowStock: true, limit: 200 })).items.length).toBe(new Set(low.map((variant) => variant.productId)).size)
    const movements = await till.ok('stock.movements', { variantId: variants.find((variant) => variant.stock > 0)!.id })
    expect(movements.map((movement) => movement.reason)).toEqual(['import'])
  })

  it('prices its 2-decimal amounts in the shop currency: 7.50 becomes 750 yen', async () => {
    await till.ok('settings.update', { currency: 'JPY' })
    await till.ok('catalog.loadSampleShop')
    expect((await till.ok('catalog.findByBarcode', { code: '5060712340011' })).price).toBe(750)
  })

  it('refuses once the catalog has any product, archived ones included, changing nothing', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Mine', { sku: 'MINE' }))
    await till.ok('catalog.archiveProduct', { id: product.id })
    const before = await snapshotDatabase(till)
    const result = await till.call('catalog.loadSampleShop')
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('is a file every barcode of which has a correct EAN-13 check digit', () => {
    const rows = parse<{ barcode: string }>(readFileSync(join(process.cwd(), 'resources', 'sample-shop.csv'), 'utf8'), { columns: true })
    const codes = rows.map((row) => row.barcode)
    expect(codes.length).toBeGreaterThan(60)
    expect(codes.filter((code) => !validEan13(code))).toEqual([])
    expect(validEan13('4006381333931')).toBe(true)
    expect(validEan13('4006381333932')).toBe(false)
  })
})
