import type { JournalChainState } from '../../../shared/journal-sync'

export interface JournalTable {
  seq: number
  formula: number
  at: number
  till_id: string
  command: string
  staff_id: string | null
  approver_id: string | null
  /** `id:digest` of each order the entry left changed, space-separated. */
  orders: string
  /** The entry's data as canonical JSON (src/main/journal/canonical-json.ts). */
  body: string
  prev_hash: string
  hash: string
}

export interface JournalOrdersTable {
  order_id: number
  seq: number
}

export interface JournalKeyTable {
  id: number
  /** SPKI PEM of the till's Ed25519 key. */
  public_key: string
  /** PKCS#8 PEM, encrypted by the OS keychain when `encrypted` is 1. */
  private_key: Uint8Array
  encrypted: 0 | 1
  created_at: number
}

export interface SalesChainTable {
  seq: number
  kind: 'order' | 'z'
  /** The order's id, or the Z report's number. */
  ref_id: number
  at: number
  body: string
  prev_hash: string
  hash: string
}

export interface JournalSyncTable {
  id: 1
  /** The receiver holds every entry up to this seq; the next push starts after it. */
  held_through: number
  receiver_state: JournalChainState | null
  receiver_break_seq: number | null
  receiver_break_reason: string | null
  checked_at: number | null
}

export interface JournalTables {
  journal_sync: JournalSyncTable
  sales_chain: SalesChainTable
  journal: JournalTable
  journal_orders: JournalOrdersTable
  journal_key: JournalKeyTable
}
