import { afterEach, describe, expect, it } from 'vitest'
import { simpleProduct } from '../support/catalog-fixtures'
import { FAULTS, seededRandom, startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy'
import {
  allSent,
  appendStockEvents,
  DATABASE_URL,
  FAST_SYNC,
  PG_SKIP_REASON,
  readOutbox,
  RECEIVER_TOKEN,
  startTestReceiver,
  waitUntil,
  type StoreKind,
  type TestReceiver
} from '../support/sync-harness'
import { soak } from '../support/soak'
import { openTestTill, type TestTill } from '../support/test-till'

// 1,000 events (10 batches: each of the 5 faults once, then half the requests faulty) in the everyday run, 10,000 under `npm run test:soak`.
const EVENTS = soak(1_000, 10_000)
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** Each fault once first, so none can go untested, then half the requests faulty at random. */
function faultPlan(random: () => number): (requestNumber: number) => Fault {
  const faulty = FAULTS.filter((fault) => fault !== 'pass')
  return (requestNumber) => {
    if (requestNumber <= faulty.length) return faulty[requestNumber - 1] as Fault
    return random() < 0.5 ? 'pass' : (faulty[Math.floor(random() * faulty.length)] as Fault)
  }
}

async function exactlyOnceThroughFaults(kind: StoreKind): Promise<void> {
  const till: TestTill = openTestTill({ sync: { ...FAST_SYNC, batchSize: 100, random: seededRandom(7) } })
  cleanups.push(() => till.cleanup())
  const receiver: TestReceiver = await startTestReceiver(kind)
  cleanups.push(() => receiver.close())
  const proxy: FaultProxy = await startFaultProxy({
    targetPort: receiver.port,
    choose: faultPlan(seededRandom(kind === 'sqlite' ? 42 : 43)),
    delayMs: FAST_SYNC.requestTimeoutMs + 300,
    maxRequests: 5_000
  })
  cleanups.push(() => proxy.close())

  const tea = await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', stock: 1 }))
  const variant = tea.variants[0] as { id: number; productId: number; sku: string }
  const fromCatalog = (await readOutbox(till.context.db)).length
  await appendStockEvents(till, variant, EVENTS)
  await till.ok('stock.adjust', { variantId: variant.id, delta: 2, reason: 'received' })
  const total = (await readOutbox(till.context.db)).length
  expect(total).toBe(fromCatalog + EVENTS + 1)

  const configured = await till.ok('sync.configure', { enabled: true, url: proxy.url, token: RECEIVER_TOKEN })
  expect(configured).toMatchObject({ enabled: true, waiting: total })
  await waitUntil('the outbox to drain through the faults', async () => allSent(await till.ok('sync.status')), 150_000)

  const status = await till.ok('sync.status')
  expect(status).toMatchObject({ phase: 'synced', waiting: 0, rejected: 0, lastError: null })
  const outbox = await readOutbox(till.context.db)
  expect(outbox.every((row) => row.state === 'sent' && row.sent_at !== null)).toBe(true)

  const held = await receiver.eventsOf(status.tillId)
  expect(held).toHaveLength(total)
  expect(new Set(held.map((event) => event.eventId)).size).toBe(total)
  expect(held.map((event) => event.seq)).toEqual(outbox.map((row) => row.seq))
  expect(held.map((event) => event.eventId)).toEqual(outbox.map((row) => row.event_id))
  expect(held.map((event) => event.payload)).toEqual(outbox.map((row) => row.payload))
  // Batches went out strictly in seq order, so the receiver got them in that order too.
  const arrivals = held.map((event) => event.arrival)
  expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b))

  for (const fault of FAULTS) expect(proxy.counts[fault], `${fault} was never injected`).toBeGreaterThan(0)
  expect(proxy.requests).toBeLessThan(5_000)
}

describe('sync exactly once through a faulty network', () => {
  it(`delivers ${EVENTS} events to the SQLite receiver each exactly once and empties the outbox`, () => exactlyOnceThroughFaults('sqlite'), 180_000)

  describe.skipIf(!DATABASE_URL)(`PostgreSQL receiver${DATABASE_URL ? '' : ` (skipped: ${PG_SKIP_REASON})`}`, () => {
    it(`delivers ${EVENTS} events to the PostgreSQL receiver each exactly once and empties the outbox`, () => exactlyOnceThroughFaults('postgresql'), 180_000)
  })
})
