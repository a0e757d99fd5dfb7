import type { CashCount, CashFigures, CountedCash, CountResult, ShiftFigures } from '../../shared/shifts'
import { denominationsOf } from '../../shared/denominations'
import { AppError, validationError } from '../core/app-error'
import type { Db, Trx } from '../db/schema'
import type { ShiftRow } from '../db/tables/shifts.table'
import { reason } from '../../shared/reasons'

/**
 * Expected cash: float + cash tendered − change given − cash given back + paid in − paid out, shown
 * as lines that each add up: cash sales and cash refunds are the amounts they settled, and the cash
 * rounding (taken beyond what sales settled, less given back beyond what refunds settled) is its own.
 */
export function cashFiguresOf(shift: ShiftRow): CashFigures {
  const cashSales = shift.cash_tendered - shift.change_given - shift.sale_rounding
  const rounding = shift.sale_rounding - shift.refund_rounding
  return {
    float: shift.float_amount,
    cashSales,
    tendered: shift.cash_tendered,
    changeGiven: shift.change_given,
    cashRefunds: shift.cash_refunds,
    paidIn: shift.paid_in,
    paidOut: shift.paid_out,
    rounding,
    expected: shift.float_amount + cashSales - shift.cash_refunds + rounding + shift.paid_in - shift.paid_out
  }
}

export async function getShiftRow(db: Db | Trx, shiftId: number): Promise<ShiftRow> {
  const row = await db.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', `Shift ${shiftId} was not found.`, { details: { shiftId } })
  return row
}

export async function openShiftRow(db: Db | Trx): Promise<ShiftRow | null> {
  return (await db.selectFrom('shifts').selectAll().where('status', '=', 'open').executeTakeFirst()) ?? null
}

export function notOpen(): AppError {
  return new AppError('SHIFT_NOT_OPEN', 'No shift is open on this till. Open a shift with its float first.')
}

/** A shift's figures from its own row and its per-rate and per-method rows: a few rows, whatever it holds. */
export async function readShiftFigures(db: Db | Trx, shift: ShiftRow, currency: string): Promise<ShiftFigures> {
  const [taxRates, methods] = await Promise.all([
    db.selectFrom('shift_tax_rates').select(['rate_bp', 'net', 'tax', 'gross']).where('shift_id', '=', shift.id).orderBy('rate_bp').execute(),
    db.selectFrom('shift_methods').select(['method', 'payments', 'paid', 'refunds', 'refunded']).where('shift_id', '=', shift.id).orderBy('method').execute()
  ])
  return {
    shiftId: shift.id,
    currency,
    openedAt: shift.opened_at,
    openedBy: { id: shift.opened_by_id, name: shift.opened_by_name },
    firstOrderNumber: shift.first_number,
    lastOrderNumber: shift.last_number,
    salesCount: shift.orders,
    gross: shift.gross,
    discounts: shift.discounts,
    salesTotal: shift.sales_total,
    cancellations: { count: shift.cancellations, total: shift.cancelled_total },
    returns: shift.returns_total,
    net: shift.sales_total - shift.cancelled_total - shift.returns_total,
    taxRates: taxRates
      .filter((rate) => rate.net !== 0 || rate.tax !== 0 || rate.gross !== 0)
      .map((rate) => ({ rateBp: rate.rate_bp, net: rate.net, tax: rate.tax, gross: rate.gross })),
    methods: methods.map((method) => ({ ...method })),
    cash: cashFiguresOf(shift),
    noSales: shift.no_sales
  }
}

/** A count checked against the shop currency's notes and coins; a total is taken as it is. */
export function countedCash(count: CashCount, currency: string): CountedCash {
  if (!count.denominations) return { total: count.total ?? 0, denominations: [] }
  const known = new Set(denominationsOf(currency).map((denomination) => denomination.value))
  const seen = new Set<number>()
  let total = 0
  const denominations: Array<[number, number]> = []
  count.denominations.forEach(({ value, quantity }, index) => {
    if (!known.has(value)) throw validationError(reason('shift.unknownDenomination', { currency, worth: value }), `denominations.${index}.value`)
    if (seen.has(value)) throw validationError(reason('shift.denominationTwice', {}), `denominations.${index}.value`)
    seen.add(value)
    total += value * quantity
    if (quantity > 0) denominations.push([value, quantity])
  })
  if (!Number.isSafeInteger(total)) throw validationError(reason('shift.countTooLarge', {}), 'denominations')
  return { total, denominations }
}

/** A count against the cash expected: over (positive) or short, and whether the close needs a reason. */
export function countResultOf(attempt: number, counted: CountedCash, expected: number, reasonThreshold: number): CountResult {
  const overShort = counted.total - expected
  return { attempt, counted, expected, overShort, reasonRequired: Math.abs(overShort) > reasonThreshold }
}
