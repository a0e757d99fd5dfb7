import type { ExportResult } from '../../shared/orders'
import { nextBusinessDay, startOfBusinessDay } from '../../shared/business-day'
import type { OverShortReport, ZPage, ZReport, ZSummary } from '../../shared/shifts'
import { currencyDigits } from '../../shared/currency'
import { AppError } from '../core/app-error'
import type { Db } from '../db/schema'
import type { ZReportsTable } from '../db/tables/shifts.table'
import { writeCsvFile } from '../files/write-csv'
import { decimalAmount } from '../orders/order-export'
import { zReportFromStored, type StoredZReport } from './z-stored'

type SummaryRow = Omit<ZReportsTable, 'report'>

const SUMMARY_COLUMNS = [
  'number',
  'shift_id',
  'opened_at',
  'closed_at',
  'opened_by_name',
  'closed_by_name',
  'currency',
  'net',
  'expected_cash',
  'counted_cash',
  'over_short',
  'grand_total'
] as const

function summaryOf(row: SummaryRow): ZSummary {
  return {
    number: row.number,
    shiftId: row.shift_id,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    openedBy: row.opened_by_name,
    closedBy: row.closed_by_name,
    currency: row.currency,
    net: row.net,
    expectedCash: row.expected_cash,
    countedCash: row.counted_cash,
    overShort: row.over_short,
    grandTotal: row.grand_total
  }
}

/** Z reports newest first, one keyset page on the number (the primary key). */
export async function listZReports(db: Db, input: { before?: number; limit: number }): Promise<ZPage> {
  const rows = await db
    .selectFrom('z_reports')
    .select(SUMMARY_COLUMNS)
    .$if(input.before !== undefined, (query) => query.where('number', '<', input.before ?? 0))
    .orderBy('number', 'desc')
    .limit(input.limit + 1)
    .execute()
  const page = rows.slice(0, input.limit)
  return { reports: page.map(summaryOf), nextBefore: rows.length > input.limit ? (page.at(-1)?.number ?? null) : null }
}

/** The Z as it was written at close: its stored figures, never recomputed. */
export async function getZReport(db: Db, number: number): Promise<ZReport> {
  const row = await db.selectFrom('z_reports').select('report').where('number', '=', number).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', `Z report ${number} was not found.`, { details: { number } })
  const link = await db.selectFrom('sales_chain').select('hash').where('kind', '=', 'z').where('ref_id', '=', number).executeTakeFirst()
  return { ...zReportFromStored(JSON.parse(row.report) as StoredZReport), salesChainHash: link?.hash ?? null }
}

/** Over/short of every shift closed on these shop days (keyed on the Z number, closed in order). */
export async function overShortReport(db: Db, range: { from: string; to: string }, timeZone: string): Promise<OverShortReport> {
  const rows = await db
    .selectFrom('z_reports')
    .select(SUMMARY_COLUMNS)
    .where('closed_at', '>=', startOfBusinessDay(range.from, timeZone))
    .where('closed_at', '<', startOfBusinessDay(nextBusinessDay(range.to), timeZone))
    .orderBy('number')
    .execute()
  const people = new Map<string, OverShortReport['people'][number]>()
  for (const row of rows) {
    const person = people.get(row.closed_by_name) ?? { name: row.closed_by_name, shifts: 0, over: 0, short: 0, net: 0 }
    person.shifts += 1
    if (row.over_short > 0) person.over += row.over_short
    else person.short += row.over_short
    person.net += row.over_short
    people.set(row.closed_by_name, person)
  }
  return { shifts: rows.map(summaryOf), people: [...people.values()].sort((a, b) => a.net - b.net || a.name.localeCompare(b.name)) }
}

const CSV_COLUMNS = [
  'z_number',
  'opened_at_utc',
  'closed_at_utc',
  'opened_by',
  'closed_by',
  'currency',
  'net',
  'expected_cash',
  'counted_cash',
  'over_short',
  'grand_total'
] as const

/** Every Z report, oldest first, one page at a time, to a CSV file. */
export async function exportZReportsCsv(db: Db, path: string): Promise<ExportResult> {
  let count = 0
  async function* records() {
    let after = 0
    for (;;) {
      const rows = await db.selectFrom('z_reports').select(SUMMARY_COLUMNS).where('number', '>', after).orderBy('number').limit(500).execute()
      for (const row of rows) {
        count += 1
        const amount = (minor: number) => decimalAmount(minor, currencyDigits(row.currency))
        yield {
          z_number: row.number,
          opened_at_utc: new Date(row.opened_at).toISOString(),
          closed_at_utc: new Date(row.closed_at).toISOString(),
          opened_by: row.opened_by_name,
          closed_by: row.closed_by_name,
          currency: row.currency,
          net: amount(row.net),
          expected_cash: amount(row.expected_cash),
          counted_cash: amount(row.counted_cash),
          over_short: amount(row.over_short),
          grand_total: amount(row.grand_total)
        }
      }
      const last = rows.at(-1)
      if (!last) break
      after = last.number
    }
  }
  await writeCsvFile(path, records(), CSV_COLUMNS)
  return { rows: count, path }
}
