import { describe, expect, it } from 'vitest'
import type { Product } from '../../../../shared/catalog'
import { money } from '../../../../shared/money'
import { showError, fieldErrors } from '../../lib/errors'
import { compareListOrder, matchesFilter, patchRows, type ProductFilter } from './product-rows'
import { skuBaseOf, suggestSku, variantsFor, productInputOf, emptyVariant } from './product-form'

function product(id: number, name: string, patch: Partial<Product> = {}, stock = 5, threshold = 0): Product {
  return {
    id,
    name,
    category: 'General',
    taxRateBp: 2000,
    options: [],
    archived: false,
    soldBy: 'each',
    openPrice: false,
    createdAt: 0,
    updatedAt: 0,
    variants: [
      {
        id: id * 10,
        productId: id,
        sku: `S${id}`,
        barcode: null,
        attributes: {},
        label: '',
        price: money(100),
        stock,
        cost: null,
        lowStockThreshold: threshold,
        archived: false,
        position: 0
      }
    ],
    ...patch
  }
}

const active: ProductFilter = { view: 'active', category: null }

describe('the product list kept live by events', () => {
  it('sorts like SQLite NOCASE: ASCII case folded, then id', () => {
    const names = [product(3, 'banana'), product(1, 'Apple'), product(2, 'apple'), product(4, 'Éclair'), product(5, 'Zebra')]
    expect(names.sort(compareListOrder).map((row) => row.id)).toEqual([1, 2, 3, 5, 4])
  })

  it('puts a new product in its place, moves a renamed one, drops an archived one', () => {
    const rows = [product(1, 'Apple'), product(2, 'Cherry'), product(3, 'Plum')]
    const patched = patchRows(rows, [product(4, 'Banana'), product(3, 'Avocado'), product(2, 'Cherry', { archived: true })], [], active, null)
    expect(patched.map((row) => row.name)).toEqual(['Apple', 'Avocado', 'Banana'])
  })

  it('leaves a product sorting after the last loaded row for the next page', () => {
    const rows = [product(1, 'Apple'), product(2, 'Cherry')]
    expect(patchRows(rows, [product(9, 'Zucchini')], [], active, { name: 'Cherry', id: 2 }).map((row) => row.id)).toEqual([1, 2])
    expect(patchRows(rows, [product(9, 'Zucchini')], [], active, null).map((row) => row.id)).toEqual([1, 2, 9])
  })

  it('filters as the main process does: archived, low stock, category', () => {
    const low = product(1, 'Low', {}, 2, 3)
    expect(matchesFilter(low, { view: 'lowStock', category: null })).toBe(true)
    expect(matchesFilter(product(2, 'Fine', {}, 9, 3), { view: 'lowStock', category: null })).toBe(false)
    expect(matchesFilter(product(3, 'Untracked', {}, 0, 0), { view: 'lowStock', category: null })).toBe(false)
    expect(matchesFilter(product(4, 'Gone', { archived: true }), { view: 'archived', category: null })).toBe(true)
    expect(matchesFilter(product(4, 'Gone', { archived: true }), active)).toBe(false)
    expect(matchesFilter(low, { view: 'active', category: 'Dairy' })).toBe(false)
  })
})

describe('the product form', () => {
  it('suggests SKUs by the rule the main process uses', () => {
    expect(suggestSku('TEE', { Size: 'M', Colour: 'Crème' })).toBe('TEE-M-CREME')
    expect(suggestSku('', { Size: '½' })).toBe('12')
    expect(suggestSku('TEE', { Size: '—' })).toBe('TEE-V1')
    expect(skuBaseOf(product(1, 'Tee', { variants: [{ ...product(1, 'x').variants[0]!, sku: 'TEE-S-RED', attributes: { Size: 'S', Colour: 'Red' } }] }))).toBe(
      'TEE'
    )
    expect(skuBaseOf(product(1, 'Mug'))).toBe('S1')
  })

  it('keeps what was typed for combinations that survive an options change', () => {
    const first = variantsFor([{ name: 'Size', values: ['S', 'M'] }], [emptyVariant()], 'TEE')
    const edited = first.map((row) => (row.attributes.Size === 'M' ? { ...row, price: '17.50', sku: 'MY-OWN' } : row))
    const next = variantsFor([{ name: 'Size', values: ['M', 'L'] }], edited, 'TEE')
    expect(next.map((row) => [row.sku, row.price])).toEqual([
      ['MY-OWN', '17.50'],
      ['TEE-L', '']
    ])
  })

  it('refuses amounts and counts it cannot read, with the paths the main process uses', () => {
    const checked = productInputOf(
      {
        name: 'X',
        category: '',
        taxRate: 'x',
        soldBy: 'each',
        openPrice: false,
        options: [],
        variants: [{ ...emptyVariant(), sku: 'X', price: '1.999', stock: '-1' }]
      },
      2,
      '.'
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(Object.keys(fieldErrors(checked.error))).toEqual(['taxRateBp', 'variants.0.price', 'variants.0.stock'])
    expect(showError(checked.error)).toEqual({ sentence: 'Some values need fixing: see the highlighted fields.', code: 'VALIDATION' })
  })
})

describe('errors as the shopkeeper reads them', () => {
  it('are sentences with the code kept apart', () => {
    expect(showError({ code: 'STOCK_INSUFFICIENT', message: 'Only 2 Croissant left' })).toEqual({
      sentence: 'Only 2 Croissant left.',
      code: 'STOCK_INSUFFICIENT'
    })
    expect(showError({ code: 'VALIDATION', message: 'x', issues: [{ path: 'holdMinutes', message: 'hold time is at least 5 minutes' }] }).sentence).toBe(
      'Hold time is at least 5 minutes.'
    )
    expect(showError({ code: 'INTERNAL', message: '' }).sentence).toBe('Something went wrong and nothing was changed. Please try again.')
  })
})
