import { hash } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { SqlRunner } from '../db/statement-cache'
import type { ZReportsTable } from '../db/tables/shifts.table'
import { canonicalJson } from './canonical-json'
import { GENESIS_PREVIOUS } from './journal-entry'
import type { OrderSnapshot } from './order-snapshot'

export type SalesLinkKind = 'order' | 'z'

// Hot path (a sale's last statements): fixed SQL through the command's synchronous runner.
const CHAINED = 'SELECT 1 AS chained FROM sales_chain WHERE kind = ? AND ref_id = ?'
const HEAD = 'SELECT hash FROM sales_chain ORDER BY seq DESC LIMIT 1'
const INSERT = 'INSERT INTO sales_chain (kind, ref_id, at, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)'

/** Formula 1 of a sales-chain link: SHA-256 over the previous link, what it is, and its fields. */
export function salesLinkHash(prevHash: string, kind: SalesLinkKind, refId: number, body: string): string {
  return hash('sha256', `S1\n${prevHash}\n${kind}\n${refId}\n${body}`)
}

/**
 * What a tax inspector reads of a final sale, none of which changes afterwards: its number and
 * time, each line with quantity, price and tax rate, the totals per tax rate, and the payments.
 */
export function saleFields(order: Pick<OrderSnapshot, 'number' | 'createdAt' | 'currency' | 'total' | 'lines' | 'payments'>) {
  const rates = new Map<number, { rateBp: number; net: number; tax: number; gross: number }>()
  for (const line of order.lines) {
    const rate = rates.get(line.taxRateBp) ?? { rateBp: line.taxRateBp, net: 0, tax: 0, gross: 0 }
    // A line's total is what the customer pays for it in both tax modes; its tax is inside it.
    rate.gross += line.total
    rate.tax += line.tax
    rate.net += line.total - line.tax
    rates.set(line.taxRateBp, rate)
  }
  return {
    number: order.number,
    at: order.createdAt,
    currency: order.currency,
    lines: order.lines.map((line) => ({
      name: line.name,
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      taxRateBp: line.taxRateBp,
      total: line.total
    })),
    taxByRate: [...rates.values()].sort((a, b) => a.rateBp - b.rateBp),
    total: order.total,
    payments: order.payments
      .filter((payment) => payment.kind === 'payment')
      .map((payment) => ({ method: payment.method, amount: payment.amount, tendered: payment.tendered, change: payment.change }))
  }
}

/** What a Z report is chained with: its stored figures and the report exactly as written at close. */
export function zFields(row: Selectable<ZReportsTable>) {
  return {
    number: row.number,
    shiftId: row.shift_id,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    currency: row.currency,
    net: row.net,
    expectedCash: row.expected_cash,
    countedCash: row.counted_cash,
    overShort: row.over_short,
    grandTotal: row.grand_total,
    report: row.report
  }
}

/** A sale is final, and joins the chain, once it is paid in full and not cancelled. */
export function isFinalSale(order: Pick<OrderSnapshot, 'paymentState' | 'status'>): boolean {
  return order.paymentState === 'paid' && order.status !== 'cancelled'
}

/** Appends the link once: a sale or Z already in the chain is left as it was first hashed. */
export function chainOnce(sql: SqlRunner, kind: SalesLinkKind, refId: number, at: number, fields: unknown): void {
  if (sql.all(CHAINED, [kind, refId]).length > 0) return
  const [head] = sql.all<{ hash: string }>(HEAD)
  const prevHash = head?.hash ?? GENESIS_PREVIOUS
  const body = canonicalJson(fields)
  sql.run(INSERT, [kind, refId, at, body, prevHash, salesLinkHash(prevHash, kind, refId, body)])
}
