import type { JournalSyncState } from './journal-sync'
import { z } from 'zod'
import { freeText } from './free-text'
import { schemaMessage } from './i18n/schema-message'

/**
 * Where the sync stands, for the status bar and Settings → Sync.
 * - off: sync is turned off (changes still queue up and are sent once it is turned on)
 * - synced: nothing is waiting
 * - pending: changes are waiting and will be sent shortly
 * - sending: a batch is on its way
 * - offline: the server could not be reached; Tillpoint retries on its own
 * - failing: the server answered with an error (token, address, server fault); retrying
 */
export const SYNC_PHASES = ['off', 'synced', 'pending', 'sending', 'offline', 'failing'] as const
export type SyncPhase = (typeof SYNC_PHASES)[number]

export interface SyncStatus {
  enabled: boolean
  /** The receiver's base URL, '' when never set. */
  endpoint: string
  hasToken: boolean
  /** False when the token is kept without OS encryption (no keychain on this computer). */
  tokenEncrypted: boolean
  /** This till's id at the receiver: stable for this database. Head office enrols the till by it. */
  tillId: string
  /** The address is http:// to another machine and the shopkeeper accepted that (see isInsecureSyncUrl). */
  allowInsecureHttp: boolean
  phase: SyncPhase
  /** Events committed here and not yet acknowledged by the receiver. */
  waiting: number
  /** Events the receiver refused, not yet retried or dismissed. */
  rejected: number
  lastSuccessAt: number | null
  /** The last failure in words a shopkeeper can act on; null once a push succeeds. */
  lastError: string | null
  lastErrorAt: number | null
  /** When the next automatic attempt is due after a failure. */
  nextAttemptAt: number | null
  /** The journal's own run to the receiver, and the receiver's check of its chain. */
  journal: JournalSyncState
}

const httpUrl = freeText(2000, { tooLong: schemaMessage('sync.addressTooLong', { max: 2000 }) }).refine(isHttpUrl, {
  error: schemaMessage('sync.addressScheme')
})

/**
 * Plain http:// is for a receiver on this computer only: anywhere else the secret and every sale
 * travel readable, so it is refused unless the shopkeeper accepts that risk in Settings → Sync.
 */
export function isInsecureSyncUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:') return false
    const host = parsed.hostname.replace(/^\[|\]$/g, '')
    return !(host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host))
  } catch {
    return false
  }
}

export const syncConfigureSchema = z
  .object({
    enabled: z.boolean().optional(),
    url: httpUrl.optional(),
    /** The shopkeeper accepts sending over plain http:// to another machine (unencrypted). */
    allowInsecureHttp: z.boolean().optional(),
    /** A new bearer token; null removes the stored one; absent keeps it. */
    token: z
      .string()
      .trim()
      .min(1, { error: schemaMessage('sync.tokenEmpty') })
      .max(4096, { error: schemaMessage('sync.tokenTooLong', { max: 4096 }) })
      .regex(/^[!-~]+$/, { error: schemaMessage('sync.tokenChars') })
      .nullable()
      .optional()
  })
  .strict()

export type SyncConfigure = z.input<typeof syncConfigureSchema>

export const syncRejectedQuerySchema = z
  .object({
    /** Keyset cursor: the seq of the last event already shown. */
    afterSeq: z.number().int().nonnegative().optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()
  .default({ limit: 50 })

export interface RejectedSyncEvent {
  eventId: string
  seq: number
  type: string
  /** What the event is about, e.g. "Order 17" or "Product 4". */
  subject: string
  createdAt: number
  /** The receiver's reason, as it gave it. */
  reason: string
  attempts: number
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: schemaMessage('sync.eventId') })

export const syncEventIdsSchema = z
  .object({
    eventIds: z
      .array(uuid)
      .min(1, { error: schemaMessage('sync.eventNeeded') })
      .max(500)
  })
  .strict()

export interface SyncEventsChanged {
  /** How many of the given events were rejected and are now queued again (or dismissed). */
  changed: number
  status: SyncStatus
}

export const syncOrderStatesSchema = z.object({ orderIds: z.array(z.number().int().positive()).min(1).max(500) }).strict()

/**
 * An order's journey to head office: 'sent' when every change of it was acknowledged, 'pending'
 * while one waits, 'rejected' when the receiver refused one, 'none' when it has no sync event.
 */
export type OrderSyncState = 'sent' | 'pending' | 'rejected' | 'none'

export interface OrderSyncStateRow {
  orderId: number
  state: OrderSyncState
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password
  } catch {
    return false
  }
}
