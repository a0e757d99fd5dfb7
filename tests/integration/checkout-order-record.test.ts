import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { orderChangedEvent } from '../../src/main/sync/order-payloads'
import { cartWith } from '../support/sales'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { openTestTill, type TestTill } from '../support/test-till'

// Checkout answers, and fills the sync outbox, from the rows its INSERTs returned instead of
// reading the new order back: both must equal the order as stored.
let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
let candle: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  ;[tea, mug, candle] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20, taxRateBp: 1000 },
    { name: 'Blue Mug', price: 1200, stock: 5, taxRateBp: 2000, label: 'Large' },
    { name: 'Last Candle', price: 800, stock: 3 }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

async function outboxOrderPayloads(orderId: number): Promise<unknown[]> {
  const rows = await till.context.db.selectFrom('outbox').select('payload').where('order_id', '=', orderId).orderBy('seq').execute()
  return rows.map((row) => JSON.parse(row.payload) as unknown)
}

/** The order as stored, and who made the change (protocol v2), as the outbox row must carry it. */
async function storedPayload(orderId: number): Promise<unknown> {
  const { payload } = await till.context.db.transaction().execute(async (trx) => orderChangedEvent(trx, orderId, ['created']))
  return { ...(payload as object), by: { id: 'owner', name: 'Owner' }, approvedBy: null }
}

describe('checkout without reading the new order back', () => {
  it('answers a counter sale with split payments exactly as the order is stored, and sends the same to head office', async () => {
    const cart = await cartWith(till, [{ variantId: candle.variantId, quantity: 2 }, { variantId: tea.variantId }, { variantId: mug.variantId, quantity: 3 }])
    const order = await till.ok('cart.checkout', {
      cartId: cart.id,
      kind: 'counter',
      payments: [
        { method: 'card', amount: 1000, reference: 'AUTH 1', lastFour: '4242' },
        { method: 'cash', amount: cart.totals.total - 1000, tendered: cart.totals.total }
      ]
    })
    expect(order.lines.map((line) => line.position)).toEqual([1, 2, 3])
    expect(order.payments.map((payment) => payment.method)).toEqual(['card', 'cash'])
    expect(order.events.map((event) => [event.from, event.to])).toEqual([
      [null, 'pending'],
      ['pending', 'delivered']
    ])
    expect(await till.ok('orders.get', { orderId: order.id })).toEqual(order)
    expect(await outboxOrderPayloads(order.id)).toEqual([await storedPayload(order.id)])
  })

  it('does the same for a pickup left pending and unpaid', async () => {
    const cart = await cartWith(till, [{ variantId: tea.variantId, quantity: 4 }])
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup', payments: [] })
    expect(order).toMatchObject({ status: 'pending', paymentState: 'unpaid', payments: [] })
    expect(await till.ok('orders.get', { orderId: order.id })).toEqual(order)
    expect(await outboxOrderPayloads(order.id)).toEqual([await storedPayload(order.id)])
  })

  it('sends each later change of the order (status, payment, return, cancel) as the order is stored after it', async () => {
    const order = (payload: unknown) => (payload as { order: unknown }).order
    const lastPayload = async (orderId: number) => order((await outboxOrderPayloads(orderId)).at(-1))
    const pickup = await till.ok('cart.checkout', {
      cartId: (await cartWith(till, [{ variantId: tea.variantId, quantity: 2 }])).id,
      kind: 'pickup',
      payments: []
    })
    const confirmed = await till.ok('orders.setStatus', { orderId: pickup.id, status: 'confirmed' })
    expect(await till.ok('orders.get', { orderId: pickup.id })).toEqual(confirmed)
    expect(await lastPayload(pickup.id)).toEqual(order(await storedPayload(pickup.id)))
    await till.ok('orders.pay', { orderId: pickup.id, payments: [{ method: 'cash', amount: pickup.total }] })
    expect(await lastPayload(pickup.id)).toEqual(order(await storedPayload(pickup.id)))
    await till.ok('orders.setStatus', { orderId: pickup.id, status: 'delivered' })
    const returned = await till.ok('orders.return', { orderId: pickup.id, lines: [{ orderLineId: pickup.lines[0]!.id, quantity: 1 }] })
    expect(returned.status).toBe('returned')
    expect(await lastPayload(pickup.id)).toEqual(order(await storedPayload(pickup.id)))

    const other = await till.ok('cart.checkout', { cartId: (await cartWith(till, [{ variantId: mug.variantId }])).id, kind: 'pickup', payments: [] })
    const cancelled = await till.ok('orders.cancel', { orderId: other.id })
    expect(cancelled.status).toBe('cancelled')
    expect(await lastPayload(other.id)).toEqual(order(await storedPayload(other.id)))
  })
})
