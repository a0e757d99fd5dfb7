import { afterEach, describe, expect, it } from 'vitest'
import { readPendingBatch } from '../../src/main/sync/outbox'
import { EVENT_SCHEMAS, protocolSchemas } from '../../src/sync-server/protocol-schemas'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { sellAtCounter, takePickup } from '../support/sales'
import { readOutbox, RECEIVER_TOKEN, startTestReceiver } from '../support/sync-harness'
import { openTestTill, type TestTill } from '../support/test-till'

const schemas = protocolSchemas()
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A day at the till that touches every kind of synced change. */
async function busyDay(till: TestTill): Promise<{ orderIds: number[] }> {
  const tea = await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'TEA-1', stock: 20, barcode: '4006381333931' }))
  const tee = await till.ok('catalog.createProduct', teeShirt())
  const teaId = tea.variants[0]?.id as number
  const teeId = tee.variants[1]?.id as number
  // Three teas for 6.00 instead of 7.50: the counter sale carries a quantity promotion (issue 12).
  await till.ok('promotions.create', { name: '3 teas for 6.00', productId: tea.id, kind: 'multi_price', quantity: 3, price: 600 })
  await till.ok('shifts.open', { float: { denominations: [{ value: 1000, quantity: 2 }] } })
  await till.ok('catalog.archiveProduct', { id: tee.id })
  await till.ok('catalog.restoreProduct', { id: tee.id })
  await till.ok('stock.adjust', { variantId: teaId, delta: -2, reason: 'damaged', note: 'dropped' })
  const counter = await sellAtCounter(till, [{ variantId: teaId, quantity: 3 }, { variantId: teeId }])
  const pickup = await takePickup(till, [{ variantId: teaId }], [{ method: 'card', amount: 100, lastFour: '4242' }])
  await till.ok('orders.setStatus', { orderId: pickup.id, status: 'confirmed', note: 'Phoned' })
  await till.ok('orders.pay', { orderId: pickup.id, payments: [{ method: 'cash', amount: pickup.total - 100, tendered: pickup.total }] })
  await till.ok('orders.return', { orderId: counter.id, lines: [{ orderLineId: counter.lines[0]?.id as number, quantity: 1, damaged: true }] })
  const cancelled = await takePickup(till, [{ variantId: teaId }])
  await till.ok('orders.cancel', { orderId: cancelled.id, note: 'Changed their mind' })
  await till.ok('shifts.payInOut', { kind: 'paid_out', amount: 50_000, reason: 'Supplier', drawerShortConfirmed: true })
  await till.ok('shifts.noSale', { reason: 'Change' })
  await till.ok('shifts.count', { count: { total: 1234 } })
  await till.ok('shifts.recount', { count: { denominations: [{ value: 1000, quantity: 1 }] } })
  await till.ok('shifts.close', { reason: 'Recounted' })
  return { orderIds: [counter.id, pickup.id, cancelled.id] }
}

describe('the JSON Schemas of the version the till speaks, docs/schemas/v2', () => {
  it('accept every payload the outbox really holds, and every batch the worker would send', async () => {
    const till = openTestTill()
    cleanups.push(() => till.cleanup())
    const { orderIds } = await busyDay(till)
    const rows = await readOutbox(till.context.db)
    const types = new Set(rows.map((row) => row.type))
    const { payloads, batch: batchSchema } = EVENT_SCHEMAS[2]
    expect([...types].sort()).toEqual(Object.keys(payloads).sort())
    for (const row of rows) {
      expect(row.protocol, `${row.type} seq ${row.seq}`).toBe(2)
      expect(schemas.validate(payloads[row.type] as string, row.payload), `${row.type} seq ${row.seq}`).toEqual([])
    }
    const shiftChanges = rows.filter((row) => row.type === 'shift.changed').flatMap((row) => (row.payload as { changes: string[] }).changes)
    expect(shiftChanges).toEqual(['opened', 'cash', 'cash', 'counted', 'counted', 'closed'])
    const orderEvents = rows.filter((row) => row.type === 'order.changed')
    const counterSale = orderEvents.find((row) => row.order_id === orderIds[0])?.payload as {
      order: { promotionDiscountTotal: number; lines: Array<{ promotionDiscount: number; promotionName: string }> }
    }
    expect(counterSale.order.promotionDiscountTotal).toBe(150)
    expect(counterSale.order.lines[0]).toMatchObject({ promotionDiscount: 150, promotionName: '3 teas for 6.00' })
    expect(new Set(orderEvents.map((row) => row.order_id))).toEqual(new Set(orderIds))
    const changes = orderEvents.flatMap((row) => (row.payload as { changes: string[] }).changes)
    expect(new Set(changes)).toEqual(new Set(['created', 'status', 'payment', 'return']))
    const lastPickup = orderEvents.filter((row) => row.order_id === orderIds[1]).at(-1)?.payload as {
      order: { paymentState: string; payments: Array<{ method: string; cardLastFour: string | null }>; history: unknown[] }
    }
    expect(lastPickup.order.paymentState).toBe('paid')
    expect(lastPickup.order.payments.map((payment) => [payment.method, payment.cardLastFour])).toEqual([
      ['card', '4242'],
      ['cash', null]
    ])

    const { tillId } = await till.ok('sync.status')
    const pending = await readPendingBatch(till.context.db, 1000)
    const batch = { tillId, events: pending.map(({ tillId: _till, protocol: _protocol, ...event }) => event) }
    expect(schemas.validate(batchSchema, JSON.parse(JSON.stringify(batch)))).toEqual([])
  })

  it('describe the receiver’s answers: accepted, duplicate and rejected acknowledgements', async () => {
    const till = openTestTill()
    cleanups.push(() => till.cleanup())
    const receiver = await startTestReceiver('sqlite')
    cleanups.push(() => receiver.close())
    await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'TEA-1', stock: 2 }))
    const { tillId } = await till.ok('sync.status')
    const events = (await readPendingBatch(till.context.db, 10)).map(({ tillId: _till, protocol: _protocol, ...event }) => event)
    const product = events.find((event) => event.type === 'product.changed')
    const broken = { ...product, eventId: '019cadc6-9a80-7775-81e8-000000000001', seq: 99, payload: { ...(product?.payload as object), productId: 'one' } }
    const post = async (body: unknown) => {
      const response = await fetch(`${receiver.url}/v2/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${RECEIVER_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body)
      })
      expect(response.status).toBe(200)
      return (await response.json()) as { acks: Array<{ status: string; reason?: string }> }
    }
    const first = await post({ tillId, events: [...events, broken] })
    const again = await post({ tillId, events })
    for (const answer of [first, again]) expect(schemas.validate('v2/ack.json', answer)).toEqual([])
    expect(first.acks.map((ack) => ack.status)).toEqual([...events.map(() => 'accepted'), 'rejected'])
    expect(first.acks.at(-1)?.reason).toMatch(/^Invalid event: payload\/productId must be integer/)
    expect(again.acks.map((ack) => ack.status)).toEqual(events.map(() => 'duplicate'))
  })
})
