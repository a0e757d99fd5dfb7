import type { SqlRunner } from '../db/statement-cache'
import { canonicalJson } from './canonical-json'
import { entryHash, formatOrderRefs, GENESIS_PREVIOUS, JOURNAL_FORMULA } from './journal-entry'

// Hot path (every sale): fixed statements run through the command's synchronous runner.
const HEAD_READ = 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1'
const TILL_READ = 'SELECT till_id FROM sync_state WHERE id = 1'
const ENTRY_INSERT =
  'INSERT INTO journal (seq, formula, at, till_id, command, staff_id, approver_id, orders, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
const ORDER_INDEX_INSERT = 'INSERT INTO journal_orders (order_id, seq) VALUES (?, ?)'

export interface NewJournalEntry {
  at: number
  command: string
  staffId: string | null
  approverId: string | null
  orders: ReadonlyArray<{ id: number; digest: string }>
  data: unknown
  /** Texts of objects inside `data` already written (see canonicalJson). */
  written?: ReadonlyMap<object, string>
}

/**
 * Appends one entry after the chain's head, inside the caller's transaction: its sequence number
 * follows the head's without a gap and its hash links to the head's, so a rolled-back command
 * leaves no entry and a committed one is always linked.
 */
export function appendJournalEntry(sql: SqlRunner, entry: NewJournalEntry): { seq: number; hash: string } {
  const [head] = sql.all<{ seq: number; hash: string }>(HEAD_READ)
  const [till] = sql.all<{ till_id: string }>(TILL_READ)
  const seq = (head?.seq ?? 0) + 1
  const prevHash = head?.hash ?? GENESIS_PREVIOUS
  const orders = formatOrderRefs(entry.orders)
  const body = canonicalJson(entry.data, entry.written)
  const tillId = till?.till_id ?? ''
  const hash = entryHash(
    JOURNAL_FORMULA,
    prevHash,
    { seq, at: entry.at, tillId, command: entry.command, staffId: entry.staffId, approverId: entry.approverId, orders },
    body
  )
  sql.run(ENTRY_INSERT, [seq, JOURNAL_FORMULA, entry.at, tillId, entry.command, entry.staffId, entry.approverId, orders, body, prevHash, hash])
  for (const order of entry.orders) sql.run(ORDER_INDEX_INSERT, [order.id, seq])
  return { seq, hash }
}
