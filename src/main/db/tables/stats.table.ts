/** Rollup tables (migration 0007): folded from the order tables, never written by hand. */

export interface StatsCursorTable {
  id: number
  /** 0 until the first fold over the whole history (a database that had orders before migration 7). */
  built: number
  /** The zone the hour rollup was computed in; a change of settings.timeZone recomputes it. */
  time_zone: string
  order_id: number
  event_id: number
  payment_id: number
  return_id: number
}

export interface StatsDaysTable {
  day: string
  orders: number
  revenue: number
  discounts: number
  tax: number
  items: number
  refunds: number
  returned_items: number
}

export interface StatsHoursTable {
  day: string
  hour: number
  orders: number
  revenue: number
}

export interface StatsPaymentsTable {
  day: string
  method: string
  payments: number
  paid: number
  refunded: number
}

export interface StatsProductDaysTable {
  product_id: number
  day: string
  units: number
  revenue: number
}

export interface StatsProductMonthsTable {
  product_id: number
  month: string
  units: number
  revenue: number
}

export interface StatsStatusesTable {
  status: string
  orders: number
}

export interface StatsTables {
  stats_cursor: StatsCursorTable
  stats_days: StatsDaysTable
  stats_hours: StatsHoursTable
  stats_payments: StatsPaymentsTable
  stats_product_days: StatsProductDaysTable
  stats_product_months: StatsProductMonthsTable
  stats_statuses: StatsStatusesTable
}
