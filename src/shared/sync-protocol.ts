import { z } from 'zod'

/**
 * The wire format of the sync protocol (docs/sync.md, docs/schemas/v1 and v2). The till POSTs
 * batches of events to `{url}/v2/events` (events queued before the upgrade to `{url}/v1/events`)
 * and the receiver acknowledges each event by id. v2 is v1 with who did each change on every payload.
 */
export const SYNC_PROTOCOL_VERSIONS = [1, 2] as const
export type SyncProtocolVersion = (typeof SYNC_PROTOCOL_VERSIONS)[number]
/** The version this till writes its events in. */
export const SYNC_PROTOCOL_VERSION: SyncProtocolVersion = 2

export function syncEventsPath(version: SyncProtocolVersion): string {
  return `/v${version}/events`
}

export const EVENT_ACK_STATUSES = ['accepted', 'duplicate', 'rejected'] as const

export interface WireEvent {
  /** UUIDv7: the idempotency key. */
  eventId: string
  /** 1, 2, 3, ... per till, in commit order. */
  seq: number
  type: string
  /** ISO 8601 UTC, when the change was committed on the till. */
  occurredAt: string
  payload: unknown
}

export interface EventBatch {
  tillId: string
  events: WireEvent[]
}

export const eventAckSchema = z.object({
  eventId: z.string().max(100),
  status: z.enum(EVENT_ACK_STATUSES),
  reason: z.string().max(2000).optional()
})

export type EventAck = z.infer<typeof eventAckSchema>

export const batchAckSchema = z.object({ acks: z.array(eventAckSchema).max(10_000) })

export type BatchAck = z.infer<typeof batchAckSchema>
