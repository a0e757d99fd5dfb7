import { afterEach, describe, expect, it } from 'vitest'
import { simpleProduct } from '../support/catalog-fixtures'
import { startFaultProxy } from '../support/fault-proxy'
import { sellAtCounter } from '../support/sales'
import {
  allSent,
  DATABASE_URL,
  FAST_SYNC,
  PG_SKIP_REASON,
  readOutbox,
  RECEIVER_TOKEN,
  sleep,
  startTestReceiver,
  waitUntil,
  type StoreKind
} from '../support/sync-harness'
import { openTestTill, type TestTill } from '../support/test-till'

const SYNC = { ...FAST_SYNC, backoff: { baseMs: 10, maxMs: 100 } }
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function offlineThenBack(kind: StoreKind): Promise<void> {
  const receiver = await startTestReceiver(kind)
  cleanups.push(() => receiver.close())
  const proxy = await startFaultProxy({ targetPort: receiver.port, choose: () => 'pass', delayMs: 0, maxRequests: 2_000 })
  cleanups.push(() => proxy.close())
  let till: TestTill = openTestTill({ sync: SYNC })
  const dir = till.dir
  cleanups.push(async () => {
    await till.cleanup()
  })
  const tea = await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', stock: 100 }))
  const variantId = tea.variants[0]?.id as number
  const { tillId } = await till.ok('sync.configure', { enabled: true, url: proxy.url, token: RECEIVER_TOKEN })
  await waitUntil('the first events to arrive', async () => allSent(await till.ok('sync.status')), 10_000)
  const sentBeforeOutage = (await readOutbox(till.context.db)).length

  await receiver.stop()
  for (let round = 0; round < 15; round++) {
    await sellAtCounter(till, [{ variantId }])
    await till.ok('stock.adjust', { variantId, delta: 2, reason: 'received' })
  }
  await waitUntil('the till to notice it is offline', async () => (await till.ok('sync.status')).phase === 'offline', 10_000)
  const offline = await till.ok('sync.status')
  expect(offline.waiting).toBe(45)
  expect(offline.lastError).toMatch(/Cannot reach the sync server at 127\.0\.0\.1:\d+/)
  expect(offline.nextAttemptAt).not.toBeNull()
  // Retries back off instead of hammering: a hot loop would make thousands of attempts per second.
  const requestsBefore = proxy.requests
  await sleep(500)
  expect(proxy.requests - requestsBefore).toBeLessThan(60)

  // The till is restarted while the server is still down: the queue and the error are on disk.
  await till.close()
  till = openTestTill({ dir, sync: SYNC })
  const afterRestart = await till.ok('sync.status')
  expect(afterRestart).toMatchObject({ enabled: true, waiting: 45, phase: 'offline' })
  expect(afterRestart.lastError).toMatch(/^Cannot reach the sync server/)
  for (let sale = 0; sale < 10; sale++) await sellAtCounter(till, [{ variantId }])
  expect((await receiver.store.listEvents(tillId, 0, 1000)).length).toBe(sentBeforeOutage)

  await receiver.restart()
  await waitUntil('the queue to drain by itself once the server is back', async () => allSent(await till.ok('sync.status')), 20_000)
  const status = await till.ok('sync.status')
  expect(status).toMatchObject({ phase: 'synced', lastError: null, rejected: 0 })
  expect(status.lastSuccessAt).not.toBeNull()

  const outbox = await readOutbox(till.context.db)
  const held = await receiver.eventsOf(tillId)
  expect(held.map((event) => event.eventId)).toEqual(outbox.map((row) => row.event_id))
  const arrivals = held.map((event) => event.arrival)
  expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b))
  // Head office sees the stock move exactly as the till's own movements did, sale by sale.
  const stockSeen = held
    .filter((event) => event.type === 'stock.changed')
    .map((event) => (event.payload as { variants: Array<{ stock: number }> }).variants[0]?.stock)
  const movements = await till.context.db.selectFrom('stock_movements').select('stock_after').orderBy('id').execute()
  expect(stockSeen).toEqual(movements.map((movement) => movement.stock_after))
  const ordersSeen = held.filter((event) => event.type === 'order.changed').map((event) => (event.payload as { orderId: number }).orderId)
  const orders = await till.context.db.selectFrom('orders').select('id').orderBy('id').execute()
  expect(ordersSeen).toEqual(orders.map((order) => order.id))
  expect(orders).toHaveLength(25)
}

describe('sync while the receiver is down', () => {
  it('keeps selling, survives a restart, then delivers everything in order (SQLite receiver)', () => offlineThenBack('sqlite'), 60_000)

  describe.skipIf(!DATABASE_URL)(`PostgreSQL receiver${DATABASE_URL ? '' : ` (skipped: ${PG_SKIP_REASON})`}`, () => {
    it('keeps selling, survives a restart, then delivers everything in order (PostgreSQL receiver)', () => offlineThenBack('postgresql'), 60_000)
  })
})
