import type { ShiftState } from '../../shared/shifts'
import type { Db } from '../db/schema'
import { openShiftRow } from './shift-figures'

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
    inUse: cursor.started === 1,
    lastZ: lastZ?.number ?? null
  }
}
