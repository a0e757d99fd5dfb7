import type BetterSqlite3 from 'better-sqlite3'
import type { SqlRunner } from '../db/statement-cache'
import { appendJournalEntry } from './journal-append'

// Once per till, at the first start with the journal: aggregate reads of the data as it stands.
const SUMMARY = `SELECT
  (SELECT count(*) FROM orders) AS orders,
  (SELECT coalesce(sum(total), 0) FROM orders) AS ordersTotal,
  (SELECT coalesce(sum(paid_total), 0) FROM orders) AS paidTotal,
  (SELECT coalesce(sum(refunded_total), 0) FROM orders) AS refundedTotal,
  (SELECT coalesce(max(id), 0) FROM orders) AS lastOrderId,
  (SELECT count(*) FROM order_lines) AS orderLines,
  (SELECT count(*) FROM payments) AS payments,
  (SELECT coalesce(sum(amount), 0) FROM payments WHERE kind = 'payment') AS paymentsTotal,
  (SELECT coalesce(sum(amount), 0) FROM payments WHERE kind = 'refund') AS refundsTotal,
  (SELECT count(*) FROM products) AS products,
  (SELECT count(*) FROM variants) AS variants,
  (SELECT coalesce(sum(stock), 0) FROM variants) AS stockUnits`

/**
 * Starts the chain: a new till's first entry, or an upgraded till's, summarizing what was there
 * before the journal existed, so an auditor can tell the history the journal covers from the
 * history it inherited. Does nothing once the chain has begun.
 */
export function ensureJournalGenesis(sqlite: BetterSqlite3.Database, sql: SqlRunner, now: number): void {
  sqlite.transaction(() => {
    if (sql.all('SELECT 1 FROM journal LIMIT 1').length > 0) return
    const [summary] = sql.all<Record<string, number>>(SUMMARY)
    appendJournalEntry(sql, {
      at: now,
      command: 'journal.genesis',
      staffId: null,
      approverId: null,
      orders: [],
      data: { summary: summary ?? {} }
    })
  })()
}
