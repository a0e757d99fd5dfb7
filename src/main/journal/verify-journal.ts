import type BetterSqlite3 from 'better-sqlite3'
import { setImmediate as turn } from 'node:timers/promises'
import type { JournalProblem, JournalProgress, JournalVerdict } from '../../shared/journal'
import type { JournalTable } from '../db/tables/journal.table'
import { canonicalJson } from './canonical-json'
import { amount } from './entry-words'
import { entryHash, GENESIS_PREVIOUS, orderDigest, parseOrderRefs } from './journal-entry'
import { verifySalesChain } from './verify-sales-chain'
import { storedOrdersAfter, storedOrdersWithIds, type StoredOrder } from './stored-orders'

const CHAIN_CHUNK = 500
const MONEY_FIELDS = new Set([
  'subtotal',
  'lineDiscountTotal',
  'promotionDiscountTotal',
  'orderDiscountTotal',
  'couponDiscountTotal',
  'taxTotal',
  'total',
  'paidTotal',
  'refundedTotal'
])
/** How long verify keeps the thread before letting other work run. */
const SLICE_MS = 12
const ORDER_CHUNK = 500

type EntryRow = JournalTable

export interface VerifyOptions {
  onProgress?: (progress: JournalProgress) => void
  /** Called between chunks, so a caller on the main thread lets other work run (default: a macrotask turn). */
  pause?: () => Promise<unknown>
}

/**
 * Walks the whole chain on its own read connection, a chunk at a time: every entry's sequence,
 * link and hash; then every stored order against the last state the journal holds of it. Answers
 * "intact" or the first entry (or order) that breaks and what differs.
 */
export async function verifyJournal(sqlite: BetterSqlite3.Database, options: VerifyOptions = {}): Promise<JournalVerdict> {
  const pause = options.pause ?? (() => turn())
  const started = performance.now()
  const read = sqlite.prepare('SELECT * FROM journal WHERE seq > ? ORDER BY seq LIMIT ?')
  const total = (sqlite.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n
  const latest = new Map<number, { digest: string; seq: number }>()
  let expected = 1
  let previous = GENESIS_PREVIOUS
  let first: EntryRow | null = null
  let last: EntryRow | null = null
  let inherited = { lastOrderId: 0, orders: 0 }
  let sliceStart = performance.now()
  for (;;) {
    const rows = read.all(expected - 1, CHAIN_CHUNK) as EntryRow[]
    if (rows.length === 0) break
    for (const row of rows) {
      const problem = checkEntry(row, expected, previous)
      if (problem) return broken(problem, expected - 1, first, last, started)
      if (row.seq === 1) inherited = genesisSummary(row)
      for (const ref of parseOrderRefs(row.orders)) latest.set(ref.id, { digest: ref.digest, seq: row.seq })
      first ??= row
      last = row
      previous = row.hash
      expected += 1
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      options.onProgress?.({ phase: 'chain', done: expected - 1, total })
      await pause()
      sliceStart = performance.now()
    }
  }
  options.onProgress?.({ phase: 'chain', done: expected - 1, total })
  const checkedEntries = expected - 1
  const before = (sqlite.prepare('SELECT count(*) AS n FROM orders WHERE id <= ?').get(inherited.lastOrderId) as { n: number }).n
  if (before !== inherited.orders) {
    const problem: JournalProblem = {
      seq: 1,
      kind: 'order-deleted',
      message: `The journal began with ${inherited.orders} orders on the till; ${before} of them are left.`
    }
    return broken(problem, checkedEntries, first, last, started)
  }
  const orderProblem = await checkOrders(sqlite, latest, inherited.lastOrderId, options, pause)
  if (orderProblem) return broken(orderProblem, checkedEntries, first, last, started)
  const sales = await verifySalesChain(sqlite, pause)
  if ('kind' in sales) return broken(sales, checkedEntries, first, last, started)
  return {
    intact: true,
    entries: checkedEntries,
    orders: latest.size,
    sales: sales.links,
    salesHead: sales.head,
    from: first?.at ?? null,
    to: last?.at ?? null,
    head: last?.hash ?? null,
    seconds: (performance.now() - started) / 1000
  }
}

function checkEntry(row: EntryRow, expected: number, previous: string): JournalProblem | null {
  if (row.seq !== expected) {
    return { seq: expected, kind: 'missing', message: `Entry ${expected} is missing: the journal goes on at entry ${row.seq}.` }
  }
  if (row.prev_hash !== previous) {
    return { seq: row.seq, kind: 'link', message: `Entry ${row.seq} does not link to entry ${row.seq - 1}: one of them was replaced or moved.` }
  }
  let hash: string
  try {
    hash = entryHash(row.formula, row.prev_hash, headOf(row), row.body)
  } catch {
    return { seq: row.seq, kind: 'formula', message: `Entry ${row.seq} names hash formula ${row.formula}, which this version does not know.` }
  }
  if (hash !== row.hash) {
    return {
      seq: row.seq,
      kind: 'hash',
      message: `Entry ${row.seq} (${row.command}) was changed after it was written: its hash no longer matches its contents.`
    }
  }
  return null
}

function headOf(row: EntryRow) {
  return {
    seq: row.seq,
    at: row.at,
    tillId: row.till_id,
    command: row.command,
    staffId: row.staff_id,
    approverId: row.approver_id,
    orders: row.orders
  }
}

/** Orders up to the genesis entry's last order were there before the journal: it summarizes them. */
function genesisSummary(row: EntryRow): { lastOrderId: number; orders: number } {
  if (row.command !== 'journal.genesis') return { lastOrderId: 0, orders: 0 }
  const data = JSON.parse(row.body) as { summary?: { lastOrderId?: number; orders?: number } }
  return { lastOrderId: data.summary?.lastOrderId ?? 0, orders: data.summary?.orders ?? 0 }
}

/**
 * Every order after the genesis entry's last order, and every older one the journal has recorded
 * a change of, must equal the journal's last copy of it; an order the journal recorded must exist.
 */
async function checkOrders(
  sqlite: BetterSqlite3.Database,
  latest: Map<number, { digest: string; seq: number }>,
  inheritedUpTo: number,
  options: VerifyOptions,
  pause: () => Promise<unknown>
): Promise<JournalProblem | null> {
  const total = (sqlite.prepare('SELECT count(*) AS n FROM orders WHERE id > ?').get(inheritedUpTo) as { n: number }).n
  const seen = new Set<number>()
  const compare = (chunk: StoredOrder[]): JournalProblem | null => {
    for (const { id, number, snapshot } of chunk) {
      seen.add(id)
      const journaled = latest.get(id)
      if (!journaled) {
        return {
          seq: null,
          orderId: id,
          kind: 'order-unrecorded',
          message: `Order ${number} is in the database but in no journal entry: it was added outside Tillpoint.`
        }
      }
      if (orderDigest(canonicalJson(snapshot)) !== journaled.digest) {
        return {
          seq: journaled.seq,
          orderId: id,
          kind: 'order-changed',
          message: `Order ${number} differs from its last journal entry (${journaled.seq}): ${describeDifference(sqlite, journaled.seq, id, snapshot)}.`
        }
      }
    }
    return null
  }
  const inherited = [...latest.keys()].filter((id) => id <= inheritedUpTo).sort((a, b) => a - b)
  for (let start = 0; start < inherited.length; start += ORDER_CHUNK) {
    const problem = compare(storedOrdersWithIds(sqlite, inherited.slice(start, start + ORDER_CHUNK)))
    if (problem) return problem
    await pause()
  }
  let after = inheritedUpTo
  let done = 0
  for (;;) {
    const chunk = storedOrdersAfter(sqlite, after, ORDER_CHUNK)
    if (chunk.length === 0) break
    const problem = compare(chunk)
    if (problem) return problem
    after = chunk[chunk.length - 1]!.id
    done += chunk.length
    options.onProgress?.({ phase: 'orders', done, total })
    await pause()
  }
  for (const [id, { seq }] of latest) {
    if (!seen.has(id))
      return { seq, orderId: id, kind: 'order-deleted', message: `Order ${id}, recorded in journal entry ${seq}, was deleted from the database.` }
  }
  return null
}

/** Names the first fields where the stored order and the journal's copy of it part. */
function describeDifference(sqlite: BetterSqlite3.Database, seq: number, orderId: number, stored: Record<string, unknown>): string {
  const row = sqlite.prepare('SELECT body FROM journal WHERE seq = ?').get(seq) as { body: string } | undefined
  const data = row ? (JSON.parse(row.body) as { orders?: Array<Record<string, unknown>> }) : {}
  const journaled = data.orders?.find((order) => order.id === orderId)
  if (!journaled) return 'the journal entry holds no copy of it'
  const differences: string[] = []
  for (const key of Object.keys(stored)) {
    const now = canonicalJson(stored[key])
    const then = canonicalJson(journaled[key])
    if (now === then) continue
    if (Array.isArray(stored[key])) differences.push(`${key} differ`)
    else if (MONEY_FIELDS.has(key) && typeof stored[key] === 'number' && typeof journaled[key] === 'number') {
      const currency = String(stored.currency)
      differences.push(`${key} was ${amount(journaled[key], currency)}, is now ${amount(stored[key], currency)}`)
    } else differences.push(`${key} was ${then}, is now ${now}`)
    if (differences.length === 3) break
  }
  return differences.join('; ') || 'its contents differ'
}

function broken(problem: JournalProblem, checked: number, first: EntryRow | null, last: EntryRow | null, started: number): JournalVerdict {
  return {
    intact: false,
    entries: checked,
    from: first?.at ?? null,
    to: last?.at ?? null,
    problem,
    seconds: (performance.now() - started) / 1000
  }
}
