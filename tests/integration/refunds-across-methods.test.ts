import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OrderDetail } from '../../src/shared/orders'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { sellAtCounter, snapshotSales, takePickup } from '../support/sales'
import { readRollup, recomputeRollup } from '../support/stats-recompute'

let till: TestTill
let lamp: SeededVariant
let vase: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  ;[lamp, vase] = (await seedProducts(till.context, [
    { name: 'Desk Lamp', price: 4000, stock: 10 },
    { name: 'Glass Vase', price: 6000, stock: 10 }
  ])) as [SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

const refunds = (order: OrderDetail) => order.payments.filter((payment) => payment.kind === 'refund').map(({ method, amount }) => ({ method, amount }))
const byMethod = (order: OrderDetail) => {
  const held = { cash: 0, card: 0, other: 0 }
  for (const payment of order.payments) held[payment.method] += payment.kind === 'payment' ? payment.amount : -payment.amount
  return held
}

async function splitSale() {
  // 100.00: 70.00 on a card, 30.00 in cash
  return sellAtCounter(till, [{ variantId: lamp.variantId }, { variantId: vase.variantId }], () => [
    { method: 'card', amount: 7000, reference: 'T-1', lastFour: '4242' },
    { method: 'cash', amount: 3000 }
  ])
}

describe('a refund across the methods that paid, shared by returns and cancellations', () => {
  it('a full return of a split sale gives the card its part back and cash the rest: no method goes below zero', async () => {
    const sale = await splitSale()
    const back = await till.ok('orders.return', { orderId: sale.id, lines: sale.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity })) })
    expect(refunds(back)).toEqual([
      { method: 'card', amount: 7000 },
      { method: 'cash', amount: 3000 }
    ])
    expect(back.payments.find((payment) => payment.kind === 'refund' && payment.method === 'card')).toMatchObject({
      cardReference: 'T-1',
      cardLastFour: '4242'
    })
    expect(byMethod(back)).toEqual({ cash: 0, card: 0, other: 0 })
    expect(back).toMatchObject({ status: 'returned', paymentState: 'refunded', refundedTotal: 10000, returnedTotal: 10000, amountDue: 0 })
  })

  it('a partial return goes to the card first, then to cash once the card has had all it paid', async () => {
    const sale = await splitSale()
    const [lampLine, vaseLine] = sale.lines as [OrderDetail['lines'][0], OrderDetail['lines'][0]]
    const first = await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: vaseLine.id, quantity: 1 }] })
    expect(refunds(first)).toEqual([{ method: 'card', amount: 6000 }])
    const second = await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: lampLine.id, quantity: 1 }] })
    expect(refunds(second).slice(1)).toEqual([
      { method: 'card', amount: 1000 },
      { method: 'cash', amount: 3000 }
    ])
    expect(byMethod(second)).toEqual({ cash: 0, card: 0, other: 0 })
  })

  it('the cashier may choose the split within what each method paid', async () => {
    const sale = await splitSale()
    const vaseLine = sale.lines[1]!
    const back = await till.ok('orders.return', {
      orderId: sale.id,
      lines: [{ orderLineId: vaseLine.id, quantity: 1 }],
      refundSplit: [
        { method: 'cash', amount: 3000 },
        { method: 'card', amount: 3000 }
      ]
    })
    expect(refunds(back)).toEqual([
      { method: 'cash', amount: 3000 },
      { method: 'card', amount: 3000 }
    ])
  })

  it('refuses a split above what a method paid, or one that does not add up, and writes nothing', async () => {
    const sale = await splitSale()
    const vaseLine = sale.lines[1]!
    const before = await snapshotSales(till)
    const tooMuchCash = await till.call('orders.return', {
      orderId: sale.id,
      lines: [{ orderLineId: vaseLine.id, quantity: 1 }],
      refundSplit: [{ method: 'cash', amount: 6000 }]
    })
    expect(tooMuchCash).toMatchObject({ ok: false, error: { code: 'REFUND_SPLIT_INVALID', details: { refund: 6000, heldCash: 3000, heldCard: 7000 } } })
    const short = await till.call('orders.return', {
      orderId: sale.id,
      lines: [{ orderLineId: vaseLine.id, quantity: 1 }],
      refundSplit: [{ method: 'card', amount: 5000 }]
    })
    expect(short).toMatchObject({ ok: false, error: { code: 'REFUND_SPLIT_INVALID' } })
    const twice = await till.call('orders.return', {
      orderId: sale.id,
      lines: [{ orderLineId: vaseLine.id, quantity: 1 }],
      refundSplit: [
        { method: 'card', amount: 3000 },
        { method: 'card', amount: 3000 }
      ]
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const cancelSplit = await till.call('orders.cancel', { orderId: sale.id, refundSplit: [{ method: 'other', amount: 10000 }] })
    expect(cancelSplit.ok).toBe(false)
    expect(await snapshotSales(till)).toEqual(before)
  })

  it('a cancellation uses the same allocation, and takes a chosen split too', async () => {
    const order = await takePickup(
      till,
      [{ variantId: lamp.variantId }, { variantId: vase.variantId }],
      [
        { method: 'cash', amount: 2000 },
        { method: 'card', amount: 3000, reference: 'DEP' }
      ]
    )
    const cancelled = await till.ok('orders.cancel', { orderId: order.id })
    expect(refunds(cancelled)).toEqual([
      { method: 'card', amount: 3000 },
      { method: 'cash', amount: 2000 }
    ])
    const other = await takePickup(
      till,
      [{ variantId: lamp.variantId }],
      [
        { method: 'cash', amount: 1000 },
        { method: 'card', amount: 1000, reference: 'DEP' }
      ]
    )
    const chosen = await till.ok('orders.cancel', {
      orderId: other.id,
      refundSplit: [
        { method: 'cash', amount: 1000 },
        { method: 'card', amount: 1000 }
      ]
    })
    expect(byMethod(chosen)).toEqual({ cash: 0, card: 0, other: 0 })
    const mix = (await till.ok('stats.overview', {})).paymentMix
    expect(mix.find((share) => share.method === 'cash')).toMatchObject({ paid: 3000, refunded: 3000, net: 0 })
    expect(mix.find((share) => share.method === 'card')).toMatchObject({ paid: 4000, refunded: 4000, net: 0 })
  })
})

describe('a partial return of an order paid only a deposit', () => {
  async function depositOrder() {
    // 100.00 of goods, 30.00 paid as a deposit, shipped to the customer
    const order = await takePickup(till, [{ variantId: lamp.variantId }, { variantId: vase.variantId }], [{ method: 'card', amount: 3000, reference: 'DEP' }])
    await till.ok('orders.setStatus', { orderId: order.id, status: 'shipped' })
    return order
  }

  it('lowers what is due, refunds nothing the kept goods still need, and leaves the order open for payment', async () => {
    const order = await depositOrder()
    const vaseLine = order.lines[1]!
    const back = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: vaseLine.id, quantity: 1 }] })
    expect(back).toMatchObject({ status: 'shipped', refundedTotal: 0, returnedTotal: 6000, amountDue: 1000, paymentState: 'partial' })
    expect(refunds(back)).toEqual([])
    expect(back.returns).toMatchObject([{ quantity: 1, value: 6000, refundAmount: 0 }])
    const paid = await till.ok('orders.pay', { orderId: order.id, payments: [{ method: 'cash', amount: 1000 }] })
    expect(paid).toMatchObject({ amountDue: 0, paymentState: 'paid', status: 'shipped' })
    const delivered = await till.ok('orders.setStatus', { orderId: order.id, status: 'delivered' })
    expect(delivered.status).toBe('delivered')

    const day = await till.ok('stats.overview', {})
    expect(day.summary).toMatchObject({ revenue: 10000, returns: 6000, refunds: 0, netRevenue: 4000 })
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))
  })

  it('refunds only what was paid beyond the kept lines', async () => {
    const order = await takePickup(till, [{ variantId: lamp.variantId }, { variantId: vase.variantId }], [{ method: 'card', amount: 7000, reference: 'DEP' }])
    await till.ok('orders.setStatus', { orderId: order.id, status: 'shipped' })
    const back = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[1]!.id, quantity: 1 }] })
    // keeps the 40.00 lamp, paid 70.00: 30.00 goes back, nothing is owed, so the order is settled and returned
    expect(back).toMatchObject({ status: 'returned', refundedTotal: 3000, amountDue: 0, paymentState: 'partially_refunded' })
    expect(back.returns).toMatchObject([{ value: 6000, refundAmount: 3000 }])
    expect((await till.ok('stats.overview', {})).summary).toMatchObject({ returns: 6000, refunds: 3000, netRevenue: 4000 })
  })

  it('returning the rest pays back the whole deposit and closes the order as returned', async () => {
    const order = await depositOrder()
    await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[1]!.id, quantity: 1 }] })
    const rest = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] })
    expect(rest).toMatchObject({ status: 'returned', refundedTotal: 3000, amountDue: 0, paymentState: 'refunded' })
    expect(byMethod(rest)).toEqual({ cash: 0, card: 0, other: 0 })
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))
  })
})
