import type { ExportResult, OrderCursor, OrderFilter } from '../../shared/orders'
import type { Db } from '../db/schema'
import { writeCsvFile } from '../files/write-csv'
import { currencyDigits } from '../../shared/currency'
import { listOrderRows, type OrderListRow } from './order-list'

const PAGE_SIZE = 500

const COLUMNS = [
  'number',
  'business_day',
  'created_at_utc',
  'kind',
  'status',
  'payment_state',
  'customer',
  'items',
  'currency',
  'subtotal',
  'discounts',
  'tax',
  'total',
  'paid',
  'refunded',
  'returned'
] as const

/** Minor units as a plain decimal a spreadsheet reads: 12345 with 2 digits -> "123.45". */
export function decimalAmount(minor: number, digits: number): string {
  if (digits === 0) return String(minor)
  const sign = minor < 0 ? '-' : ''
  const text = String(Math.abs(minor)).padStart(digits + 1, '0')
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`
}

const digitsOf = new Map<string, number>()

/** Each order's amounts are written in its own currency, named in the row beside them. */
function toRecord(row: OrderListRow): Record<(typeof COLUMNS)[number], string | number> {
  let digits = digitsOf.get(row.currency)
  if (digits === undefined) digitsOf.set(row.currency, (digits = currencyDigits(row.currency)))
  const amount = (minor: number) => decimalAmount(minor, digits)
  return {
    number: row.number,
    business_day: row.business_day,
    created_at_utc: new Date(row.created_at).toISOString(),
    kind: row.kind,
    status: row.status,
    payment_state: row.payment_state,
    customer: row.customer_name,
    items: row.item_count,
    currency: row.currency,
    subtotal: amount(row.subtotal),
    discounts: amount(row.line_discount_total + row.promotion_discount_total + row.order_discount_total + row.coupon_discount_total),
    tax: amount(row.tax_total),
    total: amount(row.total),
    paid: amount(row.paid_total),
    refunded: amount(row.refunded_total),
    returned: amount(row.returned_total)
  }
}

/**
 * Streams the filtered order list, newest first, to a CSV file, one keyset page at a time, so the
 * list is never held in memory; a failed export leaves no half file (see writeCsvFile).
 */
export async function exportOrdersCsv(
  db: Db,
  input: { filter: OrderFilter; path: string },
  /** Told how many orders are written so far after each page, for a progress indicator. */
  onProgress: (rows: number) => void = () => undefined
): Promise<ExportResult> {
  let count = 0
  async function* records() {
    let after: OrderCursor | undefined
    do {
      const page = await listOrderRows(db, { filter: input.filter, after, limit: PAGE_SIZE })
      for (const row of page.rows) {
        count += 1
        yield toRecord(row)
      }
      onProgress(count)
      after = page.next ?? undefined
    } while (after)
  }
  await writeCsvFile(input.path, records(), COLUMNS)
  return { rows: count, path: input.path }
}
