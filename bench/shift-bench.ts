import type BetterSqlite3 from 'better-sqlite3'
import { OWNER } from '../src/shared/actor'
import type { ZReport } from '../src/shared/shifts'
import { runCommand, systemCaller } from '../src/main/core/command'
import { foldIntoShift, readShiftCursor } from '../src/main/shifts/shift-fold'
import { renderZReportEscPos } from '../src/main/shifts/z-print'
import { TOOL_WINDOW, type Tillpoint } from '../src/main/tillpoint'
import { judged, timeOnce, type Figure } from './measure'

const LIMIT_MS = 50

/**
 * Gives the open shift `count` more orders: copies of the newest orders with their lines and
 * payments, written by raw statements (untimed), then folded into the shift in one command as the
 * sales' own commands would have, so the close that follows finds a shift of that many orders.
 */
async function fillShift(till: Tillpoint, sqlite: BetterSqlite3.Database, count: number): Promise<void> {
  const columns = (table: string) =>
    (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}') WHERE name NOT IN ('id', 'order_id', 'shift_id')`).all() as Array<{ name: string }>).map(
      (column) => `"${column.name}"`
    )
  const orderColumns = columns('orders').filter((name) => name !== '"sequence"' && name !== '"number"')
  const lineColumns = columns('order_lines')
  const paymentColumns = columns('payments')
  sqlite.transaction(() => {
    const { top, seq } = sqlite.prepare('SELECT max(id) AS top, max(sequence) AS seq FROM orders').get() as { top: number; seq: number }
    const from = top - count
    const shift = seq - from
    sqlite
      .prepare(
        `INSERT INTO orders (id, sequence, number, ${orderColumns.join(', ')})
         SELECT id + ?, sequence + ?, 'S-' || (sequence + ?), ${orderColumns.join(', ')} FROM orders WHERE id > ?`
      )
      .run(count, shift, shift, from)
    sqlite
      .prepare(
        `INSERT INTO order_lines (order_id, ${lineColumns.join(', ')}) SELECT order_id + ?, ${lineColumns.join(', ')} FROM order_lines WHERE order_id > ?`
      )
      .run(count, from)
    sqlite
      .prepare(
        `INSERT INTO payments (order_id, ${paymentColumns.join(', ')}) SELECT order_id + ?, ${paymentColumns.join(', ')} FROM payments WHERE order_id > ? AND kind = 'payment'`
      )
      .run(count, from)
    sqlite.prepare('UPDATE order_counter SET last_sequence = (SELECT max(sequence) FROM orders) WHERE id = 1').run()
  })()
  await runCommand(till.context, systemCaller(OWNER, 'bench.fillShift'), async (scope) => {
    const cursor = readShiftCursor(scope)
    if (cursor.shift_id === null) throw new Error('No shift is open to fill')
    await foldIntoShift(scope, cursor, cursor.shift_id)
  })
}

async function ok(till: Tillpoint, channel: string, input: unknown): Promise<unknown> {
  const result = await till.dispatch(channel, { input }, TOOL_WINDOW)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data
}

/**
 * Closing a shift of `orders` orders, from the call of `shifts.close` through the IPC helper to its
 * Z; then printing that Z: its 80 mm page (`shifts.zPreview`, the HTML a system printer gets) and
 * its ESC/POS bytes for a network printer. Each sample is a fresh shift of that size.
 */
export async function shiftFigures(till: Tillpoint, options: { samples: number; orders: number; advance(): void }): Promise<Figure[]> {
  const close: number[] = []
  const page: number[] = []
  const escpos: number[] = []
  for (let index = 0; index < options.samples; index++) {
    options.advance()
    await ok(till, 'shifts.open', { float: { total: 20_000 } })
    await fillShift(till, till.sqlite, options.orders)
    await ok(till, 'shifts.count', { count: { total: 123_456 } })
    let z: ZReport | null = null
    close.push(await timeOnce(async () => (z = (await ok(till, 'shifts.close', { reason: 'bench', keepOpenCarts: true })) as ZReport)))
    const report = z as ZReport | null
    if (!report || report.salesCount !== options.orders) throw new Error(`The Z counted ${report?.salesCount} sales, not ${options.orders}`)
    page.push(await timeOnce(() => ok(till, 'shifts.zPreview', { number: report.number, paper: '80mm' })))
    escpos.push(
      await timeOnce(async () =>
        renderZReportEscPos((await ok(till, 'shifts.zGet', { number: report.number })) as ZReport, {
          columns: 48,
          codePage: 'cp858',
          reprint: true,
          language: 'en'
        })
      )
    )
  }
  const size = options.orders.toLocaleString('en')
  return [
    judged('shifts', `shifts.close, a shift of ${size} orders (snapshot, Z number, lock)`, close, 'p95', LIMIT_MS),
    judged('shifts', `its Z printed: the 80 mm page (shifts.zPreview)`, page, 'p95', LIMIT_MS),
    judged('shifts', `its Z printed: ESC/POS bytes (zGet + render)`, escpos, 'p95', LIMIT_MS)
  ]
}
