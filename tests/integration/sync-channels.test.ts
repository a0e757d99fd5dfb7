import { afterEach, describe, expect, it } from 'vitest'
import type { SecretBox } from '../../src/main/sync/secret-box'
import type { SyncStatus } from '../../src/shared/sync'
import { simpleProduct } from '../support/catalog-fixtures'
import { startFaultProxy } from '../support/fault-proxy'
import { sellAtCounter, takePickup } from '../support/sales'
import { allSent, appendToOutbox, FAST_SYNC, readOutbox, RECEIVER_TOKEN, sleep, startTestReceiver, waitUntil, type TestReceiver } from '../support/sync-harness'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function till(options: { dir?: string; secrets?: SecretBox } = {}): TestTill {
  const opened = openTestTill({
    ...(options.dir ? { dir: options.dir } : {}),
    sync: { ...FAST_SYNC, ...(options.secrets ? { secrets: options.secrets } : {}) }
  })
  cleanups.push(() => opened.cleanup())
  return opened
}

async function receiver(): Promise<TestReceiver> {
  const started = await startTestReceiver('sqlite')
  cleanups.push(() => started.close())
  return started
}

/** Stands in for the OS keychain: reversible, but the stored bytes are not the token. */
const fakeKeychain: SecretBox = {
  available: async () => true,
  encrypt: async (plain) => new Uint8Array(Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`)),
  decrypt: async (blob) =>
    Buffer.from(
      Buffer.from(blob)
        .toString()
        .replace(/^sealed:/, ''),
      'base64'
    ).toString()
}

async function storedToken(shop: TestTill): Promise<string> {
  const row = await shop.context.db.selectFrom('sync_state').select('token').executeTakeFirstOrThrow()
  return Buffer.from(row.token as Uint8Array).toString()
}

describe('sync.status and sync.configure', () => {
  it('start off, with the till id and nothing sent', async () => {
    const shop = till()
    const status = await shop.ok('sync.status')
    expect(status).toMatchObject({ enabled: false, endpoint: '', hasToken: false, phase: 'off', waiting: 0, rejected: 0, lastSuccessAt: null, lastError: null })
  })

  it.each([
    [{ enabled: true }, 'url'],
    [{ enabled: true, url: 'https://sync.example.com' }, 'token'],
    [{ url: 'ftp://sync.example.com' }, 'url'],
    [{ url: 'not a url' }, 'url'],
    [{ url: 'https://user:secret@sync.example.com' }, 'url'],
    [{ token: 'has spaces in it' }, 'token'],
    [{ token: '' }, 'token'],
    [{ token: 'x'.repeat(5000) }, 'token'],
    [{ enabled: 'yes' }, 'enabled'],
    [{ extra: true }, '']
  ])('refuse %j with VALIDATION on %s and change nothing', async (input, path) => {
    const shop = till()
    await shop.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
    const before = await snapshotDatabase(shop)
    const result = await shop.call('sync.configure', input as never)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.issues?.some((issue) => issue.path === path)).toBe(true)
    expect(await snapshotDatabase(shop)).toEqual(before)
    expect((await shop.ok('sync.status')).enabled).toBe(false)
  })

  it('keep the token encrypted when the keychain can, and say so when it cannot', async () => {
    const sealed = till({ secrets: fakeKeychain })
    const status = await sealed.ok('sync.configure', { url: 'https://sync.example.com/', token: 'abc-123' })
    expect(status).toMatchObject({ enabled: false, endpoint: 'https://sync.example.com/', hasToken: true, tokenEncrypted: true })
    expect(await storedToken(sealed)).not.toContain('abc-123')

    const plain = till()
    expect(await plain.ok('sync.configure', { url: 'https://sync.example.com', token: 'abc-123' })).toMatchObject({ hasToken: true, tokenEncrypted: false })
    expect(await plain.ok('sync.configure', { token: null })).toMatchObject({ hasToken: false, tokenEncrypted: false })
  })

  it('sends with the decrypted token, and says in words when the keychain is gone', async () => {
    const server = await receiver()
    const sealed = till({ secrets: fakeKeychain })
    await sealed.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
    await sealed.ok('sync.configure', { enabled: true, url: server.url, token: RECEIVER_TOKEN })
    await waitUntil('the product to arrive', async () => allSent(await sealed.ok('sync.status')), 10_000)
    await sealed.ok('stock.adjust', { variantId: 1, delta: 1, reason: 'received' })
    await sealed.close()
    cleanups.pop()

    const elsewhere = till({ dir: sealed.dir })
    await waitUntil('the token problem to be reported', async () => (await elsewhere.ok('sync.status')).phase === 'failing', 10_000)
    const status = await elsewhere.ok('sync.status')
    expect(status.lastError).toMatch(/keychain.*Enter the token again in Settings → Sync/)
    expect(status.waiting).toBe(1)
    const fixed = await elsewhere.ok('sync.configure', { token: RECEIVER_TOKEN })
    expect(fixed.lastError).toBeNull()
    await waitUntil('the queue to drain with the new token', async () => allSent(await elsewhere.ok('sync.status')), 10_000)
  })

  it('report a refused token in words and mark nothing sent', async () => {
    const server = await receiver()
    const shop = till()
    await shop.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
    await shop.ok('sync.configure', { enabled: true, url: server.url, token: 'wrong-token' })
    await waitUntil('the refusal', async () => (await shop.ok('sync.status')).phase === 'failing', 10_000)
    const status = await shop.ok('sync.status')
    expect(status.lastError).toMatch(/refused the token \(HTTP 401\)\. Check the token in Settings → Sync/)
    expect((await readOutbox(shop.context.db)).every((row) => row.state === 'pending')).toBe(true)
    expect(await server.eventsOf(status.tillId)).toEqual([])
  })
})

describe('sync off, then on', () => {
  it('sends nothing while off, keeps everything, and sends the whole history once turned on', async () => {
    const server = await receiver()
    const proxy = await startFaultProxy({ targetPort: server.port, choose: () => 'pass', delayMs: 0, maxRequests: 100 })
    cleanups.push(() => proxy.close())
    const shop = till()
    const events = shop.recordEvents()
    await shop.ok('sync.configure', { url: proxy.url, token: RECEIVER_TOKEN })
    const tea = await shop.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', stock: 5 }))
    await sellAtCounter(shop, [{ variantId: tea.variants[0]?.id as number }])
    await sleep(300)
    expect(proxy.requests).toBe(0)
    const waiting = (await readOutbox(shop.context.db)).length
    expect(await shop.ok('sync.status')).toMatchObject({ phase: 'off', waiting })
    // While sync is off, commits do not announce sync.changed: only the configure did.
    expect(events.filter((event) => event.name === 'sync.changed')).toHaveLength(1)

    await shop.ok('sync.configure', { enabled: true })
    await waitUntil('the history to arrive', async () => allSent(await shop.ok('sync.status')), 10_000)
    expect((await server.eventsOf((await shop.ok('sync.status')).tillId)).map((event) => event.seq)).toEqual(
      Array.from({ length: waiting }, (_, index) => index + 1)
    )
    const announced = events.filter((event) => event.name === 'sync.changed').map((event) => (event.payload as { status: SyncStatus }).status)
    expect(announced.at(-1)).toMatchObject({ phase: 'synced', waiting: 0 })
  })
})

describe('sync.now', () => {
  it('is refused while sync is off', async () => {
    const shop = till()
    const result = await shop.call('sync.now')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatchObject({ code: 'SYNC_FAILED', message: 'Sync is off. Turn it on in Settings → Sync first.' })
  })

  it('pushes at once, past a retry delay, and answers with the status after the attempt', async () => {
    const server = await receiver()
    const shop = openTestTill({ sync: { ...FAST_SYNC, backoff: { baseMs: 60_000, maxMs: 60_000 }, random: () => 0.99 } })
    cleanups.push(() => shop.cleanup())
    await shop.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
    await server.stop()
    await shop.ok('sync.configure', { enabled: true, url: server.url, token: RECEIVER_TOKEN })
    await waitUntil('the failure', async () => (await shop.ok('sync.status')).phase === 'offline', 10_000)
    const failed = await shop.ok('sync.status')
    // Full jitter with the injected random source: 0.99 of the 60 s cap.
    expect((failed.nextAttemptAt as number) - (failed.lastErrorAt as number)).toBe(Math.floor(0.99 * 60_000))
    await server.restart()
    const status = await shop.ok('sync.now')
    expect(status).toMatchObject({ phase: 'synced', waiting: 0, lastError: null, nextAttemptAt: null })
  })
})

describe('rejected events', () => {
  it('are set aside with the reason, do not hold the queue, and can be retried or dismissed', async () => {
    const server = await receiver()
    const shop = till()
    await shop.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', stock: 1 }))
    await appendToOutbox(shop, [{ type: 'loyalty.points', payload: { points: 5 } }])
    await shop.ok('stock.adjust', { variantId: 1, delta: 1, reason: 'received' })
    await shop.ok('sync.configure', { enabled: true, url: server.url, token: RECEIVER_TOKEN })
    const status = await shop.ok('sync.now')
    expect(status).toMatchObject({ waiting: 0, rejected: 1, lastError: null })
    const held = await server.eventsOf(status.tillId)
    expect(held.map((event) => event.type)).not.toContain('loyalty.points')
    expect(held.at(-1)?.type).toBe('stock.changed')

    const [rejected] = await shop.ok('sync.rejected')
    expect(rejected).toMatchObject({ type: 'loyalty.points', subject: 'loyalty.points', attempts: 1, seq: 3 })
    expect(rejected?.reason).toBe('Unknown event type "loyalty.points" (this receiver speaks sync v1 and v2).')
    expect(await shop.ok('sync.rejected', { afterSeq: 3 })).toEqual([])
    const eventId = rejected?.eventId as string

    const retried = await shop.ok('sync.retryRejected', { eventIds: [eventId] })
    expect(retried.changed).toBe(1)
    await shop.ok('sync.now')
    expect((await shop.ok('sync.rejected'))[0]).toMatchObject({ eventId, attempts: 2 })

    const dismissed = await shop.ok('sync.dismissRejected', { eventIds: [eventId] })
    expect(dismissed).toMatchObject({ changed: 1, status: { rejected: 0 } })
    expect(await shop.ok('sync.rejected')).toEqual([])
    expect(await shop.ok('sync.dismissRejected', { eventIds: [eventId] })).toMatchObject({ changed: 0 })
    expect(await shop.ok('sync.retryRejected', { eventIds: ['019cadc6-9a80-7775-81e8-3f35f0f1eb84'] })).toMatchObject({ changed: 0 })
  })

  it.each([
    ['sync.retryRejected', { eventIds: [] }],
    ['sync.retryRejected', { eventIds: ['not-a-uuid'] }],
    ['sync.dismissRejected', {}],
    ['sync.rejected', { limit: 0 }],
    ['sync.rejected', { afterSeq: -1 }],
    ['sync.orderStates', { orderIds: [] }],
    ['sync.orderStates', { orderIds: [1.5] }]
  ] as const)('%s refuses %j with VALIDATION', async (channel, input) => {
    const shop = till()
    const result = await shop.call(channel, input as never)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('VALIDATION')
  })
})

describe('sync.orderStates', () => {
  it('tells the Orders screen which orders reached head office', async () => {
    const server = await receiver()
    const shop = till()
    const tea = await shop.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', stock: 10 }))
    const variantId = tea.variants[0]?.id as number
    const sold = await sellAtCounter(shop, [{ variantId }])
    await shop.ok('sync.configure', { enabled: true, url: server.url, token: RECEIVER_TOKEN })
    await shop.ok('sync.now')
    const pickup = await takePickup(shop, [{ variantId }])
    await shop.ok('sync.configure', { enabled: false })
    await shop.ok('orders.setStatus', { orderId: pickup.id, status: 'confirmed' })
    await shop.context.db.updateTable('outbox').set({ state: 'rejected', last_error: 'no' }).where('order_id', '=', sold.id).execute()

    expect(await shop.ok('sync.orderStates', { orderIds: [sold.id, pickup.id, 999] })).toEqual([
      { orderId: sold.id, state: 'rejected' },
      { orderId: pickup.id, state: 'pending' },
      { orderId: 999, state: 'none' }
    ])
    await shop.ok('sync.configure', { enabled: true })
    await shop.ok('sync.now')
    expect(await shop.ok('sync.orderStates', { orderIds: [pickup.id] })).toEqual([{ orderId: pickup.id, state: 'sent' }])
  })
})
