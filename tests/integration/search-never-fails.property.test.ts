import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { openTestTill, type TestTill } from '../support/test-till'

let till: TestTill
beforeAll(async () => {
  till = openTestTill()
  for (const name of ['乌龙茶', '抹茶ラテ', 'Flat White', 'Café Crème', 'Сырники', 'قهوة عربية', 'दाल मखनी', 'ชาไทย']) {
    await till.ok('catalog.createProduct', simpleProduct(name, { sku: `P-${name.length}-${name.codePointAt(0)}` }))
  }
  await till.ok('catalog.createProduct', teeShirt())
})
afterAll(() => till.cleanup())

/** Any text: every Unicode plane, lone surrogates, NUL and control characters, FTS5 syntax. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('"', '*', '^', ':', '(', ')', '-', '+', 'AND', 'OR', 'NOT', 'NEAR', '\u0000', ' ', '\\', "'", '%', '_', '茶', 'a'),
    maxLength: 12
  }),
  fc.string({ unit: 'grapheme', maxLength: 20 })
)

/** A refusal a shopkeeper can act on, never INTERNAL. */
function expectAnswered(result: { ok: boolean; error?: { code: string } }) {
  if (!result.ok) expect(result.error?.code).not.toBe('INTERNAL')
}

describe('every search and filter channel answers any text without INTERNAL', () => {
  it('catalog.search, on sale and archived', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.boolean(), async (text, archived) => {
        expectAnswered(await till.call('catalog.search', { text, archived }))
      }),
      { numRuns: 300 }
    )
  })

  it('catalog.findByBarcode', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (code) => {
        const result = await till.call('catalog.findByBarcode', { code })
        if (!result.ok) expect(['NOT_FOUND', 'VALIDATION', 'PRODUCT_ARCHIVED']).toContain(result.error.code)
      }),
      { numRuns: 200 }
    )
  })

  it('catalog.listProducts by category and cursor', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (category, name) => {
        expectAnswered(await till.call('catalog.listProducts', { category }))
        expectAnswered(await till.call('catalog.listProducts', { after: { name, id: 1 } }))
      }),
      { numRuns: 150 }
    )
  })

  it('orders.list by text and customers.search', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        expectAnswered(await till.call('orders.list', { filter: { text } }))
        expectAnswered(await till.call('customers.search', { query: text }))
      }),
      { numRuns: 150 }
    )
  })

  it('finds CJK, Thai and any script by a part of the name', async () => {
    const skus = async (text: string) => (await till.ok('catalog.search', { text })).map((hit) => hit.productName)
    expect(await skus('茶')).toEqual(expect.arrayContaining(['乌龙茶', '抹茶ラテ']))
    expect(await skus('ラテ')).toEqual(['抹茶ラテ'])
    expect(await skus('龙茶')).toEqual(['乌龙茶'])
    expect(await skus('ไทย')).toEqual(['ชาไทย'])
    expect(await skus('hite')).toEqual(['Flat White'])
    expect(await skus('rème')).toEqual(['Café Crème'])
    expect(await skus('рник')).toEqual(['Сырники'])
    expect(await skus('عربية')).toEqual(['قهوة عربية'])
    expect(await skus('"*')).toEqual([])
  })
})
