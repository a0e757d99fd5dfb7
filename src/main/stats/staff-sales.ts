import { businessDay } from '../../shared/business-day'
import { money } from '../../shared/money'
import type { StaffSalesRange, StaffSalesReport } from '../../shared/stats'
import type { AppContext } from '../core/app-context'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { ensureStatsCurrent } from './stats-hook'
import type { DayRange } from './stats-queries'

/** A primary-key range over the days, a handful of rows per day; the names come from the staff table (staff are never deleted). */
export function staffSalesQuery(db: Db, { from, to }: DayRange) {
  return db
    .selectFrom('stats_staff_days as s')
    .leftJoin('staff', 'staff.id', 's.staff_id')
    .select((eb) => [
      's.staff_id',
      eb.fn.max('staff.name').as('name'),
      eb.fn.sum<number>('s.orders').as('orders'),
      eb.fn.sum<number>('s.gross').as('gross'),
      eb.fn.sum<number>('s.cancels').as('cancels'),
      eb.fn.sum<number>('s.cancelled').as('cancelled'),
      eb.fn.sum<number>('s.paid').as('paid'),
      eb.fn.sum<number>('s.returns').as('returns'),
      eb.fn.sum<number>('s.refunds').as('refunds')
    ])
    .where('s.day', '>=', from)
    .where('s.day', '<=', to)
    .groupBy('s.staff_id')
}

export async function readStaffSales(db: Db, range: DayRange): Promise<StaffSalesReport> {
  const rows = await staffSalesQuery(db, range).execute()
  const people = rows
    .map((row) => {
      const gross = Number(row.gross)
      const returns = Number(row.returns)
      return {
        staffId: row.staff_id,
        name: row.name ?? null,
        orders: Number(row.orders),
        gross: money(gross),
        cancels: Number(row.cancels),
        cancelled: money(Number(row.cancelled)),
        paid: money(Number(row.paid)),
        returns: money(returns),
        refunds: money(Number(row.refunds)),
        net: money(gross - returns)
      }
    })
    .filter((person) => person.orders !== 0 || person.cancels !== 0 || person.paid !== 0 || person.returns !== 0 || person.refunds !== 0 || person.gross !== 0)
    .sort((a, b) => b.gross - a.gross || a.staffId.localeCompare(b.staffId))
  return { from: range.from, to: range.to, people }
}

/** The figures per staff member of a range (the shop's today when none is given), from the rollup alone. */
export async function staffSales(app: AppContext, input: StaffSalesRange): Promise<StaffSalesReport> {
  await ensureStatsCurrent(app)
  if (input.from !== undefined && input.to !== undefined) return readStaffSales(app.db, { from: input.from, to: input.to })
  const today = businessDay(app.clock.now(), (await readSettings(app.db)).timeZone)
  return readStaffSales(app.db, { from: today, to: today })
}
