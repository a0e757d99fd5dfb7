import type { JournalAck, JournalChainStatus, JournalWireEntry } from '../shared/journal-sync'
import type { SyncProtocolVersion, WireEvent } from '../shared/sync-protocol'

/** What storing one event came to: new, already held (same eventId), or its till's seq held by another event. */
export type InsertOutcome = 'accepted' | 'duplicate' | 'seq-taken'

export interface StoredEvent {
  /** The receiver's own arrival order: 1, 2, 3, ... across all tills. */
  arrival: number
  eventId: string
  seq: number
  type: string
  occurredAt: string
  receivedAt: string
  /** The protocol version it arrived in, which names its payload's schema (docs/schemas/v<n>). */
  protocol: SyncProtocolVersion
  payload: unknown
}

export interface TillSummary {
  tillId: string
  events: number
  lastSeq: number
  lastReceivedAt: string
}

/**
 * Where the receiver keeps events. Both implementations hold eventId UNIQUE and (tillId, seq)
 * UNIQUE and insert with ON CONFLICT DO NOTHING, so the database itself makes a duplicate impossible,
 * however many times and however concurrently a batch arrives.
 */
export interface ReceiverStore {
  readonly kind: 'sqlite' | 'postgresql'
  /** Stores a batch's events (all of one protocol version) in order, in one transaction; one outcome per event. */
  insert(tillId: string, events: readonly WireEvent[], receivedAt: Date, protocol: SyncProtocolVersion): Promise<InsertOutcome[]>
  listTills(): Promise<TillSummary[]>
  /** Keyset page by seq. */
  listEvents(tillId: string, afterSeq: number, limit: number): Promise<StoredEvent[]>
  /** Binds a new secret (its hash) to the till, replacing any earlier one: 'rotated' when there was one. */
  enrol(tillId: string, secretHash: string, at: Date): Promise<'enrolled' | 'rotated'>
  /** Forgets the till's secret: it can no longer push or read. False when it was not enrolled. */
  revoke(tillId: string): Promise<boolean>
  tillOfSecret(secretHash: string): Promise<string | null>
  isEnrolled(tillId: string): Promise<boolean>
  /** Checks and stores a batch of the till's journal in one transaction (journal-chain.ts decides). */
  receiveJournal(tillId: string, entries: readonly JournalWireEntry[], receivedAt: Date): Promise<JournalAck>
  journalStatus(tillId: string): Promise<JournalChainStatus>
  close(): Promise<void>
}
