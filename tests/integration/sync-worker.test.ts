import { afterEach, describe, expect, it } from 'vitest'
import type { FetchLike } from '../../src/main/sync/push'
import type { EventBatch } from '../../src/shared/sync-protocol'
import { simpleProduct } from '../support/catalog-fixtures'
import { allSent, appendStockEvents, memoryJournal, FAST_SYNC, readOutbox, waitUntil } from '../support/sync-harness'
import { openTestTill, type TestTill } from '../support/test-till'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A receiver in a function: records each batch and answers with what `reply` decides. */
function stubReceiver(reply: (batch: EventBatch) => { status: number; body: unknown }): { fetch: FetchLike; batches: EventBatch[] } {
  const batches: EventBatch[] = []
  const journal = memoryJournal()
  return {
    batches,
    fetch: async (url, init) => {
      const journalAnswer = journal.answer(url, init.body as string)
      if (journalAnswer) return journalAnswer
      const batch = JSON.parse(init.body as string) as EventBatch
      batches.push(batch)
      const { status, body } = reply(batch)
      return new Response(JSON.stringify(body), { status })
    }
  }
}

async function tillWithEvents(fetch: FetchLike, count: number, batchSize: number): Promise<TestTill> {
  const till = openTestTill({ sync: { ...FAST_SYNC, fetch, batchSize } })
  cleanups.push(() => till.cleanup())
  const tea = await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
  await appendStockEvents(till, { id: tea.variants[0]?.id as number, productId: tea.id, sku: 'TEA' }, count)
  return till
}

const acceptAll = (batch: EventBatch) => ({ status: 200, body: { acks: batch.events.map((event) => ({ eventId: event.eventId, status: 'accepted' })) } })

describe('the sync worker', () => {
  it('to a receiver older than the journal (404 on its path) sends the events, keeps the journal, and says so', async () => {
    const requests: string[] = []
    const fetch: FetchLike = async (url, init) => {
      requests.push(url)
      if (url.endsWith('/journal')) return new Response(JSON.stringify({ error: 'Not found.' }), { status: 404 })
      return new Response(JSON.stringify(acceptAll(JSON.parse(init.body as string) as EventBatch).body), { status: 200 })
    }
    const till = await tillWithEvents(fetch, 5, 50)
    await till.ok('sync.configure', { enabled: true, url: 'https://sync.example.com', token: 'tok-123' })
    await waitUntil('the events to be sent', async () => (await till.ok('sync.now')).waiting === 0, 5_000)
    const status = await till.ok('sync.now')
    expect(status).toMatchObject({ phase: 'synced', lastError: null, journal: { receiverTakesJournal: false, heldThrough: 0 } })
    expect(status.journal.waiting).toBeGreaterThan(0)
    // Asked once, then left alone for an hour: not on every push.
    expect(requests.filter((url) => url.endsWith('/journal'))).toHaveLength(1)
  })

  it('halves its batches when the server says they are too large', async () => {
    const receiver = stubReceiver((batch) => (batch.events.length > 12 ? { status: 413, body: {} } : acceptAll(batch)))
    const till = await tillWithEvents(receiver.fetch, 60, 50)
    await till.ok('sync.configure', { enabled: true, url: 'https://sync.example.com', token: 'tok-123' })
    await waitUntil('everything to be sent in smaller batches', async () => allSent(await till.ok('sync.status')), 10_000)
    const sizes = receiver.batches.map((batch) => batch.events.length)
    expect(sizes.slice(0, 3)).toEqual([50, 25, 12])
    expect(sizes.slice(3).every((size) => size <= 12)).toBe(true)
    const sentSeqs = receiver.batches.filter((batch) => batch.events.length <= 12).flatMap((batch) => batch.events.map((event) => event.seq))
    expect(sentSeqs).toEqual((await readOutbox(till.context.db)).map((row) => row.seq))
  })

  it('keeps events the receiver did not acknowledge and sends them again', async () => {
    // This receiver only ever acknowledges the first half of what it is sent.
    const receiver = stubReceiver((batch) => {
      const firstHalf = batch.events.slice(0, Math.ceil(batch.events.length / 2))
      return { status: 200, body: { acks: firstHalf.map((event) => ({ eventId: event.eventId, status: 'duplicate' })) } }
    })
    const till = await tillWithEvents(receiver.fetch, 20, 8)
    await till.ok('sync.configure', { enabled: true, url: 'https://sync.example.com', token: 'tok-123' })
    await waitUntil('every event to be acknowledged at last', async () => allSent(await till.ok('sync.status')), 10_000)
    const rows = await readOutbox(till.context.db)
    expect(rows.every((row) => row.state === 'sent')).toBe(true)
    expect(Math.max(...rows.map((row) => row.attempts))).toBeGreaterThan(1)
    expect(receiver.batches[1]?.events[0]?.seq).toBe(5)
  })

  it('sends a sale soon after it commits, without waiting for the next poll', async () => {
    const receiver = stubReceiver(acceptAll)
    const till = openTestTill({ sync: { ...FAST_SYNC, fetch: receiver.fetch, pollMs: 600_000, nudgeDelayMs: 20 } })
    cleanups.push(() => till.cleanup())
    const tea = await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
    await till.ok('sync.configure', { enabled: true, url: 'https://sync.example.com', token: 'tok-123' })
    await waitUntil('the product to be sent', async () => (await till.ok('sync.status')).phase === 'synced', 5_000)
    const batchesBefore = receiver.batches.length
    await till.ok('stock.adjust', { variantId: tea.variants[0]?.id as number, delta: 3, reason: 'received' })
    await waitUntil('the sale to be sent', async () => allSent(await till.ok('sync.status')), 2_000)
    expect(receiver.batches.slice(batchesBefore).map((batch) => batch.events.map((event) => event.type))).toEqual([['stock.changed']])
  })

  it('empties the payloads of events sent more than 30 days ago, keeping their rows and the rest', async () => {
    const receiver = stubReceiver(acceptAll)
    const till = await tillWithEvents(receiver.fetch, 5, 50)
    await till.ok('sync.configure', { enabled: true, url: 'https://sync.example.com', token: 'tok-123' })
    await waitUntil('the first events to be sent', async () => allSent(await till.ok('sync.status')), 5_000)
    const oldCount = (await readOutbox(till.context.db)).length
    till.clock.advance(31 * 24 * 60 * 60 * 1000)
    await till.ok('stock.adjust', { variantId: 1, delta: 1, reason: 'received' })
    await waitUntil(
      'the old payloads to be emptied',
      async () => (await readOutbox(till.context.db)).slice(0, oldCount).every((row) => JSON.stringify(row.payload) === '{}'),
      5_000
    )
    const rows = await readOutbox(till.context.db)
    expect(rows).toHaveLength(oldCount + 1)
    expect(rows.every((row) => row.state === 'sent')).toBe(true)
    expect(rows.at(-1)?.payload).toMatchObject({ variants: [{ variantId: 1 }] })
  })

  it('treats acknowledgements for none of the sent events as a failure, not as progress', async () => {
    const receiver = stubReceiver(() => ({ status: 200, body: { acks: [{ eventId: 'someone-else', status: 'accepted' }] } }))
    const till = await tillWithEvents(receiver.fetch, 3, 10)
    await till.ok('sync.configure', { enabled: true, url: 'https://sync.example.com', token: 'tok-123' })
    await waitUntil('the failure', async () => (await till.ok('sync.status')).phase === 'failing', 10_000)
    expect((await till.ok('sync.status')).lastError).toMatch(/acknowledged none of the events/)
    expect((await readOutbox(till.context.db)).every((row) => row.state === 'pending')).toBe(true)
  })
})
