import { z } from 'zod'
import { freeText } from './free-text'
import { schemaMessage } from './i18n/schema-message'

export const journalListSchema = z
  .object({
    staffId: freeText(64, { required: schemaMessage('orders.staffFilter') }).optional(),
    command: freeText(64, { required: schemaMessage('journal.commandFilter') }).optional(),
    orderId: z.number().int().positive().optional(),
    /** Epoch milliseconds, both inclusive. */
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional(),
    /** Keyset: entries before this sequence number (the last of the previous page). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()
  .optional()

export type JournalListInput = z.input<typeof journalListSchema>

export const journalSeqSchema = z.object({ seq: z.number().int().positive() }).strict()

export const journalArchiveSchema = z
  .object({
    /** Epoch milliseconds, both inclusive; the whole journal when left out. */
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional()
  })
  .strict()
  .optional()

export interface JournalEntryView {
  seq: number
  at: number
  command: string
  staff: { id: string; name: string } | null
  approver: { id: string; name: string } | null
  orderIds: number[]
  /** The entry in words: "Ana returned 2 × Oat milk on order A-1042, approved by Ben". */
  words: string
  hash: string
}

export interface JournalPage {
  entries: JournalEntryView[]
  /** Pass as `before` for the next page; null on the last. */
  next: number | null
}

export interface JournalEntryDetail extends JournalEntryView {
  prevHash: string
  formula: number
  tillId: string
  /** The entry's data exactly as hashed (canonical JSON). */
  body: string
}

export type JournalProblemKind = 'missing' | 'link' | 'hash' | 'formula' | 'order-unrecorded' | 'order-changed' | 'order-deleted' | 'sales-chain' | 'archive'

export interface JournalProblem {
  /** The first entry that breaks, when the break is in an entry. */
  seq: number | null
  orderId?: number
  kind: JournalProblemKind
  message: string
}

export type JournalVerdict =
  | {
      intact: true
      entries: number
      orders: number
      from: number | null
      to: number | null
      head: string | null
      /** Links of the sales chain (final sales and Z reports) and its head. */
      sales: number
      salesHead: string | null
      seconds: number
    }
  | { intact: false; entries: number; from: number | null; to: number | null; problem: JournalProblem; seconds: number }

export interface JournalProgress {
  phase: 'chain' | 'orders'
  done: number
  total: number
}

export interface JournalArchiveResult {
  path: string
  entries: number
  /** Hex SHA-256 of the manifest, as signed. */
  manifestSha256: string
  publicKey: string
}
