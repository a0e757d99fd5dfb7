import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Channel, InputOf } from '../../src/shared/contract'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, stockOf, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales, takePickup } from '../support/sales'

let till: TestTill
let soap: SeededVariant
let brush: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  ;[soap, brush] = (await seedProducts(till.context, [
    { name: 'Lavender Soap', price: 300, stock: 10 },
    { name: 'Bath Brush', price: 1000, stock: 4 }
  ])) as [SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

async function refused<C extends Channel>(channel: C, input: InputOf<C>) {
  const before = await snapshotSales(till)
  const result = await till.call(channel, ...([input] as never))
  expect(result.ok).toBe(false)
  expect(await snapshotSales(till)).toEqual(before)
  return result.ok ? null : result.error
}

describe('moving an order through its lifecycle', () => {
  it('goes forward, skipping steps, with one event per change, and announces each', async () => {
    const order = await takePickup(till, [{ variantId: soap.variantId }], [{ method: 'cash', amount: 300 }])
    const events = till.recordEvents()
    const confirmed = await till.ok('orders.setStatus', { orderId: order.id, status: 'confirmed', note: 'Called the customer' })
    expect(confirmed).toMatchObject({ status: 'confirmed', allowedNext: ['processing', 'shipped', 'delivered', 'cancelled'] })
    const delivered = await till.ok('orders.setStatus', { orderId: order.id, status: 'delivered' })
    expect(delivered.events.map((event) => [event.change, event.from, event.to, event.note, event.actorName])).toEqual([
      ['created', null, 'pending', 'Pickup order', 'Owner'],
      ['status', 'pending', 'confirmed', 'Called the customer', 'Owner'],
      ['status', 'confirmed', 'delivered', '', 'Owner']
    ])
    expect(events.filter((event) => event.name === 'order.changed')).toEqual([
      { name: 'order.changed', payload: { orderId: order.id, change: 'status', status: 'confirmed' } },
      { name: 'order.changed', payload: { orderId: order.id, change: 'status', status: 'delivered' } }
    ])
  })

  it('refuses a change the lifecycle does not allow and changes nothing', async () => {
    const sale = await sellAtCounter(till, [{ variantId: soap.variantId }])
    const error = await refused('orders.setStatus', { orderId: sale.id, status: 'confirmed' })
    expect(error).toMatchObject({ code: 'ORDER_INVALID_TRANSITION', details: { from: 'delivered', to: 'confirmed' } })
    const pending = await takePickup(till, [{ variantId: soap.variantId }])
    await till.ok('orders.cancel', { orderId: pending.id })
    expect(await refused('orders.setStatus', { orderId: pending.id, status: 'processing' })).toMatchObject({ code: 'ORDER_INVALID_TRANSITION' })
    expect(await refused('orders.cancel', { orderId: pending.id })).toMatchObject({ code: 'ORDER_INVALID_TRANSITION' })
    expect(await refused('orders.cancel', { orderId: sale.id })).toMatchObject({ code: 'ORDER_INVALID_TRANSITION' })
    expect(await refused('orders.return', { orderId: pending.id, lines: [{ orderLineId: pending.lines[0]!.id, quantity: 1 }] })).toMatchObject({
      code: 'ORDER_INVALID_TRANSITION'
    })
  })

  it('refuses statuses outside the lifecycle and unknown orders', async () => {
    const order = await takePickup(till, [{ variantId: soap.variantId }])
    expect(await refused('orders.setStatus', { orderId: order.id, status: 'pending' as never })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('orders.setStatus', { orderId: order.id, status: 'returned' as never })).toMatchObject({ code: 'VALIDATION' })
    expect(await refused('orders.setStatus', { orderId: 999, status: 'confirmed' })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await refused('orders.get', { orderId: 999 })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('hands an order over only once it is paid, and takes the payment on collection', async () => {
    const order = await takePickup(till, [{ variantId: brush.variantId, quantity: 2 }])
    expect(await refused('orders.setStatus', { orderId: order.id, status: 'delivered' })).toMatchObject({ code: 'PAYMENT_INSUFFICIENT' })
    const events = till.recordEvents()
    const partly = await till.ok('orders.pay', { orderId: order.id, payments: [{ method: 'card', amount: 500, lastFour: '1234' }] })
    expect(partly).toMatchObject({ paymentState: 'partial', paidTotal: 500, amountDue: 1500, status: 'pending' })
    expect(await refused('orders.pay', { orderId: order.id, payments: [{ method: 'cash', amount: 1501 }] })).toMatchObject({ code: 'VALIDATION' })
    const paid = await till.ok('orders.pay', { orderId: order.id, payments: [{ method: 'cash', amount: 1500, tendered: 2000 }] })
    expect(paid).toMatchObject({ paymentState: 'paid', amountDue: 0 })
    expect(paid.payments.at(-1)).toMatchObject({ method: 'cash', amount: 1500, tendered: 2000, change: 500 })
    expect(paid.events.at(-1)).toMatchObject({ change: 'payment', from: 'pending', to: 'pending' })
    expect(events.filter((event) => event.name === 'order.changed').map((event) => event.payload)).toEqual([
      { orderId: order.id, change: 'payment', status: 'pending' },
      { orderId: order.id, change: 'payment', status: 'pending' }
    ])
    expect(await refused('orders.pay', { orderId: order.id, payments: [{ method: 'cash', amount: 1 }] })).toMatchObject({ code: 'CONFLICT' })
    expect((await till.ok('orders.setStatus', { orderId: order.id, status: 'delivered' })).status).toBe('delivered')
  })
})

describe('cancelling', () => {
  it('puts the stock back, refunds what was paid the way it came, and gives the coupon use back', async () => {
    const coupon = await till.ok('coupons.create', { code: 'TENOFF', kind: 'amount', value: 100, usageLimit: 5 })
    const cart = await cartWith(till, [{ variantId: brush.variantId, quantity: 3 }, { variantId: soap.variantId }])
    await till.ok('cart.applyCoupon', { cartId: cart.id, code: 'TENOFF' })
    const order = await till.ok('cart.checkout', {
      cartId: cart.id,
      kind: 'pickup',
      payments: [
        { method: 'card', amount: 2000, reference: 'R-77', lastFour: '9876' },
        { method: 'cash', amount: 500 }
      ]
    })
    expect((await till.ok('coupons.get', { couponId: coupon.id })).timesUsed).toBe(1)
    expect(await stockOf(till.context, brush.variantId)).toBe(1)
    const cancelled = await till.ok('orders.cancel', { orderId: order.id, note: 'Customer changed their mind' })
    expect(cancelled).toMatchObject({ status: 'cancelled', paymentState: 'refunded', refundedTotal: 2500, allowedNext: [] })
    expect(cancelled.payments.filter((payment) => payment.kind === 'refund')).toMatchObject([
      { method: 'card', amount: 2000, cardReference: 'R-77', cardLastFour: '9876' },
      { method: 'cash', amount: 500 }
    ])
    expect(cancelled.events.at(-1)).toMatchObject({ change: 'status', from: 'pending', to: 'cancelled', note: 'Customer changed their mind' })
    expect(await stockOf(till.context, brush.variantId)).toBe(4)
    expect(await stockOf(till.context, soap.variantId)).toBe(10)
    const movements = await till.ok('stock.movements', { variantId: brush.variantId })
    expect(movements[0]).toMatchObject({ delta: 3, reason: 'cancel', orderId: order.id })
    expect((await till.ok('coupons.get', { couponId: coupon.id })).timesUsed).toBe(0)
  })
})

describe('returns', () => {
  it('take back part of a delivered order, refund it, restock it, and make the order returned', async () => {
    const sale = await sellAtCounter(
      till,
      [
        { variantId: soap.variantId, quantity: 3 },
        { variantId: brush.variantId, quantity: 2 }
      ],
      (total) => [{ method: 'card', amount: total, lastFour: '4242' }]
    )
    const [soapLine, brushLine] = sale.lines as [(typeof sale.lines)[0], (typeof sale.lines)[0]]
    const events = till.recordEvents()
    const returned = await till.ok('orders.return', {
      orderId: sale.id,
      lines: [{ orderLineId: soapLine.id, quantity: 1 }],
      note: 'Wrong scent'
    })
    expect(returned).toMatchObject({ status: 'returned', paymentState: 'partially_refunded', refundedTotal: 300 })
    expect(returned.lines[0]).toMatchObject({ quantityReturned: 1 })
    expect(returned.payments.at(-1)).toMatchObject({ kind: 'refund', method: 'card', amount: 300, cardLastFour: '4242' })
    expect(returned.returns).toMatchObject([{ orderLineId: soapLine.id, quantity: 1, damaged: false, refundAmount: 300 }])
    expect(returned.events.at(-1)).toMatchObject({ change: 'return', from: 'delivered', to: 'returned' })
    expect(events).toContainEqual({ name: 'order.changed', payload: { orderId: sale.id, change: 'return', status: 'returned' } })
    expect(await stockOf(till.context, soap.variantId)).toBe(8)

    // further returns on a returned order, up to what was sold; damaged units stay off the shelf
    const again = await till.ok('orders.return', {
      orderId: sale.id,
      lines: [
        { orderLineId: soapLine.id, quantity: 2 },
        { orderLineId: brushLine.id, quantity: 2, damaged: true }
      ]
    })
    expect(again).toMatchObject({ status: 'returned', paymentState: 'refunded', refundedTotal: sale.total })
    expect(again.payments.at(-1)).toMatchObject({ kind: 'refund', method: 'card', amount: 2600, cardLastFour: '4242' })
    expect(await stockOf(till.context, soap.variantId)).toBe(10)
    expect(await stockOf(till.context, brush.variantId)).toBe(2)
    expect(again.events.at(-1)).toMatchObject({ change: 'return', from: 'returned', to: 'returned', note: '4 returned, 2 damaged' })
  })

  it('refuse more than was sold and not yet returned, and change nothing', async () => {
    const sale = await sellAtCounter(till, [{ variantId: soap.variantId, quantity: 2 }, { variantId: brush.variantId }])
    const [soapLine, brushLine] = sale.lines as [(typeof sale.lines)[0], (typeof sale.lines)[0]]
    const error = await refused('orders.return', {
      orderId: sale.id,
      lines: [
        { orderLineId: brushLine.id, quantity: 1 },
        { orderLineId: soapLine.id, quantity: 3 }
      ]
    })
    expect(error).toMatchObject({ code: 'RETURN_EXCEEDS_SOLD', details: { product: 'Lavender Soap', sold: 2, returned: 0, requested: 3 } })
    await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: soapLine.id, quantity: 2 }] })
    expect(await refused('orders.return', { orderId: sale.id, lines: [{ orderLineId: soapLine.id, quantity: 1 }] })).toMatchObject({
      code: 'RETURN_EXCEEDS_SOLD'
    })
    expect(await refused('orders.return', { orderId: sale.id, lines: [{ orderLineId: 9999, quantity: 1 }] })).toMatchObject({ code: 'NOT_FOUND' })
    expect(
      await refused('orders.return', {
        orderId: sale.id,
        lines: [
          { orderLineId: brushLine.id, quantity: 1 },
          { orderLineId: brushLine.id, quantity: 1 }
        ]
      })
    ).toMatchObject({ code: 'VALIDATION' })
  })

  it('refund exactly the line total over several partial returns, however it rounds', async () => {
    const cart = await cartWith(till, [{ variantId: soap.variantId, quantity: 3 }])
    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cart.lines[0]!.id, discount: { kind: 'amount', value: 100 } })
    const sale = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 800 }] })
    const lineId = sale.lines[0]!.id
    const refunds: number[] = []
    for (let unit = 0; unit < 3; unit += 1) {
      const after = await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: lineId, quantity: 1 }] })
      refunds.push(after.returns.at(-1)!.refundAmount)
    }
    expect(refunds).toEqual([267, 266, 267])
    expect(refunds.reduce((sum, amount) => sum + amount, 0)).toBe(800)
  })

  it('return an unpaid shipped order without inventing a refund', async () => {
    const order = await takePickup(till, [{ variantId: brush.variantId }])
    await till.ok('orders.setStatus', { orderId: order.id, status: 'shipped' })
    const back = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] })
    expect(back).toMatchObject({ status: 'returned', refundedTotal: 0, returnedTotal: 1000, amountDue: 0, paymentState: 'unpaid', payments: [] })
    expect(back.returns[0]).toMatchObject({ refundAmount: 0, value: 1000, paymentId: null })
    expect(await stockOf(till.context, brush.variantId)).toBe(4)
  })
})
