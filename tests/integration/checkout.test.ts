import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../src/shared/contract'
import { openTestTill, type TestTill } from '../support/test-till'
import { archiveProduct, seedProducts, stockOf, type SeededVariant } from '../support/seed-products'
import { cartWith, snapshotSales } from '../support/sales'
import { reason } from '../../src/shared/reasons'

let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
let last: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { taxMode: 'exclusive', orderPrefix: 'T' })
  ;[tea, mug, last] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20, taxRateBp: 1000 },
    { name: 'Blue Mug', price: 1200, stock: 5, taxRateBp: 2000, label: 'Large' },
    { name: 'Last Candle', price: 800, stock: 1 }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

async function refusal(input: InputOf<'cart.checkout'>) {
  const before = await snapshotSales(till)
  const result = await till.call('cart.checkout', input)
  expect(result.ok).toBe(false)
  expect(await snapshotSales(till)).toEqual(before)
  return result.ok ? null : result.error
}

describe('checkout of a counter sale', () => {
  it('takes the stock, writes the order with copied lines, payments and change, numbers it and ends delivered', async () => {
    const events = till.recordEvents()
    const cart = await cartWith(till, [{ variantId: tea.variantId, quantity: 2 }, { variantId: mug.variantId }])
    // 2 x 4.50 + 10% = 9.90; 12.00 + 20% = 14.40; total 24.30
    expect(cart.totals).toMatchObject({ subtotal: 2100, taxTotal: 330, total: 2430, itemCount: 3 })
    const order = await till.ok('cart.checkout', {
      cartId: cart.id,
      kind: 'counter',
      payments: [
        { method: 'card', amount: 1000, reference: 'AUTH 4821', lastFour: '4242' },
        { method: 'cash', amount: 1430, tendered: 2000 }
      ]
    })
    expect(order).toMatchObject({
      number: 'T-000001',
      kind: 'counter',
      status: 'delivered',
      paymentState: 'paid',
      total: 2430,
      paidTotal: 2430,
      amountDue: 0,
      taxMode: 'exclusive',
      currency: 'USD',
      businessDay: '2026-03-02',
      allowedNext: ['returned']
    })
    expect(order.lines).toMatchObject([
      { name: 'Green Tea', sku: tea.sku, variantLabel: '', unitPrice: 450, taxRateBp: 1000, quantity: 2, tax: 90, total: 990 },
      { name: 'Blue Mug', sku: mug.sku, variantLabel: 'Large', unitPrice: 1200, taxRateBp: 2000, quantity: 1, tax: 240, total: 1440 }
    ])
    expect(order.payments).toMatchObject([
      { kind: 'payment', method: 'card', amount: 1000, cardReference: 'AUTH 4821', cardLastFour: '4242', tendered: null, change: null },
      { kind: 'payment', method: 'cash', amount: 1430, tendered: 2000, change: 570 }
    ])
    expect(order.events.map((event) => [event.change, event.from, event.to])).toEqual([
      ['created', null, 'pending'],
      ['status', 'pending', 'delivered']
    ])
    expect(await stockOf(till.context, tea.variantId)).toBe(18)
    expect(await stockOf(till.context, mug.variantId)).toBe(4)
    const movements = await till.ok('stock.movements', { variantId: tea.variantId })
    expect(movements[0]).toMatchObject({ delta: -2, reason: 'sale', orderId: order.id })
    // the cart is gone; the till starts a new one
    expect((await till.call('cart.get', { cartId: cart.id })).ok).toBe(false)
    expect((await till.ok('cart.current')).id).not.toBe(cart.id)
    expect(events).toContainEqual({ name: 'order.changed', payload: { orderId: order.id, change: 'created', status: 'delivered' } })
    expect(events).toContainEqual({ name: 'cart.changed', payload: { cartId: cart.id } })
    expect(await till.ok('orders.get', { orderId: order.id })).toEqual(order)
  })

  it('keeps the prices and names of the sale even when the catalog changes afterwards', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 495 }] })
    await till.context.db.updateTable('variants').set({ price: 999 }).where('id', '=', tea.variantId).execute()
    await till.context.db.updateTable('products').set({ name: 'Renamed', tax_rate_bp: 0 }).where('id', '=', tea.productId).execute()
    const again = await till.ok('orders.get', { orderId: order.id })
    expect(again.lines[0]).toMatchObject({ name: 'Green Tea', unitPrice: 450, taxRateBp: 1000, total: 495 })
  })

  it('sells a fully discounted cart without payments', async () => {
    const cart = await cartWith(till, [{ variantId: last.variantId }])
    await till.ok('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'percent', value: 10_000 } })
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter' })
    expect(order).toMatchObject({ total: 0, paymentState: 'paid', status: 'delivered' })
  })
})

describe('checkout of an order to fulfil', () => {
  it('starts a delivery pending, with the customer and address, paid in part or not at all', async () => {
    const cart = await cartWith(till, [{ variantId: mug.variantId, quantity: 2 }])
    await till.ok('cart.attachCustomer', { cartId: cart.id, newCustomer: { name: 'Ada Lovelace', phone: '+44 20 7946 0000', address: '12 Analytical St' } })
    await till.ok('cart.setNote', { cartId: cart.id, note: 'Ring twice' })
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'delivery', payments: [{ method: 'card', amount: 1000 }] })
    expect(order).toMatchObject({
      kind: 'delivery',
      status: 'pending',
      paymentState: 'partial',
      customerName: 'Ada Lovelace',
      customerPhone: '+44 20 7946 0000',
      deliveryAddress: '12 Analytical St',
      note: 'Ring twice',
      total: 2880,
      amountDue: 1880,
      allowedNext: ['confirmed', 'processing', 'shipped', 'delivered', 'cancelled']
    })
    expect(order.events).toHaveLength(1)
    expect(await stockOf(till.context, mug.variantId)).toBe(3)
  })

  it('takes a delivery address given at checkout over the customer record', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'delivery', deliveryAddress: '1 Other Road' })
    expect(order).toMatchObject({ deliveryAddress: '1 Other Road', paymentState: 'unpaid', status: 'pending' })
  })

  it('takes a pickup with payment on collection', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup' })
    expect(order).toMatchObject({ kind: 'pickup', status: 'pending', paymentState: 'unpaid', amountDue: 495, deliveryAddress: '' })
  })
})

describe('a refused checkout writes nothing', () => {
  it('refuses an empty cart', async () => {
    const cart = await till.ok('cart.current')
    expect(await refusal({ cartId: cart.id, kind: 'counter' })).toMatchObject({ code: 'CART_EMPTY' })
  })

  it('refuses a cart holding a product archived since it was added', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }, { variantId: mug.variantId }])
    await archiveProduct(till.context, mug.productId)
    expect((await till.ok('cart.get', { cartId: cart.id })).lines[1]?.archived).toBe(true)
    const error = await refusal({ cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 1935 }] })
    expect(error).toMatchObject({ code: 'PRODUCT_ARCHIVED', details: { product: 'Blue Mug (Large)' } })
  })

  it('refuses short stock, naming the product and what is left, after taking stock for earlier lines', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }, { variantId: mug.variantId, quantity: 6 }])
    const error = await refusal({ cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    expect(error).toMatchObject({ code: 'STOCK_INSUFFICIENT', details: { product: 'Blue Mug (Large)', available: 5, requested: 6 } })
    expect(error?.message).toContain('Blue Mug (Large)')
    expect(error?.message).toContain('5 left')
  })

  it('refuses an underpaid counter sale', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    const error = await refusal({ cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 494, tendered: 500 }] })
    expect(error).toMatchObject({ code: 'PAYMENT_INSUFFICIENT', details: { due: 495, paid: 494, missing: 1 } })
    expect(await refusal({ cartId: cart.id, kind: 'counter' })).toMatchObject({ code: 'PAYMENT_INSUFFICIENT' })
  })

  it('refuses payments above what is due (cash over the amount is change)', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    expect(await refusal({ cartId: cart.id, kind: 'pickup', payments: [{ method: 'card', amount: 496 }] })).toMatchObject({ code: 'VALIDATION' })
  })

  it('refuses a delivery without an address', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    expect(await refusal({ cartId: cart.id, kind: 'delivery' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'deliveryAddress' }] })
  })

  it('refuses a coupon that expired or was used up since it was applied', async () => {
    const coupon = await till.ok('coupons.create', { code: 'SPRING', kind: 'percent', value: 1000, validUntil: '2026-03-02', usageLimit: 1 })
    const cart = await cartWith(till, [{ variantId: tea.variantId, quantity: 2 }])
    expect((await till.ok('cart.applyCoupon', { cartId: cart.id, code: 'spring' })).totals.couponDiscountTotal).toBe(90)
    till.clock.advance(24 * 60 * 60 * 1000)
    expect((await till.ok('cart.get', { cartId: cart.id })).coupon).toMatchObject({
      code: 'SPRING',
      problem: reason('coupon.expired', { code: 'SPRING', until: '2026-03-02' })
    })
    expect(await refusal({ cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 990 }] })).toMatchObject({ code: 'COUPON_INVALID' })

    await till.ok('coupons.update', { couponId: coupon.id, patch: { validUntil: null } })
    const other = await till.ok('cart.get', { cartId: cart.id })
    await till.ok('cart.park', { cartId: other.id, label: 'first' })
    const second = await cartWith(till, [{ variantId: tea.variantId, quantity: 2 }])
    await till.ok('cart.applyCoupon', { cartId: second.id, code: 'SPRING' })
    await till.ok('cart.checkout', { cartId: second.id, kind: 'counter', payments: [{ method: 'cash', amount: 891 }] })
    expect((await till.ok('coupons.get', { couponId: coupon.id })).timesUsed).toBe(1)
    const error = await refusal({ cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 891 }] })
    expect(error).toMatchObject({ code: 'COUPON_INVALID' })
    expect(error?.message).toContain('used up')
  })

  it.each([
    ['more than four last digits', { method: 'card', amount: 495, lastFour: '41111' }],
    ['a fractional amount', { method: 'cash', amount: 4.95 }],
    ['a negative amount', { method: 'cash', amount: -495 }],
    ['tendered less than the amount', { method: 'cash', amount: 495, tendered: 100 }],
    ['an unknown method', { method: 'cheque', amount: 495 }],
    ['an unknown field', { method: 'cash', amount: 495, pan: '4111111111111111' }]
  ])('refuses %s at the IPC helper', async (_what, payment) => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    expect(await refusal({ cartId: cart.id, kind: 'counter', payments: [payment as never] })).toMatchObject({ code: 'VALIDATION' })
  })

  it.each([
    ['as the reference', { method: 'card', amount: 495, reference: '4111 1111 1111 1111' }, 'payments.0.reference'],
    ['in a note', { method: 'other', amount: 495, note: 'card 4111-1111-1111-1111' }, 'payments.0.note']
  ])('refuses a card number %s, saying why', async (_where, payment, field) => {
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    expect(await refusal({ cartId: cart.id, kind: 'counter', payments: [payment as never] })).toMatchObject({ code: 'CARD_NUMBER', details: { field } })
  })

  it.each([
    [{ kind: 'counter' }],
    [{ cartId: 1, kind: 'takeaway' }],
    [{ cartId: 'one', kind: 'counter' }],
    [{ cartId: 1, kind: 'counter', payments: 'cash' }],
    [{ cartId: 1, kind: 'counter', extra: true }]
  ])('refuses malformed input %j', async (input) => {
    await cartWith(till, [{ variantId: tea.variantId }])
    expect(await refusal(input as never)).toMatchObject({ code: 'VALIDATION' })
  })
})

describe('two checkouts racing for the last unit', () => {
  it('lets exactly one win; the other is told what is left', async () => {
    const first = await cartWith(till, [{ variantId: last.variantId }])
    await till.ok('cart.park', { cartId: first.id, label: 'A' })
    const second = await cartWith(till, [{ variantId: last.variantId }])
    const results = await Promise.all(
      [first, second].map((cart) => till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 800 }] }))
    )
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    const lost = results.find((result) => !result.ok)
    expect(lost).toMatchObject({ ok: false, error: { code: 'STOCK_INSUFFICIENT', details: { product: 'Last Candle', available: 0 } } })
    expect(await stockOf(till.context, last.variantId)).toBe(0)
    const orders = await till.ok('orders.list', {})
    expect(orders.orders).toHaveLength(1)
  })
})
