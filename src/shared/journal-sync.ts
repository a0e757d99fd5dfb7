import { z } from 'zod'

/**
 * The journal's part of sync protocol v1 (docs/sync.md, "The journal"): the till POSTs its journal
 * entries, in seq order, to `{url}/v1/tills/{tillId}/journal`; the receiver checks every link of the
 * chain as the entries arrive and answers how far it holds the chain and what its check found.
 */
export function journalSyncPath(tillId: string): string {
  return `/v1/tills/${tillId}/journal`
}

/** One journal row exactly as the till stored and hashed it: the receiver recomputes `hash` from the rest. */
export interface JournalWireEntry {
  seq: number
  formula: number
  /** Epoch milliseconds, as hashed. */
  at: number
  tillId: string
  command: string
  staffId: string | null
  approverId: string | null
  orders: string
  /** The canonical JSON text, byte for byte as hashed. */
  body: string
  prevHash: string
  hash: string
}

export interface JournalBatch {
  entries: JournalWireEntry[]
}

export const JOURNAL_CHAIN_STATES = ['empty', 'intact', 'broken'] as const
export type JournalChainState = (typeof JOURNAL_CHAIN_STATES)[number]

export const journalBreakSchema = z.object({
  seq: z.number().int().min(1),
  reason: z.string().max(2000),
  detectedAt: z.string().max(40)
})

export const journalChainStatusSchema = z.object({
  tillId: z.string().max(100),
  state: z.enum(JOURNAL_CHAIN_STATES),
  /** Entries held, all of 1..lastSeq. */
  entries: z.number().int().min(0),
  lastSeq: z.number().int().min(0),
  lastHash: z.string().max(100).nullable(),
  lastAt: z.number().int().nullable(),
  /** The first entry whose link did not hold, kept once found: a later good entry never hides it. */
  firstBreak: journalBreakSchema.nullable()
})

export type JournalChainStatus = z.infer<typeof journalChainStatusSchema>

/** The answer to a journal batch: every entry up to `heldThrough` is held; the till sends from the next. */
export const journalAckSchema = z.object({
  heldThrough: z.number().int().min(0),
  status: journalChainStatusSchema
})

export type JournalAck = z.infer<typeof journalAckSchema>

/** What head office's receiver holds of this till's journal, and what its own check last found. */
export interface JournalSyncState {
  /** Entries written here that the receiver does not hold yet. */
  waiting: number
  heldThrough: number
  receiverState: JournalChainState | null
  receiverBreak: { seq: number; reason: string } | null
  checkedAt: number | null
  /** False for an hour after the receiver answered the journal's path with 404 (a receiver older than the journal). */
  receiverTakesJournal: boolean
}
