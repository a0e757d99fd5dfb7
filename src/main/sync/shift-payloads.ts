import type { Trx } from '../db/schema'
import type { NewOutboxEvent } from './outbox'

const iso = (epochMs: number): string => new Date(epochMs).toISOString()
const stamp = (id: string, name: string) => ({ id, name })
const approver = (id: string | null, name: string | null) => (id === null ? null : stamp(id, name ?? ''))
const denominations = (text: string) => (JSON.parse(text) as Array<[number, number]>).map(([value, quantity]) => ({ value, quantity }))

/**
 * The wire payload of a shift change (docs/schemas/v1/shift.changed.json): the whole shift after
 * it — float, every paid in, paid out and no sale, every count, and its Z report once closed.
 */
export async function shiftChangedEvent(trx: Trx, shiftId: number, changes: readonly string[]): Promise<NewOutboxEvent> {
  const [shift, movements, counts, z] = await Promise.all([
    trx.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirstOrThrow(),
    trx.selectFrom('shift_cash_movements').selectAll().where('shift_id', '=', shiftId).orderBy('id').execute(),
    trx.selectFrom('shift_counts').selectAll().where('shift_id', '=', shiftId).orderBy('attempt').execute(),
    trx.selectFrom('z_reports').select('report').where('shift_id', '=', shiftId).executeTakeFirst()
  ])
  return {
    type: 'shift.changed',
    payload: {
      shiftId,
      changes,
      shift: {
        id: shift.id,
        status: shift.status,
        openedAt: iso(shift.opened_at),
        openedBy: stamp(shift.opened_by_id, shift.opened_by_name),
        float: { total: shift.float_amount, denominations: denominations(shift.float_denominations) },
        closedAt: shift.closed_at === null ? null : iso(shift.closed_at),
        closedBy: shift.closed_by_id === null ? null : stamp(shift.closed_by_id, shift.closed_by_name ?? ''),
        closeApprovedBy: approver(shift.closed_approver_id, shift.closed_approver_name),
        movements: movements.map((m) => ({
          id: m.id,
          kind: m.kind,
          amount: m.amount,
          reason: m.reason,
          drawerShort: m.drawer_short === 1,
          by: stamp(m.actor_id, m.actor_name),
          approvedBy: approver(m.approver_id, m.approver_name),
          at: iso(m.created_at)
        })),
        counts: counts.map((c) => ({
          attempt: c.attempt,
          counted: c.counted,
          denominations: denominations(c.denominations),
          expected: c.expected,
          by: stamp(c.actor_id, c.actor_name),
          approvedBy: approver(c.approver_id, c.approver_name),
          at: iso(c.created_at)
        })),
        // The Z exactly as stored at close, already in its wire form.
        zReport: z ? (JSON.parse(z.report) as unknown) : null
      }
    }
  }
}
