import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EVENT_SCHEMAS, protocolSchemas } from '../../src/sync-server/protocol-schemas'
import type { StoredEvent } from '../../src/sync-server/store'
import { simpleProduct } from '../support/catalog-fixtures'
import { addressOf, runReceiver } from '../support/receiver-process'
import { allSent, DATABASE_URL, FAST_SYNC, PG_SKIP_REASON, readOutbox, waitUntil, type StoreKind } from '../support/sync-harness'
import { openTestTill, type TestTill } from '../support/test-till'

const ADMIN = 'v2-admin-token-0123456789'
const SHARED = 'v2-shared-token-0123456789'
const MANAGER_PIN = '4826'
const CASHIER_PIN = '7391'
const schemas = protocolSchemas()
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** `npm run sync-server` as a process of its own, on SQLite or on PostgreSQL. */
async function startReceiverProcess(kind: StoreKind): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-v2-receiver-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const storage: Record<string, string> = kind === 'postgresql' ? { DATABASE_URL } : { SYNC_SERVER_DB: join(dir, 'receiver.sqlite') }
  const receiver = runReceiver({ SYNC_SERVER_ADMIN_TOKEN: ADMIN, SYNC_SERVER_TOKEN: SHARED, ...storage })
  cleanups.push(receiver.kill)
  return addressOf(await receiver.firstLine)
}

async function eventsOf(url: string, tillId: string): Promise<StoredEvent[]> {
  const response = await fetch(`${url}/v1/tills/${tillId}/events?afterSeq=0&limit=5000`, { headers: { authorization: `Bearer ${ADMIN}` } })
  return ((await response.json()) as { events: StoredEvent[] }).events
}

/** As a till of before v2 left its outbox: v1 payloads (no `by`, no product `soldBy`/`openPrice` of v2), marked protocol 1. */
function makeQueuedBeforeUpgrade(till: TestTill): number {
  const rows = till.sqlite.prepare('SELECT id, payload FROM outbox').all() as Array<{ id: number; payload: string }>
  const update = till.sqlite.prepare('UPDATE outbox SET payload = ?, protocol = 1 WHERE id = ?')
  for (const row of rows) {
    const { by: _by, approvedBy: _approvedBy, ...v1 } = JSON.parse(row.payload) as Record<string, unknown>
    if (v1.product) {
      const { soldBy: _soldBy, openPrice: _openPrice, ...product } = v1.product as Record<string, unknown>
      v1.product = product
    }
    update.run(JSON.stringify(v1), row.id)
  }
  return rows.length
}

async function whoDidItReachesTheReceiver(kind: StoreKind): Promise<void> {
  const url = await startReceiverProcess(kind)
  const till = openTestTill({ sync: FAST_SYNC })
  cleanups.push(() => till.cleanup())
  const tea = await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: `TEA-${kind}`, stock: 20 }))
  const queuedBefore = makeQueuedBeforeUpgrade(till)
  expect(queuedBefore).toBeGreaterThan(0)

  const managerId = await till.addStaff('Mia Manager', 'manager', MANAGER_PIN)
  const cashierId = await till.addStaff('Cal Cashier', 'cashier', CASHIER_PIN)
  const cashier = till.window(2)
  await cashier.unlock(cashierId, CASHIER_PIN)
  const variantId = tea.variants[0]!.id
  const cart = await cashier.ok('cart.addLine', { cartId: (await cashier.ok('cart.current')).id, variantId, quantity: 2 })
  const order = await cashier.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
  await cashier.approved({ staffId: managerId, pin: MANAGER_PIN }).ok('orders.return', {
    orderId: order.id,
    lines: [{ orderLineId: order.lines[0]!.id, quantity: 1, damaged: false }]
  })
  await till.ok('stock.adjust', { variantId, delta: 5, reason: 'received' })
  await till.ok('catalog.updateProduct', { id: tea.id, name: 'Green tea, loose' })

  const outbox = await readOutbox(till.context.db)
  const { tillId } = await till.ok('sync.status')
  await till.ok('sync.configure', { enabled: true, url, token: SHARED })
  await waitUntil('everything to reach the receiver', async () => allSent(await till.ok('sync.status')), 60_000)

  const held = await eventsOf(url, tillId)
  expect(held.map((event) => event.eventId)).toEqual(outbox.map((row) => row.event_id))
  // What was queued before the upgrade went as v1, unchanged; everything after as v2, naming who did it.
  expect(held.map((event) => event.protocol)).toEqual(outbox.map((row) => row.protocol))
  expect(held.slice(0, queuedBefore).every((event) => event.protocol === 1 && !('by' in (event.payload as object)))).toBe(true)
  const v2 = held.slice(queuedBefore)
  expect(v2.length).toBeGreaterThan(0)
  for (const event of v2) {
    expect(event.protocol).toBe(2)
    expect(schemas.validate(EVENT_SCHEMAS[2].payloads[event.type]!, event.payload), `${event.type} seq ${event.seq}`).toEqual([])
  }
  const who = (event: StoredEvent) => {
    const payload = event.payload as { by: unknown; approvedBy: unknown; changes?: string[] }
    return { type: event.type, changes: payload.changes, by: payload.by, approvedBy: payload.approvedBy }
  }
  const cashierSelf = { id: cashierId, name: 'Cal Cashier' }
  const manager = { id: managerId, name: 'Mia Manager' }
  const owner = { id: 'owner', name: 'Olive Owner' }
  expect(v2.filter((event) => event.type === 'order.changed').map(who)).toEqual([
    { type: 'order.changed', changes: ['created'], by: cashierSelf, approvedBy: null },
    { type: 'order.changed', changes: ['return'], by: cashierSelf, approvedBy: manager }
  ])
  const stock = v2.filter((event) => event.type === 'stock.changed').map(who)
  expect(stock.map((event) => [event.by, event.approvedBy])).toEqual([
    [cashierSelf, null],
    [cashierSelf, manager],
    [owner, null]
  ])
  expect(v2.filter((event) => event.type === 'product.changed').map((event) => who(event).by)).toEqual([owner])
}

describe('sync protocol v2: who did it, on every event', () => {
  it('a real receiver on SQLite takes the v1 events queued before the upgrade and the v2 events after, each in its version', async () => {
    await whoDidItReachesTheReceiver('sqlite')
  }, 90_000)

  it.skipIf(!DATABASE_URL)(
    `the same on PostgreSQL${DATABASE_URL ? '' : ` (skipped: ${PG_SKIP_REASON})`}`,
    async () => {
      await whoDidItReachesTheReceiver('postgresql')
    },
    90_000
  )

  it('refuses a v1 payload on /v2 and a v2 payload on /v1, each by its own schemas', async () => {
    const url = await startReceiverProcess('sqlite')
    const till = openTestTill()
    cleanups.push(() => till.cleanup())
    await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'TEA-1', stock: 2 }))
    const { tillId } = await till.ok('sync.status')
    const [row] = await readOutbox(till.context.db)
    const v2 = { eventId: row!.event_id, seq: row!.seq, type: row!.type, occurredAt: new Date(row!.created_at).toISOString(), payload: row!.payload }
    const { by: _by, approvedBy: _approvedBy, ...v1Payload } = row!.payload as Record<string, unknown>
    const post = async (version: 1 | 2, event: unknown) => {
      const response = await fetch(`${url}/v${version}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SHARED}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tillId, events: [event] })
      })
      expect(response.status).toBe(200)
      const answer = await response.json()
      expect(schemas.validate(version === 2 ? 'v2/ack.json' : 'ack.json', answer)).toEqual([])
      return (answer as { acks: Array<{ status: string; reason?: string }> }).acks[0]
    }
    expect(await post(1, v2)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/payload.*by|not allowed/) })
    expect(await post(2, { ...v2, payload: v1Payload })).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/by/) })
    // The old version is still taken: a till not yet upgraded keeps syncing.
    expect(await post(1, { ...v2, payload: v1Payload })).toEqual({ eventId: v2.eventId, status: 'accepted' })
    expect(await post(2, v2)).toEqual({ eventId: v2.eventId, status: 'duplicate' })
  }, 30_000)
})
