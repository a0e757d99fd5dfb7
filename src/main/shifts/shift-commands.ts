import { sql } from 'kysely'
import type { CashCount, CashMovement, CountResult, OpenShift, PersonStamp, ZReport } from '../../shared/shifts'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { CashMovementKind } from '../db/tables/shifts.table'
import { readSettings } from '../settings/settings-store'
import { cashFiguresOf, countedCash, countResultOf, getShiftRow, notOpen, openShiftRow, readShiftFigures } from './shift-figures'
import { foldIntoShift, readShiftCursor } from './shift-fold'
import { storedZReport } from './z-stored'

function parseDenominations(text: string): Array<[number, number]> {
  return JSON.parse(text) as Array<[number, number]>
}

const approverOf = (scope: CommandScope): PersonStamp | null => (scope.approver ? { id: scope.approver.id, name: scope.approver.name } : null)
const approverColumns = (scope: CommandScope) => ({ approver_id: scope.approver?.id ?? null, approver_name: scope.approver?.name ?? null })
const stampOf = (id: string | null, name: string | null): PersonStamp | null => (id === null ? null : { id, name: name ?? '' })

/** Opens the till's shift with its float. The first shift of a till starts the shift figures from now on. */
export async function openShift(scope: CommandScope, float: CashCount): Promise<OpenShift> {
  const existing = await openShiftRow(scope.trx)
  if (existing) {
    throw new AppError('SHIFT_ALREADY_OPEN', `A shift is already open on this till, since it was opened by ${existing.opened_by_name}.`, {
      details: { shiftId: existing.id, openedAt: existing.opened_at }
    })
  }
  const settings = await readSettings(scope.trx)
  const counted = countedCash(float, settings.currency)
  const cursor = readShiftCursor(scope)
  if (cursor.started === 0) await startShiftHistory(scope)
  const { id } = await scope.trx
    .insertInto('shifts')
    .values({
      status: 'open',
      opened_at: scope.now,
      opened_by_id: scope.actor.id,
      opened_by_name: scope.actor.name,
      float_amount: counted.total,
      float_denominations: JSON.stringify(counted.denominations)
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  // Rows written since the last close (an order moved on, nothing paid) belong to this shift.
  if (cursor.started === 1) await foldIntoShift(scope, cursor, id)
  scope.emit('shift.changed', { shiftId: id, change: 'opened' })
  return { id, openedAt: scope.now, openedBy: { ...scope.actor }, float: counted }
}

/**
 * The till's history before its first shift belongs to no shift: the cursor moves past it, and
 * its net sales become where the perpetual grand total starts.
 */
async function startShiftHistory(scope: CommandScope): Promise<void> {
  await sql`
    UPDATE shift_cursor SET started = 1,
      order_id = coalesce((SELECT max(id) FROM orders), 0),
      event_id = coalesce((SELECT max(id) FROM order_events), 0),
      payment_id = coalesce((SELECT max(id) FROM payments), 0),
      return_id = coalesce((SELECT max(id) FROM order_returns), 0),
      grand_total_base = coalesce((SELECT sum(total) FROM orders WHERE status <> 'cancelled'), 0)
        - coalesce((SELECT sum(value) FROM order_returns), 0)
    WHERE id = 1`.execute(scope.trx)
}

/** The open shift with every row written so far folded in: what a count or a close must see. */
async function currentShift(scope: CommandScope) {
  const cursor = readShiftCursor(scope)
  if (cursor.shift_id === null) throw notOpen()
  await foldIntoShift(scope, cursor, cursor.shift_id)
  return getShiftRow(scope.trx, cursor.shift_id)
}

export async function recordCashMovement(
  scope: CommandScope,
  input: { kind: 'paid_in' | 'paid_out'; amount: number; reason: string; drawerShortConfirmed: boolean }
): Promise<CashMovement> {
  const shift = await currentShift(scope)
  const { expected } = cashFiguresOf(shift)
  const drawerShort = input.kind === 'paid_out' && input.amount > expected
  if (drawerShort && !input.drawerShortConfirmed) {
    throw new AppError('DRAWER_SHORT', 'The drawer should hold less than that. Check the amount; confirm to pay it out anyway.', {
      details: { expected, amount: input.amount }
    })
  }
  const column = input.kind === 'paid_in' ? 'paid_in' : 'paid_out'
  await scope.trx
    .updateTable('shifts')
    .set((eb) => ({ [column]: eb(column, '+', input.amount) }))
    .where('id', '=', shift.id)
    .execute()
  return insertMovement(scope, shift.id, input.kind, input.amount, input.reason, drawerShort)
}

export async function recordNoSale(scope: CommandScope, reason: string): Promise<CashMovement> {
  const cursor = readShiftCursor(scope)
  if (cursor.shift_id === null) throw notOpen()
  await scope.trx
    .updateTable('shifts')
    .set((eb) => ({ no_sales: eb('no_sales', '+', 1) }))
    .where('id', '=', cursor.shift_id)
    .execute()
  return insertMovement(scope, cursor.shift_id, 'no_sale', 0, reason, false)
}

async function insertMovement(
  scope: CommandScope,
  shiftId: number,
  kind: CashMovementKind,
  amount: number,
  reason: string,
  drawerShort: boolean
): Promise<CashMovement> {
  const { id } = await scope.trx
    .insertInto('shift_cash_movements')
    .values({
      shift_id: shiftId,
      kind,
      amount,
      reason,
      drawer_short: drawerShort ? 1 : 0,
      actor_id: scope.actor.id,
      actor_name: scope.actor.name,
      ...approverColumns(scope),
      created_at: scope.now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  scope.emit('shift.changed', { shiftId, change: 'cash' })
  return { id, shiftId, kind, amount, reason, drawerShort, by: { ...scope.actor }, approvedBy: approverOf(scope), at: scope.now }
}

/**
 * Records a count of the drawer and answers how it compares. The first count is anyone's; a
 * recount (after the result was seen) is its own permission, and every count is kept.
 */
export async function countShift(scope: CommandScope, count: CashCount, which: 'first' | 'recount'): Promise<CountResult> {
  const shift = await currentShift(scope)
  const settings = await readSettings(scope.trx)
  const counted = countedCash(count, settings.currency)
  const figures = await readShiftFigures(scope.trx, shift, settings.currency)
  const previous = await scope.trx
    .selectFrom('shift_counts')
    .select((eb) => eb.fn.max('attempt').as('attempt'))
    .where('shift_id', '=', shift.id)
    .executeTakeFirst()
  const attempt = (previous?.attempt ?? 0) + 1
  if (which === 'first' && attempt > 1) {
    throw new AppError('SHIFT_ALREADY_COUNTED', 'The drawer was counted already. A recount needs its permission.', { details: { shiftId: shift.id, attempt } })
  }
  if (which === 'recount' && attempt === 1)
    throw new AppError('SHIFT_NOT_COUNTED', 'Count the drawer once before a recount.', { details: { shiftId: shift.id } })
  await scope.trx
    .insertInto('shift_counts')
    .values({
      shift_id: shift.id,
      attempt,
      counted: counted.total,
      denominations: JSON.stringify(counted.denominations),
      expected: figures.cash.expected,
      actor_id: scope.actor.id,
      actor_name: scope.actor.name,
      ...approverColumns(scope),
      created_at: scope.now
    })
    .execute()
  scope.emit('shift.changed', { shiftId: shift.id, change: 'counted' })
  return countResultOf(attempt, counted, figures.cash.expected, settings.overShortReasonThreshold)
}

/**
 * Closes the open shift in one transaction: every row so far folded in, the figures snapshotted
 * into a Z report with the next number, and the shift locked. A sale committed before this lands
 * in this shift; one after it finds no shift open and is refused until the next is opened.
 */
export async function closeShift(scope: CommandScope, input: { reason: string; keepOpenCarts: boolean }): Promise<ZReport> {
  const shift = await currentShift(scope)
  const settings = await readSettings(scope.trx)
  const counts = await scope.trx.selectFrom('shift_counts').selectAll().where('shift_id', '=', shift.id).orderBy('attempt').execute()
  const last = counts.at(-1)
  if (!last) throw new AppError('SHIFT_NOT_COUNTED', 'Count the drawer before closing the shift.', { details: { shiftId: shift.id } })
  if (!input.keepOpenCarts) await refuseOpenCarts(scope)
  const figures = await readShiftFigures(scope.trx, shift, settings.currency)
  const overShort = last.counted - figures.cash.expected
  if (Math.abs(overShort) > settings.overShortReasonThreshold && input.reason === '') {
    throw new AppError('SHIFT_REASON_REQUIRED', 'The count is off by more than the threshold: say why before closing.', {
      details: { overShort, threshold: settings.overShortReasonThreshold }
    })
  }
  const [previous, cursor] = await Promise.all([
    scope.trx.selectFrom('z_reports').select(['number', 'grand_total']).orderBy('number', 'desc').limit(1).executeTakeFirst(),
    scope.trx.selectFrom('shift_cursor').select('grand_total_base').where('id', '=', 1).executeTakeFirstOrThrow()
  ])
  const number = (previous?.number ?? 0) + 1
  const grandTotalBefore = previous?.grand_total ?? cursor.grand_total_base
  const report: ZReport = {
    ...figures,
    kind: 'Z',
    number,
    shop: { name: settings.shopName, address: settings.address, phone: settings.phone },
    currencyDigits: settings.currencyDigits,
    locale: settings.locale,
    timeZone: settings.timeZone,
    taxIncluded: settings.taxMode === 'inclusive',
    closedAt: scope.now,
    closedBy: { ...scope.actor },
    closeApprovedBy: approverOf(scope),
    counts: counts.map((count) => ({
      attempt: count.attempt,
      counted: count.counted,
      expected: count.expected,
      by: { id: count.actor_id, name: count.actor_name },
      approvedBy: stampOf(count.approver_id, count.approver_name),
      at: count.created_at
    })),
    counted: { total: last.counted, denominations: parseDenominations(last.denominations) },
    overShort,
    reason: input.reason,
    grandTotalBefore,
    grandTotal: grandTotalBefore + figures.net
  }
  await scope.trx
    .insertInto('z_reports')
    .values({
      number,
      shift_id: shift.id,
      opened_at: shift.opened_at,
      closed_at: scope.now,
      opened_by_name: shift.opened_by_name,
      closed_by_name: scope.actor.name,
      currency: settings.currency,
      net: figures.net,
      expected_cash: figures.cash.expected,
      counted_cash: last.counted,
      over_short: overShort,
      grand_total: report.grandTotal,
      report: JSON.stringify(storedZReport(report))
    })
    .execute()
  await scope.trx
    .updateTable('shifts')
    .set({
      status: 'closed',
      closed_at: scope.now,
      closed_by_id: scope.actor.id,
      closed_by_name: scope.actor.name,
      closed_approver_id: scope.approver?.id ?? null,
      closed_approver_name: scope.approver?.name ?? null,
      z_number: number
    })
    .where('id', '=', shift.id)
    .execute()
  scope.emit('shift.changed', { shiftId: shift.id, change: 'closed' })
  return report
}

async function refuseOpenCarts(scope: CommandScope): Promise<void> {
  const row = await sql<{ parked: number; active_lines: number }>`
    SELECT (SELECT count(*) FROM carts WHERE status = 'parked') AS parked,
      (SELECT count(*) FROM cart_lines l JOIN carts c ON c.id = l.cart_id WHERE c.status = 'active') AS active_lines`.execute(scope.trx)
  const { parked, active_lines: activeLines } = row.rows[0] ?? { parked: 0, active_lines: 0 }
  if (parked > 0 || activeLines > 0) {
    throw new AppError(
      'SHIFT_OPEN_CARTS',
      `${parked > 0 ? `${parked} parked sale${parked === 1 ? '' : 's'}` : 'A sale in progress'} will stay for the next shift. Finish ${parked + (activeLines > 0 ? 1 : 0) === 1 ? 'it' : 'them'} or close anyway.`,
      { details: { parked, activeLines } }
    )
  }
}
