import { rmSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Channel, InputOf } from '../../src/shared/contract'
import { openTestTill, type TestTill } from '../support/test-till'
import { archiveProduct, seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, snapshotSales } from '../support/sales'
import { reason } from '../../src/shared/reasons'

let till: TestTill
let bread: SeededVariant
let cheese: SeededVariant
let old: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { taxMode: 'inclusive', currency: 'EUR' })
  ;[bread, cheese, old] = (await seedProducts(till.context, [
    { name: 'Sourdough', price: 450, stock: 10, taxRateBp: 700 },
    { name: 'Comté', price: 1299, stock: 3, taxRateBp: 2000 },
    { name: 'Old Stock', price: 100, stock: 1 }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
  await archiveProduct(till.context, old.productId)
})
afterEach(() => till.cleanup())

async function refused<C extends Channel>(channel: C, input: InputOf<C>) {
  const before = await snapshotSales(till)
  const result = await till.call(channel, ...([input] as never))
  expect(result.ok).toBe(false)
  expect(await snapshotSales(till)).toEqual(before)
  return result.ok ? null : result.error
}

describe('the cart', () => {
  it('adds lines by variant, raising the quantity of a variant already there, with totals computed', async () => {
    const events = till.recordEvents()
    const empty = await till.ok('cart.current')
    expect(empty).toMatchObject({ status: 'active', lines: [], taxMode: 'inclusive', totals: { total: 0, itemCount: 0 } })
    expect((await till.ok('cart.current')).id).toBe(empty.id)
    await till.ok('cart.addLine', { cartId: empty.id, variantId: bread.variantId })
    await till.ok('cart.addLine', { cartId: empty.id, variantId: cheese.variantId })
    const cart = await till.ok('cart.addLine', { cartId: empty.id, variantId: bread.variantId, quantity: 2 })
    expect(cart.lines.map((line) => [line.name, line.quantity, line.gross, line.tax, line.total, line.inStock])).toEqual([
      ['Sourdough', 3, 1350, 88, 1350, 10], // 13.50 holds 7% tax: 1350 x 700 / 10700 = 88.3
      ['Comté', 1, 1299, 217, 1299, 3] // 1299 x 2000 / 12000 = 216.5 -> 217 (half away from zero)
    ])
    expect(cart.totals).toEqual({
      itemCount: 4,
      subtotal: 2649,
      lineDiscountTotal: 0,
      promotionDiscountTotal: 0,
      promotions: [],
      orderDiscountTotal: 0,
      couponDiscountTotal: 0,
      taxTotal: 305,
      total: 2649,
      // highest rate first; net + tax = gross in each
      taxByRate: [
        { rateBp: 2000, net: 1082, tax: 217, gross: 1299 },
        { rateBp: 700, net: 1262, tax: 88, gross: 1350 }
      ]
    })
    expect(events.filter((event) => event.name === 'cart.changed')).toHaveLength(4)
    expect(await till.ok('cart.get', { cartId: cart.id })).toEqual(cart)
  })

  it('sets quantities, discounts, notes and removes lines', async () => {
    const cart = await cartWith(till, [{ variantId: bread.variantId }, { variantId: cheese.variantId }])
    const [breadLine, cheeseLine] = cart.lines as [(typeof cart.lines)[0], (typeof cart.lines)[0]]
    await till.ok('cart.setQuantity', { cartId: cart.id, lineId: breadLine.id, quantity: 4 })
    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: breadLine.id, discount: { kind: 'percent', value: 2500 } })
    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cheeseLine.id, discount: { kind: 'amount', value: 5000 } })
    let next = await till.ok('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'amount', value: 100 } })
    expect(next.lines.map((line) => [line.gross, line.lineDiscount, line.orderDiscount, line.net])).toEqual([
      [1800, 450, 100, 1250],
      [1299, 1299, 0, 0] // an amount discount never takes more than the line
    ])
    expect(next.orderDiscount).toEqual({ kind: 'amount', value: 100 })
    next = await till.ok('cart.setNote', { cartId: cart.id, note: 'Slice the bread' })
    expect(next.note).toBe('Slice the bread')
    next = await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cheeseLine.id, discount: null })
    next = await till.ok('cart.setOrderDiscount', { cartId: cart.id, discount: null })
    next = await till.ok('cart.removeLine', { cartId: cart.id, lineId: breadLine.id })
    expect(next.lines.map((line) => line.name)).toEqual(['Comté'])
    expect(next.totals.total).toBe(1299)
  })

  it('refuses an archived product, unknown variants, lines of another cart and bad values, changing nothing', async () => {
    const cart = await cartWith(till, [{ variantId: bread.variantId }])
    const lineId = cart.lines[0]!.id
    expect(await refused('cart.addLine', { cartId: cart.id, variantId: old.variantId })).toMatchObject({ code: 'PRODUCT_ARCHIVED' })
    expect(await refused('cart.addLine', { cartId: cart.id, variantId: 9999 })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await refused('cart.addLine', { cartId: 9999, variantId: bread.variantId })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await refused('cart.addLine', { cartId: cart.id, variantId: bread.variantId, quantity: 0 })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('cart.addLine', { cartId: cart.id, variantId: bread.variantId, quantity: 100_000 })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('cart.setQuantity', { cartId: cart.id, lineId, quantity: 1.5 })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('cart.setLineDiscount', { cartId: cart.id, lineId, discount: { kind: 'percent', value: 10_001 } })).toMatchObject({
      code: 'VALIDATION'
    })
    expect(await refused('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'amount', value: -1 } })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('cart.setNote', { cartId: cart.id, note: 'x'.repeat(1001) })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('cart.setNote', { cartId: cart.id, note: 'card 5500 0000 0000 0004' })).toMatchObject({
      code: 'CARD_NUMBER',
      details: { field: 'note' }
    })
    await till.ok('cart.park', { cartId: cart.id, label: 'Other' })
    const other = await till.ok('cart.current')
    expect(await refused('cart.removeLine', { cartId: other.id, lineId })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('applies a coupon only when it is valid, and takes it off again', async () => {
    await till.ok('coupons.create', { code: 'CHEESE5', kind: 'amount', value: 500, minSpend: 2000 })
    await till.ok('coupons.create', { code: 'LATER', kind: 'percent', value: 1000, validFrom: '2026-04-01' })
    await till.ok('coupons.create', { code: 'OFF', kind: 'percent', value: 1000, active: false })
    const cart = await cartWith(till, [{ variantId: cheese.variantId }])
    expect(await refused('cart.applyCoupon', { cartId: cart.id, code: 'CHEESE5' })).toMatchObject({
      code: 'COUPON_INVALID',
      details: { minSpend: 2000 },
      reason: reason('coupon.minSpend', { code: 'CHEESE5', minSpend: 2000 })
    })
    expect(await refused('cart.applyCoupon', { cartId: cart.id, code: 'LATER' })).toMatchObject({
      code: 'COUPON_INVALID',
      reason: reason('coupon.scheduled', { code: 'LATER', from: '2026-04-01' })
    })
    expect(await refused('cart.applyCoupon', { cartId: cart.id, code: 'OFF' })).toMatchObject({
      code: 'COUPON_INVALID',
      reason: reason('coupon.off', { code: 'OFF' })
    })
    expect(await refused('cart.applyCoupon', { cartId: cart.id, code: 'NOPE' })).toMatchObject({
      code: 'COUPON_INVALID',
      message: 'There is no coupon NOPE.',
      reason: reason('coupon.unknown', { code: 'NOPE' })
    })
    await till.ok('cart.addLine', { cartId: cart.id, variantId: cheese.variantId })
    const applied = await till.ok('cart.applyCoupon', { cartId: cart.id, code: 'cheese5' })
    expect(applied.coupon).toEqual({ code: 'CHEESE5', kind: 'amount', value: 500, problem: null })
    expect(applied.totals).toMatchObject({ subtotal: 2598, couponDiscountTotal: 500, total: 2098 })
    // below the minimum spend again: the coupon stays attached but takes nothing off, and says why
    const below = await till.ok('cart.setQuantity', { cartId: cart.id, lineId: applied.lines[0]!.id, quantity: 1 })
    expect(below.coupon?.problem).toEqual(reason('coupon.minSpend', { code: 'CHEESE5', minSpend: 2000 }))
    expect(below.totals.couponDiscountTotal).toBe(0)
    const removed = await till.ok('cart.removeCoupon', { cartId: cart.id })
    expect(removed.coupon).toBeNull()
  })

  it('attaches a saved customer or a quick-added one, and detaches it', async () => {
    const cart = await cartWith(till, [{ variantId: bread.variantId }])
    const saved = await till.ok('customers.create', { name: 'Marie Curie', phone: '+33 1 00 00' })
    expect((await till.ok('cart.attachCustomer', { cartId: cart.id, customerId: saved.id })).customer).toEqual(saved)
    const quick = await till.ok('cart.attachCustomer', { cartId: cart.id, newCustomer: { name: 'Pierre', email: 'p@example.org' } })
    expect(quick.customer).toMatchObject({ name: 'Pierre', email: 'p@example.org', phone: '' })
    expect((await till.ok('customers.search', { query: 'pierre' })).customers).toHaveLength(1)
    expect((await till.ok('cart.detachCustomer', { cartId: cart.id })).customer).toBeNull()
    expect(await refused('cart.attachCustomer', { cartId: cart.id, customerId: 9999 })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await refused('cart.attachCustomer', { cartId: cart.id, newCustomer: { name: '' } })).toMatchObject({ code: 'VALIDATION' })
  })

  it('parks carts under a label, lists them, resumes one and discards another', async () => {
    const first = await cartWith(till, [{ variantId: bread.variantId }])
    const parked = await till.ok('cart.park', { cartId: first.id, label: 'Table 4' })
    expect(parked).toMatchObject({ status: 'parked', label: 'Table 4', parkedAt: till.clock.now() })
    const second = await cartWith(till, [{ variantId: cheese.variantId, quantity: 2 }])
    expect(second.id).not.toBe(first.id)
    await till.ok('cart.park', { cartId: second.id, label: 'Phone order' })
    const list = await till.ok('cart.parked', { limit: 1 })
    expect(list.carts).toEqual([
      { id: second.id, label: 'Phone order', customerName: null, itemCount: 2, total: 2598, overLimit: null, parkedAt: till.clock.now() }
    ])
    const rest = await till.ok('cart.parked', { before: list.next!, limit: 1 })
    expect(rest).toEqual({ carts: [expect.objectContaining({ id: first.id, label: 'Table 4' })], next: null })

    // a new sale in progress blocks resuming; an empty one makes way
    const busy = await cartWith(till, [{ variantId: bread.variantId }])
    expect(await refused('cart.resume', { cartId: first.id })).toMatchObject({ code: 'CONFLICT' })
    await till.ok('cart.discard', { cartId: busy.id })
    await till.ok('cart.current')
    const resumed = await till.ok('cart.resume', { cartId: first.id })
    expect(resumed).toMatchObject({ id: first.id, status: 'active', parkedAt: null })
    expect((await till.ok('cart.current')).id).toBe(first.id)
    expect(await till.ok('cart.discard', { cartId: second.id })).toEqual({ cartId: second.id })
    expect((await till.ok('cart.parked', {})).carts).toEqual([])
    expect(await refused('cart.park', { cartId: (await cartWith(till, [])).id, label: 'Nothing' })).toMatchObject({ code: 'CART_EMPTY' })
    expect(await refused('cart.park', { cartId: first.id, label: '' })).toMatchObject({ code: 'VALIDATION' })
  })

  it('survives a restart', async () => {
    const cart = await cartWith(till, [{ variantId: bread.variantId, quantity: 2 }])
    await till.ok('cart.setNote', { cartId: cart.id, note: 'Keep warm' })
    await till.ok('cart.park', { cartId: cart.id, label: 'Later' })
    const active = await cartWith(till, [{ variantId: cheese.variantId }])
    const dir = till.dir
    await till.close()
    const reopened = openTestTill({ dir })
    try {
      expect((await reopened.ok('cart.current')).lines.map((line) => line.name)).toEqual(['Comté'])
      expect((await reopened.ok('cart.current')).id).toBe(active.id)
      expect(await reopened.ok('cart.get', { cartId: cart.id })).toMatchObject({
        status: 'parked',
        label: 'Later',
        note: 'Keep warm',
        lines: [{ quantity: 2 }]
      })
    } finally {
      await reopened.close()
      rmSync(dir, { recursive: true, force: true })
      till = openTestTill()
    }
  })
})
