import { V7Generator } from 'uuidv7'
import { SYNC_PROTOCOL_VERSION, type EventAck, type SyncProtocolVersion, type WireEvent } from '../../shared/sync-protocol'
import type { CommandScope } from '../core/command'
import type { Db } from '../db/schema'

export interface NewOutboxEvent {
  type: string
  payload: unknown
  /** Set for order events, so an order's sync state can be looked up. */
  orderId?: number | null
}

export interface PendingEvent extends WireEvent {
  tillId: string
  /** The protocol version its payload was written in: a batch holds one version. */
  protocol: SyncProtocolVersion
}

/** UUIDv7 from the command's clock: ids sort by commit time and stay unique across restarts. */
const eventIds = new V7Generator()

// Every command that changes anything writes here: fixed SQL text (the till's id and last seq in one
// read), one INSERT per event (cheaper in SQLite than one INSERT of many rows for a sale's few events).
const LAST_SEQ_READ = 'SELECT till_id, (SELECT max(seq) FROM outbox WHERE outbox.till_id = sync_state.till_id) AS last_seq FROM sync_state WHERE id = 1'
const OUTBOX_INSERT = 'INSERT INTO outbox (event_id, till_id, seq, type, payload, order_id, created_at, protocol) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'

/**
 * Appends events to the outbox inside the caller's transaction, numbering them after the till's
 * last seq: they commit (or roll back) together with the change they describe. Each payload says
 * who made the change and who approved it (protocol v2), from the command that made it.
 */
export function appendOutboxEvents(scope: Pick<CommandScope, 'sql' | 'now' | 'actor' | 'approver'>, events: readonly NewOutboxEvent[]): void {
  if (events.length === 0) return
  const { sql, now } = scope
  const by = { id: scope.actor.id, name: scope.actor.name }
  const approvedBy = scope.approver ? { id: scope.approver.id, name: scope.approver.name } : null
  const [till] = sql.all<{ till_id: string; last_seq: number | null }>(LAST_SEQ_READ)
  if (!till) throw new Error('The sync state row is missing')
  const tillId = till.till_id
  let seq = till.last_seq ?? 0
  for (const event of events) {
    sql.run(OUTBOX_INSERT, [
      eventIds.generateOrResetWithTs(now).toString(),
      tillId,
      ++seq,
      event.type,
      JSON.stringify({ ...(event.payload as object), by, approvedBy }),
      event.orderId ?? null,
      now,
      SYNC_PROTOCOL_VERSION
    ])
  }
}

/**
 * The oldest events not yet acknowledged, in seq order, all of one protocol version (events queued
 * before an upgrade go out first, in their own version). Rejected events do not hold the queue.
 */
export async function readPendingBatch(db: Db, limit: number): Promise<PendingEvent[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['event_id', 'till_id', 'seq', 'type', 'payload', 'created_at', 'protocol'])
    .where('state', '=', 'pending')
    .orderBy('seq')
    .limit(limit)
    .execute()
  const version = rows[0]?.protocol
  const sameVersion = rows.findIndex((row) => row.protocol !== version)
  return rows.slice(0, sameVersion === -1 ? rows.length : sameVersion).map((row) => ({
    eventId: row.event_id,
    protocol: row.protocol,
    tillId: row.till_id,
    seq: row.seq,
    type: row.type,
    occurredAt: new Date(row.created_at).toISOString(),
    payload: JSON.parse(row.payload) as unknown
  }))
}

export interface AckOutcome {
  sent: number
  rejected: number
  unacknowledged: number
}

/**
 * Records the receiver's answer for a batch in one transaction: accepted and duplicate events are
 * sent, rejected ones leave the queue with the reason, and any the receiver did not mention stay
 * pending for the next attempt. Only an acknowledgement ever marks an event sent.
 */
export async function recordAcks(db: Db, now: number, batch: readonly PendingEvent[], acks: readonly EventAck[]): Promise<AckOutcome> {
  const byId = new Map(acks.map((ack) => [ack.eventId, ack]))
  const outcome: AckOutcome = { sent: 0, rejected: 0, unacknowledged: 0 }
  await db.transaction().execute(async (trx) => {
    for (const event of batch) {
      const ack = byId.get(event.eventId)
      const pending = trx.updateTable('outbox').where('event_id', '=', event.eventId).where('state', '=', 'pending')
      if (!ack) {
        outcome.unacknowledged++
        await pending.set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: 'The sync server did not acknowledge this event.' })).execute()
      } else if (ack.status === 'rejected') {
        outcome.rejected++
        const reason = ack.reason?.trim() || 'The sync server refused this event without giving a reason.'
        await pending.set((eb) => ({ state: 'rejected', attempts: eb('attempts', '+', 1), last_error: reason })).execute()
      } else {
        outcome.sent++
        await pending.set((eb) => ({ state: 'sent', attempts: eb('attempts', '+', 1), last_error: null, sent_at: now })).execute()
      }
    }
  })
  return outcome
}

export interface OutboxCounts {
  waiting: number
  rejected: number
}

export async function countOutbox(db: Db): Promise<OutboxCounts> {
  const waiting = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow()
  const rejected = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'rejected')
    .where('dismissed_at', 'is', null)
    .executeTakeFirstOrThrow()
  return { waiting: Number(waiting.n), rejected: Number(rejected.n) }
}

/** Sent events keep their row (the Orders screen asks for it) but not their payload past this age. */
export const SENT_PAYLOAD_DAYS = 30
const COMPACT_CHUNK = 1000
const EMPTY_PAYLOAD = '{}'

/**
 * Empties the payloads of events acknowledged before `sentBefore`, in small transactions so a
 * sale never waits long for the database. A busy till sends about a thousand events a day; their
 * full payloads are only needed until the receiver has them.
 */
export async function compactSentEvents(db: Db, sentBefore: number): Promise<number> {
  let compacted = 0
  for (;;) {
    const result = await db
      .updateTable('outbox')
      .set({ payload: EMPTY_PAYLOAD })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('outbox')
          .select('id')
          .where('state', '=', 'sent')
          .where('sent_at', '<', sentBefore)
          .where('payload', '<>', EMPTY_PAYLOAD)
          .limit(COMPACT_CHUNK)
      )
      .executeTakeFirst()
    const changed = Number(result.numUpdatedRows)
    compacted += changed
    if (changed < COMPACT_CHUNK) return compacted
  }
}
