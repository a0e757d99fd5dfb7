import { sql } from 'kysely'
import { ORDER_STATUSES } from '../../shared/orders'
import { PAYMENT_METHODS, type PaymentMethod } from '../../shared/payments'
import { money } from '../../shared/money'
import { nextBusinessDay } from '../../shared/business-day'
import type { DaySales, HourSales, PaymentMethodShare, StatsSummary, StatusCounts } from '../../shared/stats'
import type { TaxRateTotals } from '../../shared/pricing'
import type { Db } from '../db/schema'

export interface DayRange {
  from: string
  to: string
}

/** Everything here reads the rollups only: a range of days is a primary-key range, never the orders. */
export function summaryQuery(db: Db, { from, to }: DayRange) {
  return db
    .selectFrom('stats_days')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('orders'), sql<number>`0`).as('orders'),
      eb.fn.coalesce(eb.fn.sum<number>('revenue'), sql<number>`0`).as('revenue'),
      eb.fn.coalesce(eb.fn.sum<number>('discounts'), sql<number>`0`).as('discounts'),
      eb.fn.coalesce(eb.fn.sum<number>('tax'), sql<number>`0`).as('tax'),
      eb.fn.coalesce(eb.fn.sum<number>('items'), sql<number>`0`).as('items'),
      eb.fn.coalesce(eb.fn.sum<number>('refunds'), sql<number>`0`).as('refunds'),
      eb.fn.coalesce(eb.fn.sum<number>('returned_items'), sql<number>`0`).as('returned_items'),
      eb.fn.coalesce(eb.fn.sum<number>('returns'), sql<number>`0`).as('returns'),
      eb.fn.coalesce(eb.fn.sum<number>('rounding'), sql<number>`0`).as('rounding'),
      eb.fn.coalesce(eb.fn.sum<number>('cost'), sql<number>`0`).as('cost'),
      eb.fn.coalesce(eb.fn.sum<number>('costed_sales'), sql<number>`0`).as('costed_sales')
    ])
    .where('day', '>=', from)
    .where('day', '<=', to)
}

export async function readSummary(db: Db, range: DayRange): Promise<StatsSummary> {
  const row = await summaryQuery(db, range).executeTakeFirstOrThrow()
  const orders = Number(row.orders)
  const revenue = Number(row.revenue)
  const refunds = Number(row.refunds)
  const returns = Number(row.returns)
  return {
    orders,
    revenue: money(revenue),
    // Rounded half up to the minor unit: the average of $10.00, $10.00 and $10.01 is $10.00.
    averageOrderValue: money(orders === 0 ? 0 : Math.floor((2 * revenue + orders) / (2 * orders))),
    refunds: money(refunds),
    returns: money(returns),
    netRevenue: money(revenue - returns),
    discounts: money(Number(row.discounts)),
    tax: money(Number(row.tax)),
    items: Number(row.items),
    returnedItems: Number(row.returned_items),
    cashRounding: money(Number(row.rounding)),
    costOfGoods: money(Number(row.cost)),
    costedSales: money(Number(row.costed_sales)),
    margin: money(Number(row.costed_sales) - Number(row.cost))
  }
}

export function byRateQuery(db: Db, { from, to }: DayRange) {
  return db
    .selectFrom('stats_tax_days')
    .select((eb) => ['rate_bp', eb.fn.sum<number>('net').as('net'), eb.fn.sum<number>('tax').as('tax'), eb.fn.sum<number>('gross').as('gross')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('rate_bp')
    .orderBy('rate_bp', 'desc')
}

/** Tax collected per rate, sales less returns: net + tax = gross in every row. */
export async function readTaxByRate(db: Db, range: DayRange): Promise<TaxRateTotals[]> {
  const rows = await byRateQuery(db, range).execute()
  return rows
    .map((row) => ({ rateBp: row.rate_bp, net: money(Number(row.net)), tax: money(Number(row.tax)), gross: money(Number(row.gross)) }))
    .filter((row) => row.net !== 0 || row.tax !== 0)
}

export function byDayQuery(db: Db, { from, to }: DayRange) {
  return db.selectFrom('stats_days').select(['day', 'orders', 'revenue', 'refunds']).where('day', '>=', from).where('day', '<=', to).orderBy('day')
}

/** Every day of the range in order; a day without a row had no sales. */
export async function readByDay(db: Db, range: DayRange): Promise<DaySales[]> {
  const rows = new Map((await byDayQuery(db, range).execute()).map((row) => [row.day, row]))
  const days: DaySales[] = []
  for (let day = range.from; day <= range.to; day = nextBusinessDay(day)) {
    const row = rows.get(day)
    days.push({ day, orders: row?.orders ?? 0, revenue: money(row?.revenue ?? 0), refunds: money(row?.refunds ?? 0) })
  }
  return days
}

export function byHourQuery(db: Db, { from, to }: DayRange) {
  return db
    .selectFrom('stats_hours')
    .select((eb) => ['hour', eb.fn.sum<number>('orders').as('orders'), eb.fn.sum<number>('revenue').as('revenue')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('hour')
}

/** All 24 hours of the shop's clock, quiet ones included. */
export async function readByHour(db: Db, range: DayRange): Promise<HourSales[]> {
  const rows = new Map((await byHourQuery(db, range).execute()).map((row) => [row.hour, row]))
  return Array.from({ length: 24 }, (_, hour) => ({
    hour,
    orders: Number(rows.get(hour)?.orders ?? 0),
    revenue: money(Number(rows.get(hour)?.revenue ?? 0))
  }))
}

export function paymentMixQuery(db: Db, { from, to }: DayRange) {
  return db
    .selectFrom('stats_payments')
    .select((eb) => [
      'method',
      eb.fn.sum<number>('payments').as('payments'),
      eb.fn.sum<number>('paid').as('paid'),
      eb.fn.sum<number>('refunded').as('refunded'),
      eb.fn.sum<number>('rounding').as('rounding')
    ])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('method')
}

/** Each payment method that moved money in the range, in the contract's method order. */
export async function readPaymentMix(db: Db, range: DayRange): Promise<PaymentMethodShare[]> {
  const rows = new Map((await paymentMixQuery(db, range).execute()).map((row) => [row.method, row]))
  return PAYMENT_METHODS.filter((method) => rows.has(method)).map((method: PaymentMethod) => {
    const row = rows.get(method)!
    const paid = Number(row.paid)
    const refunded = Number(row.refunded)
    const rounding = Number(row.rounding)
    return { method, payments: Number(row.payments), paid: money(paid), refunded: money(refunded), net: money(paid - refunded), rounding: money(rounding) }
  })
}

export function statusCountsQuery(db: Db) {
  return db.selectFrom('stats_statuses').select(['status', 'orders'])
}

export async function readStatusCounts(db: Db): Promise<StatusCounts> {
  const rows = new Map((await statusCountsQuery(db).execute()).map((row) => [row.status, row.orders]))
  return Object.fromEntries(ORDER_STATUSES.map((status) => [status, rows.get(status) ?? 0])) as StatusCounts
}
