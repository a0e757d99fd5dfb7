import type { CountResult, ShiftState } from '../../shared/shifts'
import type { Db } from '../db/schema'
import type { ShiftRow } from '../db/tables/shifts.table'
import { readSettings } from '../settings/settings-store'
import { cashFiguresOf, countResultOf, openShiftRow } from './shift-figures'

export async function readShiftState(db: Db): Promise<ShiftState> {
  const [open, cursor, lastZ] = await Promise.all([
    openShiftRow(db),
    db.selectFrom('shift_cursor').select('started').where('id', '=', 1).executeTakeFirstOrThrow(),
    db.selectFrom('z_reports').select('number').orderBy('number', 'desc').limit(1).executeTakeFirst()
  ])
  return {
    open: open && {
      id: open.id,
      openedAt: open.opened_at,
      openedBy: { id: open.opened_by_id, name: open.opened_by_name },
      float: { total: open.float_amount, denominations: JSON.parse(open.float_denominations) as Array<[number, number]> }
    },
    lastCount: open && (await lastCountOf(db, open)),
    inUse: cursor.started === 1,
    lastZ: lastZ?.number ?? null
  }
}

/** The shift's last count, set against the cash expected now, as the close will set it. */
async function lastCountOf(db: Db, shift: ShiftRow): Promise<CountResult | null> {
  const last = await db
    .selectFrom('shift_counts')
    .select(['attempt', 'counted', 'denominations'])
    .where('shift_id', '=', shift.id)
    .orderBy('attempt', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (!last) return null
  const { overShortReasonThreshold } = await readSettings(db)
  const counted = { total: last.counted, denominations: JSON.parse(last.denominations) as Array<[number, number]> }
  return countResultOf(last.attempt, counted, cashFiguresOf(shift).expected, overShortReasonThreshold)
}
