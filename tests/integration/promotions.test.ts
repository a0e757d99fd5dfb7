import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { quickPinHash } from '../support/staff'
import { signInCashierAndManager } from '../support/staffed-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter } from '../support/sales'
import { readRollup, recomputeRollup } from '../support/stats-recompute'

let till: TestTill
let soap: SeededVariant
let candle: SeededVariant
beforeEach(async () => {
  till = openTestTill({ staff: { hashPin: quickPinHash } })
  await till.ok('settings.update', { taxMode: 'inclusive', currency: 'EUR' })
  ;[soap, candle] = (await seedProducts(till.context, [
    { name: 'Olive Soap', price: 400, stock: 50, taxRateBp: 700 },
    { name: 'Beeswax Candle', price: 900, stock: 50, taxRateBp: 1900 }
  ])) as [SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

const threeForTen = () => ({ name: '3 for 10.00', productId: soap.productId, kind: 'multi_price' as const, quantity: 3, price: 1000 })
/** For the table of refusals, built before the products are seeded: the soap is product 1. */
const threeForTenOfProductOne = { name: '3 for 10.00', productId: 1, kind: 'multi_price', quantity: 3, price: 1000 }

describe('quantity promotions: "N for a price"', () => {
  it('a manager sets one; a cashier is refused and nothing is written', async () => {
    const { cashier, manager } = await signInCashierAndManager(till)

    const made = await manager.ok('promotions.create', threeForTen())
    expect(made).toMatchObject({ name: '3 for 10.00', productName: 'Olive Soap', kind: 'multi_price', quantity: 3, price: 1000, freeQuantity: 0, active: true })
    const before = await snapshotDatabase(till)
    for (const [channel, input] of [
      ['promotions.create', { ...threeForTen(), productId: candle.productId }],
      ['promotions.update', { promotionId: made.id, promotion: { ...threeForTen(), price: 1 } }]
    ] as const) {
      expect(await cashier.call(channel, input as never)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { permission: 'coupons.manage' } } })
    }
    const after = await snapshotDatabase(till)
    expect({ ...after, journal: null }).toEqual({ ...before, journal: null })
    expect(await cashier.ok('promotions.list')).toHaveLength(1)
    expect(await cashier.ok('promotions.get', { promotionId: made.id })).toEqual(made)
    expect(await cashier.call('promotions.get', { promotionId: made.id + 1000 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it.each([
    ['one unit for a price', { ...threeForTenOfProductOne, quantity: 1 }],
    ['a group price of zero', { ...threeForTenOfProductOne, price: 0 }],
    ['a fractional price', { ...threeForTenOfProductOne, price: 999.5 }],
    ['free units on "N for a price"', { ...threeForTenOfProductOne, freeQuantity: 1 }],
    ['an empty name', { ...threeForTenOfProductOne, name: '  ' }],
    ['an unknown field', { ...threeForTenOfProductOne, perCustomer: 1 }],
    ['"buy N get M free" with no free unit', { name: 'Buy 2', productId: 1, kind: 'buy_get', quantity: 2, freeQuantity: 0 }]
  ])('refuses %s at the boundary, writing nothing', async (_name, input) => {
    const before = await snapshotDatabase(till)
    expect(await till.call('promotions.create', input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('refuses a second active promotion on one product, and a product sold by weight', async () => {
    await till.ok('promotions.create', threeForTen())
    const [apples] = await seedProducts(till.context, [{ name: 'Apples', price: 300, stock: 10_000, soldBy: 'kg' }])
    const before = await snapshotDatabase(till)
    expect(await till.call('promotions.create', { ...threeForTen(), name: '2 for 7.00', quantity: 2, price: 700 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'productId' }] }
    })
    expect(await till.call('promotions.create', { ...threeForTen(), productId: apples!.productId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'productId' }] }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('the cart takes it on its own once it qualifies; the order, tax and a return use the reduced price', async () => {
    await till.ok('promotions.create', threeForTen())
    const two = await cartWith(till, [{ variantId: soap.variantId, quantity: 2 }])
    expect(two.totals).toMatchObject({ promotionDiscountTotal: 0, promotions: [], total: 800 })

    // 4 soaps: one group of 3 (12.00 -> 10.00), the fourth at its price; a candle beside them.
    const cart = await cartWith(till, [
      { variantId: soap.variantId, quantity: 4 },
      { variantId: candle.variantId, quantity: 1 }
    ])
    expect(cart.lines.map((line) => [line.promotionDiscount, line.promotionName])).toEqual([
      [200, '3 for 10.00'],
      [0, '']
    ])
    expect(cart.totals).toMatchObject({ subtotal: 2500, promotionDiscountTotal: 200, total: 2300, promotions: [{ name: '3 for 10.00', discount: 200 }] })
    // Tax is taken on the reduced amount of the 7% line: 1400 x 7/107 = 91.59 -> 92.
    expect(cart.totals.taxByRate).toEqual([
      { rateBp: 1900, net: 756, tax: 144, gross: 900 },
      { rateBp: 700, net: 1308, tax: 92, gross: 1400 }
    ])

    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 2300 }] })
    expect(order).toMatchObject({ promotionDiscountTotal: 200, total: 2300 })
    expect(order.lines[0]).toMatchObject({ promotionDiscount: 200, promotionName: '3 for 10.00', total: 1400 })

    // Returning one soap refunds a quarter of what the line sold for (14.00 / 4), never its 4.00 shelf price.
    const back = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] })
    expect(back.refundedTotal).toBe(350)
    const all = await till.ok('orders.return', {
      orderId: order.id,
      lines: order.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity - line.quantityReturned - (line.id === order.lines[0]!.id ? 1 : 0) }))
    })
    expect(all.refundedTotal).toBe(2300)
    // Stats count the promotion among the discounts and agree with a recomputation from the orders.
    const settings = await till.ok('settings.get')
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, settings.timeZone))
    const day = (await till.ok('stats.overview', { from: order.businessDay, to: order.businessDay })).summary
    expect(day).toMatchObject({ discounts: 200 })
  })

  it('a switched-off promotion no longer applies; a sold order keeps its name and discount', async () => {
    const promotion = await till.ok('promotions.create', threeForTen())
    const sold = await sellAtCounter(till, [{ variantId: soap.variantId, quantity: 3 }])
    expect(sold).toMatchObject({ total: 1000, promotionDiscountTotal: 200 })
    await till.ok('promotions.update', { promotionId: promotion.id, promotion: { ...threeForTen(), name: 'Renamed', active: false } })
    const cart = await cartWith(till, [{ variantId: soap.variantId, quantity: 3 }])
    expect(cart.totals).toMatchObject({ total: 1200, promotionDiscountTotal: 0 })
    expect((await till.ok('orders.get', { orderId: sold.id })).lines[0]).toMatchObject({ promotionName: '3 for 10.00', promotionDiscount: 200 })
  })
})
