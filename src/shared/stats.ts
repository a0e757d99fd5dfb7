import { z } from 'zod'
import { BUSINESS_DAY_PATTERN } from './business-day'
import type { Money } from './money'
import type { TaxRateTotals } from './pricing'
import type { OrderStatus } from './orders'
import type { PaymentMethod } from './payments'
import type { SoldBy } from './sold-by'
import { schemaMessage } from './i18n/schema-message'

/** The longest range the stats answer at once: a leap year, first and last day included. */
export const MAX_STATS_DAYS = 366
export const MAX_TOP_PRODUCTS = 50

const day = z.string().regex(BUSINESS_DAY_PATTERN, { error: schemaMessage('common.dateFormat') })

/** Days counted from the first to the last, both included ('2026-03-01'..'2026-03-01' is 1). */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
}

/**
 * A range of shop-local days, both included. Leave both out for today (the shop's today, in its
 * time zone); give both for any other range.
 */
export const statsRangeSchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    /** How many best sellers to list, by units and by revenue. */
    top: z.number().int().min(1).max(MAX_TOP_PRODUCTS).default(10)
  })
  .strict()
  .superRefine(checkRange)

function checkRange(range: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  const { from, to } = range
  if ((from === undefined) !== (to === undefined)) {
    ctx.addIssue({ code: 'custom', path: [from === undefined ? 'from' : 'to'], message: schemaMessage('stats.bothDays') })
  } else if (from !== undefined && to !== undefined) {
    if (from > to) ctx.addIssue({ code: 'custom', path: ['to'], message: schemaMessage('common.lastDayBeforeFirst') })
    else if (daysInRange(from, to) > MAX_STATS_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: schemaMessage('stats.rangeMax', { max: MAX_STATS_DAYS }) })
  }
}

export type StatsRange = z.input<typeof statsRangeSchema>

/** A range of shop-local days for the figures per staff member: both days, or neither for today. */
export const staffSalesRangeSchema = z.object({ from: day.optional(), to: day.optional() }).strict().superRefine(checkRange)

export type StaffSalesRange = z.input<typeof staffSalesRangeSchema>

/**
 * One person's figures over a range (migration 21). Sales count for who took the order, on the day
 * placed, less the orders cancelled since; a cancel counts for who cancelled it. Returns (the goods'
 * value) and refunds (the money paid back for them) count for who took them back, on that day.
 * Net is gross less returns, so the people's nets add up to the overview's net revenue.
 */
export interface StaffSales {
  staffId: string
  /** Null for an automatic actor (the hold expiry sweep) that is no staff member. */
  name: string | null
  orders: number
  gross: Money
  cancels: number
  cancelled: Money
  paid: Money
  returns: Money
  refunds: Money
  net: Money
}

export interface StaffSalesReport {
  from: string
  to: string
  /** Highest gross first; a person with nothing in the range is not listed. */
  people: StaffSales[]
}

export const lowStockQuerySchema = z
  .object({
    /** Keyset cursor: the last variant already shown. */
    after: z.object({ productId: z.number().int().positive(), variantId: z.number().int().positive() }).strict().optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()

/**
 * The figures of a range. Sales count on the day the order was placed, for orders not cancelled
 * (a cancelled order was never a sale, whenever it was cancelled). Returns count on the day of the
 * return, so a closed day's figures never move: `returns` is what the goods that came back were
 * worth, `refunds` the money paid back for them (less on an order paid only a deposit); net revenue
 * is revenue less returns, and tax is the tax of the sales less the tax of the returns.
 */
export interface StatsSummary {
  orders: number
  revenue: Money
  averageOrderValue: Money
  refunds: Money
  returns: Money
  netRevenue: Money
  /** Line, promotion, order and coupon discounts of the orders placed. */
  discounts: Money
  /** Tax on the orders placed, less the tax inside the returns. */
  tax: Money
  items: number
  returnedItems: number
  /** Cash rounding to the smallest coin: cash taken beyond what it settled, less the same on cash refunds. */
  cashRounding: Money
  /**
   * What the goods sold cost the shop, at the cost each line had when sold, for the lines whose
   * cost was known; goods returned come off on the day of the return, cancelled orders never count.
   */
  costOfGoods: Money
  /** Net sales (after discounts, without tax) of those same lines. */
  costedSales: Money
  /** costedSales − costOfGoods: the gross margin on the sales whose cost is known. */
  margin: Money
}

export interface HourSales {
  /** 0-23 on the shop's clock. */
  hour: number
  orders: number
  revenue: Money
}

export interface DaySales {
  day: string
  orders: number
  revenue: Money
  refunds: Money
}

/** Money taken and given back by each method, counted on the day it changed hands. */
export interface PaymentMethodShare {
  method: PaymentMethod
  payments: number
  paid: Money
  refunded: Money
  /** What was paid less what was refunded: the amounts settled, cash rounding apart. */
  net: Money
  /** Cash only: rounding to the smallest coin, apart from `net` (the drawer moved net + rounding). */
  rounding: Money
}

/** Net of returns: units sold in the range less units returned in it, and the same for money. */
export interface TopProduct {
  productId: number
  name: string
  /** Net units sold; thousandths of `soldBy` for a product sold by weight. */
  units: number
  soldBy: SoldBy
  revenue: Money
}

export type StatusCounts = Record<OrderStatus, number>

export interface StatsOverview {
  from: string
  to: string
  /** The shop's today, so a screen knows whether the range is live. */
  today: string
  summary: StatsSummary
  byHour: HourSales[]
  /** Every day of the range, days without sales included. */
  byDay: DaySales[]
  paymentMix: PaymentMethodShare[]
  /** Products sold by the piece, by pieces sold. */
  topByUnits: TopProduct[]
  /** Every product, by revenue. */
  topByRevenue: TopProduct[]
  /** Products sold by weight, by the weight sold (kg, g and lb on one scale), each in its own unit. */
  topByWeight: TopProduct[]
  /** Orders in each status now, over the whole history. */
  statusCounts: StatusCounts
  /** Tax collected per rate in the range, sales less returns, highest rate first. */
  taxByRate: TaxRateTotals[]
  /** The currency every amount here is in. */
  currency: string
}

export interface LowStockItem {
  productId: number
  variantId: number
  name: string
  label: string
  sku: string
  /** Stock and threshold are thousandths of `soldBy` for a product sold by weight. */
  stock: number
  threshold: number
  soldBy: SoldBy
}

export interface LowStockPage {
  items: LowStockItem[]
  next: { productId: number; variantId: number } | null
}
