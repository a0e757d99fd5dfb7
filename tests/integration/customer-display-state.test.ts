import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { idleScreen, paidScreen, saleScreen, type DisplayShop } from '../../src/main/display/display-state'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith } from '../support/sales'

let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
const shop: DisplayShop = {
  shopName: 'Corner Shop',
  currency: 'EUR',
  locale: 'de-DE',
  currencyDigits: 2,
  receiptLanguage: 'de',
  cashRoundingStep: 0,
  cashRoundingRule: 'nearest'
}
const shown = { shopName: 'Corner Shop', currency: 'EUR', locale: 'de-DE', currencyDigits: 2, language: 'de' }

beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { taxMode: 'exclusive' })
  ;[tea, mug] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20, taxRateBp: 1000, cost: 210, sku: 'TEA-SECRET-SKU' },
    { name: 'Blue Mug', price: 1200, stock: 5, taxRateBp: 2000, label: 'Large', cost: 333 }
  ])) as [SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

describe('the customer display state', () => {
  it('shows an empty cart as the idle screen with the shop name', async () => {
    const cart = await till.ok('cart.current')
    expect(saleScreen(cart, shop, null)).toEqual({ screen: 'idle', ...shown })
    expect(idleScreen(shop)).toEqual(saleScreen(cart, shop, null))
  })

  it('shows each line at the amount of the receipt, tax apart, and the total', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId, quantity: 2 }, { variantId: mug.variantId }])
    const state = saleScreen(cart, shop, null)
    expect(state).toEqual({
      screen: 'sale',
      ...shown,
      lines: [
        {
          id: cart.lines[0]!.id,
          name: 'Green Tea',
          variantLabel: '',
          quantity: 2,
          soldBy: 'each',
          unitPrice: 450,
          amount: 900,
          discount: 0,
          promotionName: ''
        },
        {
          id: cart.lines[1]!.id,
          name: 'Blue Mug',
          variantLabel: 'Large',
          quantity: 1,
          soldBy: 'each',
          unitPrice: 1200,
          amount: 1200,
          discount: 0,
          promotionName: ''
        }
      ],
      latestLineId: cart.lines[1]!.id,
      itemCount: 3,
      discountTotal: 0,
      taxTotal: 330,
      taxMode: 'exclusive',
      total: 2430,
      paying: null
    })
  })

  it('carries nothing the customer should not see: no cost, SKU, stock, price reason or customer', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    await till.ok('cart.attachCustomer', { cartId: cart.id, newCustomer: { name: 'Ada Private', phone: '+44 7700 900123', email: 'ada@example.com' } })
    const priced = await till.ok('cart.setLinePrice', { cartId: cart.id, lineId: cart.lines[0]!.id, override: { unitPrice: 400, reason: 'staff only reason' } })
    const state = saleScreen(priced, shop, null)
    const text = JSON.stringify(state)
    for (const hidden of ['TEA-SECRET-SKU', 'Ada', '7700', 'example.com', 'staff only reason', 'inStock', 'cost', 'listPrice', 'sku']) {
      expect(text).not.toContain(hidden)
    }
    expect(state.screen === 'sale' && Object.keys(state.lines[0]!).sort()).toEqual([
      'amount',
      'discount',
      'id',
      'name',
      'promotionName',
      'quantity',
      'soldBy',
      'unitPrice',
      'variantLabel'
    ])
  })

  it('points at the line just added, then at the line whose quantity changed', async () => {
    const first = await cartWith(till, [{ variantId: tea.variantId }, { variantId: mug.variantId }])
    const shown = saleScreen(first, shop, null)
    const teaLine = first.lines.find((line) => line.variantId === tea.variantId)!
    const more = await till.ok('cart.setQuantity', { cartId: first.id, lineId: teaLine.id, quantity: 3 })
    const afterChange = saleScreen(more, shop, shown)
    expect(afterChange).toMatchObject({ screen: 'sale', latestLineId: teaLine.id, itemCount: 4 })
    const unchanged = await till.ok('cart.setNote', { cartId: first.id, note: 'gift' })
    expect(saleScreen(unchanged, shop, afterChange)).toMatchObject({ latestLineId: teaLine.id })
    const removed = await till.ok('cart.removeLine', { cartId: first.id, lineId: teaLine.id })
    expect(saleScreen(removed, shop, afterChange)).toMatchObject({ latestLineId: null, itemCount: 1 })
  })

  it('shows discounts taken off a line and in the total', async () => {
    const cart = await cartWith(till, [{ variantId: mug.variantId, quantity: 2 }])
    const discounted = await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cart.lines[0]!.id, discount: { kind: 'amount', value: 400 } })
    const state = saleScreen(discounted, shop, null)
    expect(state).toMatchObject({ discountTotal: 400, lines: [{ amount: 2000, discount: 400 }], total: 2400 })
  })

  it('shows the paid sale: its total, what was handed over and the change', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId, quantity: 2 }, { variantId: mug.variantId }])
    const order = await till.ok('cart.checkout', {
      cartId: cart.id,
      kind: 'counter',
      payments: [
        { method: 'card', amount: 1000, reference: 'AUTH 4821', lastFour: '4242' },
        { method: 'cash', amount: 1430, tendered: 2000 }
      ]
    })
    const state = paidScreen(order, shop)
    expect(state).toEqual({
      screen: 'paid',
      ...shown,
      orderNumber: order.number,
      total: 2430,
      paidBefore: 0,
      payments: [
        { method: 'card', amount: 1000, tendered: null },
        { method: 'cash', amount: 1430, tendered: 2000 }
      ],
      change: 570,
      remaining: 0
    })
    expect(JSON.stringify(state)).not.toContain('4242')
  })
})
