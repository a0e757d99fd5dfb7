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
  /** Money paid back for returns on the day. */
  refunds: number
  returned_items: number
  /** What the goods returned on the day were worth (refunded or not): revenue less this is net. */
  returns: number
  /** Cash rounding on the day (migration 8): cash taken beyond what it settled, less the same on cash refunds. */
  rounding: number
  /** Cost of the goods sold on the day whose cost was known, less that of such goods returned (migration 26). */
  cost: number
  /** Net sales (after discounts, without tax) of those same lines: margin is this less cost. */
  costed_sales: number
  currency: string
}

export interface StatsHoursTable {
  day: string
  hour: number
  orders: number
  revenue: number
  currency: string
}

export interface StatsPaymentsTable {
  day: string
  method: string
  payments: number
  paid: number
  refunded: number
  /** The method's cash rounding (migration 8), apart from what was paid and refunded; 0 unless cash. */
  rounding: number
  currency: string
}

export interface StatsProductDaysTable {
  product_id: number
  day: string
  units: number
  revenue: number
  currency: string
}

export interface StatsProductMonthsTable {
  product_id: number
  month: string
  units: number
  revenue: number
  currency: string
}

/** Sales less returns per tax rate per day (migration 8): net + tax = gross in every row. */
export interface StatsTaxDaysTable {
  day: string
  rate_bp: number
  currency: string
  net: number
  tax: number
  gross: number
}

export interface StatsStatusesTable {
  status: string
  orders: number
}

/** Sales and refunds per staff member and day (migration 21); see the migration for what each counts. */
export interface StatsStaffDaysTable {
  day: string
  staff_id: string
  currency: string
  orders: number
  gross: number
  cancels: number
  cancelled: number
  paid: number
  returns: number
  refunds: number
}

export interface StatsTables {
  stats_cursor: StatsCursorTable
  stats_days: StatsDaysTable
  stats_hours: StatsHoursTable
  stats_payments: StatsPaymentsTable
  stats_product_days: StatsProductDaysTable
  stats_product_months: StatsProductMonthsTable
  stats_statuses: StatsStatusesTable
  stats_tax_days: StatsTaxDaysTable
  stats_staff_days: StatsStaffDaysTable
}
