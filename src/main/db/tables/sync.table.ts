import type { Generated } from 'kysely'
import type { SyncProtocolVersion } from '../../../shared/sync-protocol'

export type OutboxState = 'pending' | 'sent' | 'rejected'

/** Why the last push failed; 'offline' and 'timeout' mean the server could not be reached. */
export type SyncFailureKind = 'offline' | 'timeout' | 'auth' | 'not-found' | 'too-large' | 'busy' | 'server' | 'protocol' | 'token' | 'insecure'

export interface OutboxTable {
  id: Generated<number>
  /** UUIDv7, the idempotency key the receiver deduplicates on. */
  event_id: string
  till_id: string
  /** 1, 2, 3, ... per till, in commit order. */
  seq: number
  type: string
  /** JSON: the payload exactly as sent. */
  payload: string
  /** Set for order events, so the Orders screen can ask for an order's sync state. */
  order_id: number | null
  created_at: number
  state: Generated<OutboxState>
  attempts: Generated<number>
  last_error: string | null
  sent_at: number | null
  /** A rejected event the shopkeeper chose to stop seeing. */
  dismissed_at: number | null
  /** The sync protocol version its payload follows (migration 29): 1 for events queued before it. */
  protocol: Generated<SyncProtocolVersion>
}

export interface SyncStateTable {
  id: number
  till_id: string
  enabled: number
  endpoint: string
  /** The bearer token, encrypted by the OS keychain when token_encrypted = 1, else plain UTF-8. */
  token: Uint8Array | null
  token_encrypted: number
  /** Failed attempts in a row: the exponent of the backoff. */
  failures: number
  last_success_at: number | null
  last_error: string | null
  last_error_kind: SyncFailureKind | null
  last_error_at: number | null
  next_attempt_at: number | null
  /** 1 when the shopkeeper accepted sending over plain http:// to another machine (migration 12). */
  allow_insecure_http: number
  /** When the rows that existed before sync was installed were queued, once per database. */
  history_queued_at: number | null
  updated_at: number
}

export interface SyncTables {
  outbox: OutboxTable
  sync_state: SyncStateTable
}
