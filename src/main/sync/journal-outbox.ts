import type { JournalAck, JournalSyncState, JournalWireEntry } from '../../shared/journal-sync'
import type { Db } from '../db/schema'

/**
 * The next run of journal entries the receiver does not hold, in seq order. The journal is
 * append-only and numbered without gaps, so it is its own outbox: only the cursor is kept.
 */
export async function readJournalRun(db: Db, limit: number): Promise<JournalWireEntry[]> {
  const { held_through } = await db.selectFrom('journal_sync').select('held_through').executeTakeFirstOrThrow()
  const rows = await db.selectFrom('journal').selectAll().where('seq', '>', held_through).orderBy('seq').limit(limit).execute()
  return rows.map((row) => ({
    seq: row.seq,
    formula: row.formula,
    at: row.at,
    tillId: row.till_id,
    command: row.command,
    staffId: row.staff_id,
    approverId: row.approver_id,
    orders: row.orders,
    body: row.body,
    prevHash: row.prev_hash,
    hash: row.hash
  }))
}

/**
 * Moves the cursor to what the receiver says it holds, also backwards: a receiver that lost entries
 * (restored from its own backup) is sent them again. False when the answer moved nothing, which a
 * receiver that works never does to a run starting right after its head.
 */
export async function recordJournalAck(db: Db, now: number, sentFrom: number, ack: JournalAck): Promise<boolean> {
  const { firstBreak } = ack.status
  await db
    .updateTable('journal_sync')
    .set({
      held_through: ack.heldThrough,
      receiver_state: ack.status.state,
      receiver_break_seq: firstBreak?.seq ?? null,
      receiver_break_reason: firstBreak?.reason ?? null,
      checked_at: now
    })
    .where('id', '=', 1)
    .execute()
  return ack.heldThrough !== sentFrom - 1
}

export async function readJournalSyncState(db: Db): Promise<Omit<JournalSyncState, 'receiverTakesJournal'>> {
  const [state, head] = await Promise.all([
    db.selectFrom('journal_sync').selectAll().executeTakeFirstOrThrow(),
    db
      .selectFrom('journal')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst()
  ])
  const last = head?.seq ?? 0
  return {
    waiting: Math.max(0, last - state.held_through),
    heldThrough: state.held_through,
    receiverState: state.receiver_state,
    receiverBreak: state.receiver_break_seq === null ? null : { seq: state.receiver_break_seq, reason: state.receiver_break_reason ?? '' },
    checkedAt: state.checked_at
  }
}
