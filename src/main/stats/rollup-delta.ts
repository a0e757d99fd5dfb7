import type { SqlRunner } from '../db/statement-cache'
import type {
  StatsDaysTable,
  StatsHoursTable,
  StatsPaymentsTable,
  StatsProductDaysTable,
  StatsStaffDaysTable,
  StatsTaxDaysTable
} from '../db/tables/stats.table'

// The figures each rollup row adds up: its table's columns less its key and its currency.
type DayFigures = Omit<StatsDaysTable, 'day' | 'currency'>
type Sales = Omit<StatsHoursTable, 'day' | 'hour' | 'currency'>
type ProductSales = Omit<StatsProductDaysTable, 'product_id' | 'day' | 'currency'>
type PaymentFigures = Omit<StatsPaymentsTable, 'day' | 'method' | 'currency'>
type TaxFigures = Omit<StatsTaxDaysTable, 'day' | 'rate_bp' | 'currency'>
export type StaffFigures = Omit<StatsStaffDaysTable, 'day' | 'staff_id' | 'currency'>

/** A rollup row being gathered: its sums, and the currency its amounts are in. */
type Gathered<T> = T & { currency: string }

const zeroProduct = (): ProductSales => ({ units: 0, revenue: 0 })

const zeroStaff = (): StaffFigures => ({ orders: 0, gross: 0, cancels: 0, cancelled: 0, paid: 0, returns: 0, refunds: 0 })

const zeroDay = (): DayFigures => ({
  orders: 0,
  revenue: 0,
  discounts: 0,
  tax: 0,
  items: 0,
  refunds: 0,
  returned_items: 0,
  returns: 0,
  rounding: 0,
  cost: 0,
  costed_sales: 0
})

function bump<T extends object>(map: Map<string, Gathered<T>>, key: string, currency: string, zero: () => T, change: Partial<Record<keyof T, number>>): void {
  let row = map.get(key)
  if (!row) map.set(key, (row = { ...zero(), currency }))
  const target = row as unknown as Record<keyof T, number>
  for (const name of Object.keys(change) as Array<keyof T>) target[name] += change[name] ?? 0
}

/**
 * What one fold adds to (or, for a cancelled order, takes off) each rollup row, gathered first so
 * that every row is written once per command, whatever the number of orders or lines behind it.
 */
export class RollupDelta {
  private readonly days = new Map<string, Gathered<DayFigures>>()
  private readonly hours = new Map<string, Gathered<Sales>>()
  private readonly payments = new Map<string, Gathered<PaymentFigures>>()
  private readonly productDays = new Map<string, Gathered<ProductSales>>()
  private readonly taxDays = new Map<string, Gathered<TaxFigures>>()
  private readonly staffDays = new Map<string, Gathered<StaffFigures>>()
  private readonly statuses = new Map<string, number>()

  day(day: string, currency: string, change: Partial<DayFigures>): void {
    bump(this.days, day, currency, zeroDay, change)
  }

  hour(day: string, hour: number, currency: string, orders: number, revenue: number): void {
    bump(this.hours, `${day}|${hour}`, currency, () => ({ orders: 0, revenue: 0 }), { orders, revenue })
  }

  payment(day: string, method: string, currency: string, change: Partial<PaymentFigures>): void {
    bump(this.payments, `${day}|${method}`, currency, () => ({ payments: 0, paid: 0, refunded: 0, rounding: 0 }), change)
  }

  /** Units and revenue of a product on a day; its month follows from the day. */
  product(day: string, productId: number, currency: string, units: number, revenue: number): void {
    bump(this.productDays, `${productId}|${day}`, currency, zeroProduct, { units, revenue })
  }

  /** Sales (or, negative, returns) at one tax rate: `gross` with `tax` inside it. */
  tax(day: string, rateBp: number, currency: string, gross: number, tax: number): void {
    bump(this.taxDays, `${day}|${rateBp}`, currency, () => ({ net: 0, tax: 0, gross: 0 }), { net: gross - tax, tax, gross })
  }

  /** One staff member's figures on a day (migration 21). */
  staff(day: string, staffId: string, currency: string, change: Partial<StaffFigures>): void {
    bump(this.staffDays, `${day}|${staffId}`, currency, zeroStaff, change)
  }

  status(status: string, change: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + change)
  }

  /** Each rollup row in one upsert: fixed SQL text per table, its values straight from the gathered sums. */
  write(sql: SqlRunner): void {
    for (const [day, f] of this.days) {
      sql.run(DAYS, [
        day,
        f.currency,
        f.orders,
        f.revenue,
        f.discounts,
        f.tax,
        f.items,
        f.refunds,
        f.returned_items,
        f.returns,
        f.rounding,
        f.cost,
        f.costed_sales
      ])
    }
    for (const [key, f] of this.hours) sql.run(HOURS, [key.slice(0, 10), Number(key.slice(11)), f.currency, f.orders, f.revenue])
    for (const [key, f] of this.payments) sql.run(PAYMENTS, [key.slice(0, 10), key.slice(11), f.currency, f.payments, f.paid, f.refunded, f.rounding])
    for (const [key, f] of this.taxDays) sql.run(TAX_DAYS, [key.slice(0, 10), Number(key.slice(11)), f.currency, f.net, f.tax, f.gross])
    if (this.productDays.size > 0) {
      const months = new Map<string, Gathered<ProductSales>>()
      for (const [key, f] of this.productDays) {
        const [productId, day] = key.split('|') as [string, string]
        sql.run(PRODUCT_DAYS, [Number(productId), day, f.currency, f.units, f.revenue])
        bump(months, `${productId}|${day.slice(0, 7)}`, f.currency, zeroProduct, { units: f.units, revenue: f.revenue })
      }
      for (const [key, f] of months) {
        const [productId, month] = key.split('|') as [string, string]
        sql.run(PRODUCT_MONTHS, [Number(productId), month, f.currency, f.units, f.revenue])
      }
    }
    for (const [key, f] of this.staffDays) {
      sql.run(STAFF_DAYS, [key.slice(0, 10), key.slice(11), f.currency, f.orders, f.gross, f.cancels, f.cancelled, f.paid, f.returns, f.refunds])
    }
    for (const [status, change] of this.statuses) if (change !== 0) sql.run(STATUSES, [status, change])
  }
}

/**
 * One upsert per rollup row, SQL text written once per table rather than built by the query
 * builder: the rollups run in every sale. Single-row statements, because SQLite runs five of them
 * faster than one upsert of five rows, which also stalled for milliseconds now and then.
 * `keys` identify the row, `currency` is written with a new row, `sums` are added to.
 */
function upsertText(table: string, keys: readonly string[], sums: readonly string[], currency: readonly string[] = ['currency']): string {
  const columns = [...keys, ...currency, ...sums]
  return (
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})` +
    ` ON CONFLICT (${keys.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ` +
    sums.map((c) => `"${c}" = "${c}" + excluded."${c}"`).join(', ')
  )
}

const DAYS = upsertText(
  'stats_days',
  ['day'],
  ['orders', 'revenue', 'discounts', 'tax', 'items', 'refunds', 'returned_items', 'returns', 'rounding', 'cost', 'costed_sales']
)
const HOURS = upsertText('stats_hours', ['day', 'hour'], ['orders', 'revenue'])
const PAYMENTS = upsertText('stats_payments', ['day', 'method'], ['payments', 'paid', 'refunded', 'rounding'])
const TAX_DAYS = upsertText('stats_tax_days', ['day', 'rate_bp'], ['net', 'tax', 'gross'])
const PRODUCT_DAYS = upsertText('stats_product_days', ['product_id', 'day'], ['units', 'revenue'])
const PRODUCT_MONTHS = upsertText('stats_product_months', ['product_id', 'month'], ['units', 'revenue'])
const STAFF_DAYS = upsertText('stats_staff_days', ['day', 'staff_id'], ['orders', 'gross', 'cancels', 'cancelled', 'paid', 'returns', 'refunds'])
const STATUSES = upsertText('stats_statuses', ['status'], ['orders'], [])
