import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JournalChainStatus } from '../../src/shared/journal-sync'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'
import {
  ADMIN_TOKEN,
  allSent,
  DATABASE_URL,
  FAST_SYNC,
  PG_SKIP_REASON,
  RECEIVER_TOKEN,
  startTestReceiver,
  waitUntil,
  type StoreKind,
  type TestReceiver
} from '../support/sync-harness'
import { openTestTill, type TestTill } from '../support/test-till'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function receiverOf(kind: StoreKind): Promise<TestReceiver> {
  const receiver = await startTestReceiver(kind)
  cleanups.push(() => receiver.close())
  return receiver
}

async function syncingTill(receiver: TestReceiver, dir?: string): Promise<{ till: TestTill; tillId: string; variants: SeededVariant[] }> {
  const till = openTestTill({ sync: FAST_SYNC, ...(dir ? { dir } : {}) })
  cleanups.push(() => till.cleanup())
  const variants = dir ? [] : await seedProducts(till.context, [{ name: 'Oat milk', price: 180, stock: 500, taxRateBp: 700 }])
  const { tillId } = await till.ok('sync.configure', { enabled: true, url: receiver.url, token: RECEIVER_TOKEN })
  return { till, tillId, variants }
}

async function journalStatusOf(receiver: TestReceiver, tillId: string, token = ADMIN_TOKEN): Promise<{ status: number; body: JournalChainStatus }> {
  const response = await fetch(`${receiver.url}/v1/tills/${tillId}/journal/status`, { headers: { authorization: `Bearer ${token}` } })
  return { status: response.status, body: (await response.json()) as JournalChainStatus }
}

const journalLastAt = (till: TestTill) => (till.sqlite.prepare('SELECT max(at) AS at FROM journal').get() as { at: number }).at
const journalHead = (till: TestTill) => till.sqlite.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string }

async function synced(till: TestTill): Promise<void> {
  await waitUntil('the events and the journal to reach the receiver', async () => allSent(await till.ok('sync.now')), 15_000)
}

async function aFewSales(till: TestTill, variantId: number, count: number): Promise<void> {
  for (let sale = 0; sale < count; sale++) {
    const order = await sellAtCounter(till, [{ variantId, quantity: 1 + (sale % 3) }])
    if (sale % 2 === 0) await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] })
  }
}

function journalSync(kind: StoreKind): void {
  it('sends the whole journal; the receiver checks every link as it arrives and says intact', async () => {
    const receiver = await receiverOf(kind)
    const { till, tillId, variants } = await syncingTill(receiver)
    await aFewSales(till, variants[0]!.variantId, 6)
    await synced(till)
    const head = journalHead(till)
    const { status, body } = await journalStatusOf(receiver, tillId)
    expect(status).toBe(200)
    expect(body).toEqual({ tillId, state: 'intact', entries: head.seq, lastSeq: head.seq, lastHash: head.hash, lastAt: journalLastAt(till), firstBreak: null })
    expect((await till.ok('sync.status')).journal).toMatchObject({ waiting: 0, heldThrough: head.seq, receiverState: 'intact', receiverBreak: null })
    // More sales later go on from where the receiver's head is.
    await aFewSales(till, variants[0]!.variantId, 2)
    await synced(till)
    expect((await journalStatusOf(receiver, tillId)).body).toMatchObject({ state: 'intact', lastSeq: journalHead(till).seq })
  })

  it('names the first entry changed on the till before it was sent, and keeps naming it', async () => {
    const receiver = await receiverOf(kind)
    const { till, tillId, variants } = await syncingTill(receiver)
    await aFewSales(till, variants[0]!.variantId, 2)
    await synced(till)
    const sentThrough = journalHead(till).seq
    await till.ok('sync.configure', { enabled: false })
    await aFewSales(till, variants[0]!.variantId, 3)
    // An order's total rewritten (a leading 1 on every "total") in an entry not yet sent.
    const { seq: changed } = till.sqlite
      .prepare(`SELECT seq FROM journal WHERE seq > ? AND body LIKE '%"total":%' ORDER BY seq LIMIT 1 OFFSET 1`)
      .get(sentThrough) as { seq: number }
    till.sqlite.exec('DROP TRIGGER journal_no_update')
    till.sqlite.prepare(`UPDATE journal SET body = replace(body, '"total":', '"total":1') WHERE seq = ?`).run(changed)
    await till.ok('sync.configure', { enabled: true, url: receiver.url, token: RECEIVER_TOKEN })
    await synced(till)
    const { body } = await journalStatusOf(receiver, tillId)
    expect(body.state).toBe('broken')
    expect(body.firstBreak).toMatchObject({
      seq: changed,
      reason: `Entry ${changed} does not hash to the hash it carries: its content was changed after it was written.`
    })
    const own = (await till.ok('sync.status')).journal
    expect(own).toMatchObject({ receiverState: 'broken', receiverBreak: { seq: body.firstBreak?.seq } })
    // A good entry after it never hides the break.
    await aFewSales(till, variants[0]!.variantId, 1)
    await synced(till)
    expect((await journalStatusOf(receiver, tillId)).body.firstBreak).toEqual(body.firstBreak)
  })

  it('sends the journal again from the start to a receiver that lost it, and the chain holds', async () => {
    const first = await receiverOf(kind)
    const { till, tillId, variants } = await syncingTill(first)
    await aFewSales(till, variants[0]!.variantId, 3)
    await synced(till)
    const fresh = await receiverOf(kind)
    await till.ok('sync.configure', { enabled: true, url: fresh.url, token: RECEIVER_TOKEN })
    await aFewSales(till, variants[0]!.variantId, 1)
    await synced(till)
    const head = journalHead(till)
    expect((await journalStatusOf(fresh, tillId)).body).toMatchObject({ state: 'intact', entries: head.seq, lastHash: head.hash })
  })

  it('a till restored from an older copy that sells again is reported: its entries differ from those held', async () => {
    const receiver = await receiverOf(kind)
    const { till, tillId, variants } = await syncingTill(receiver)
    await aFewSales(till, variants[0]!.variantId, 2)
    await synced(till)
    const copyDir = mkdtempSync(join(tmpdir(), 'tillpoint-restored-'))
    cleanups.push(() => rmSync(copyDir, { recursive: true, force: true }))
    till.sqlite.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    copyFileSync(join(till.dir, 'till.sqlite'), join(copyDir, 'till.sqlite'))
    const copiedThrough = journalHead(till).seq
    await aFewSales(till, variants[0]!.variantId, 2)
    await synced(till)
    await till.close()

    const restored = openTestTill({ sync: FAST_SYNC, dir: copyDir })
    cleanups.push(() => restored.cleanup())
    await sellAtCounter(restored, [{ variantId: variants[0]!.variantId, quantity: 5 }])
    await restored.ok('sync.now')
    await waitUntil('the receiver to answer the restored till', async () => (await restored.ok('sync.status')).journal.receiverState === 'broken', 15_000)
    const { body } = await journalStatusOf(receiver, tillId)
    expect(body.state).toBe('broken')
    // Entries that came out the same (same command at the same clock) are the same history; the first that differs is named.
    expect(body.firstBreak?.seq).toBeGreaterThan(copiedThrough)
    expect(body.firstBreak?.reason).toMatch(/^Entry \d+ arrived again with other content/)
  })
}

describe('the journal through sync (SQLite receiver)', () => journalSync('sqlite'))
describe.skipIf(!DATABASE_URL)(`the journal through sync (PostgreSQL receiver)${DATABASE_URL ? '' : `: ${PG_SKIP_REASON}`}`, () => journalSync('postgresql'))

describe('who may send and read a journal', () => {
  const entry = (seq: number) => ({
    seq,
    formula: 1,
    at: 1_700_000_000_000,
    tillId: 'x',
    command: 'cart.checkout',
    staffId: null,
    approverId: null,
    orders: '',
    body: '{}',
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64)
  })
  const post = (receiver: TestReceiver, tillId: string, token: string, body: unknown) =>
    fetch(`${receiver.url}/v1/tills/${tillId}/journal`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })

  it('refuses head office pushing, malformed and gapped batches, and stores nothing of them', async () => {
    const receiver = await receiverOf('sqlite')
    const tillId = '0190a0b0-0000-7000-8000-000000000001'
    const cases: Array<[string, unknown, number, RegExp]> = [
      [ADMIN_TOKEN, { entries: [entry(1)] }, 403, /Head office's token reads and enrols/],
      [RECEIVER_TOKEN, { entries: [] }, 400, /Invalid journal batch/],
      [RECEIVER_TOKEN, { entries: [{ ...entry(1), hash: 'not-a-hash' }] }, 400, /Invalid journal batch/],
      [RECEIVER_TOKEN, { entries: [{ ...entry(1), extra: 1 }] }, 400, /Invalid journal batch/],
      [RECEIVER_TOKEN, { entries: [entry(1), entry(3)] }, 400, /follow each other by seq/],
      [RECEIVER_TOKEN, [entry(1)], 400, /Invalid journal batch/]
    ]
    for (const [token, body, status, words] of cases) {
      const response = await post(receiver, tillId, token, body)
      expect(response.status).toBe(status)
      expect(((await response.json()) as { error: string }).error).toMatch(words)
    }
    expect((await journalStatusOf(receiver, tillId)).body).toMatchObject({ state: 'empty', entries: 0 })
  })

  it("a till's own secret pushes and reads only its own journal", async () => {
    const receiver = await receiverOf('sqlite')
    const mine = '0190a0b0-0000-7000-8000-000000000002'
    const other = '0190a0b0-0000-7000-8000-000000000003'
    const enrolled = await fetch(`${receiver.url}/v1/tills/${mine}/enrolment`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    const { secret } = (await enrolled.json()) as { secret: string }
    expect((await post(receiver, other, secret, { entries: [entry(1)] })).status).toBe(403)
    expect((await journalStatusOf(receiver, other, secret)).status).toBe(403)
    expect((await post(receiver, mine, RECEIVER_TOKEN, { entries: [entry(1)] })).status).toBe(403)
    const own = await post(receiver, mine, secret, { entries: [{ ...entry(1), tillId: mine }] })
    expect(own.status).toBe(200)
    // Its hash is made up: stored as evidence, and named as the break.
    expect(((await own.json()) as { status: JournalChainStatus }).status).toMatchObject({ state: 'broken', entries: 1, firstBreak: { seq: 1 } })
    expect((await journalStatusOf(receiver, mine, secret)).body.state).toBe('broken')
  })
})
