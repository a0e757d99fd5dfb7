/**
 * `npm run bench`: builds a shop with a million orders over two years and 50,000 products, checks
 * its rollups against a recomputation, then times checkout against the raw floor, the order list,
 * product search and stats, a 50,000-row catalog import (its time and the longest main-process
 * stall), a verified backup while checkouts run (its time, and the longest main-process stall and
 * the checkout times with the backup running and, for as long, without), then closing a shift of
 * 5,000 orders and printing its Z. Prints a table,
 * writes bench/results/latest.json, and exits 1 when a figure misses its target. BENCH_ORDERS,
 * BENCH_PRODUCTS, BENCH_CHECKOUTS, BENCH_READS, BENCH_SHIFTS, BENCH_SHIFT_ORDERS, BENCH_IMPORT_ROWS and BENCH_BACKUP_RUNS make it smaller
 * or longer; BENCH_KEEP=1 keeps the database.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { businessDay } from '../src/shared/business-day'
import { manualClock } from '../src/main/core/clock'
import { startTillpoint, TOOL_WINDOW } from '../src/main/tillpoint'
import { BENCH_TIME_ZONE, buildDatabase } from './build-database'
import { checkoutFigures } from './checkout-bench'
import { backupFigures } from './backup-figures'
import { seededRandom } from './data-shape'
import { summarize, table, type Figure } from './measure'
import { importFigures } from './import-bench'
import { readFigures } from './read-bench'
import { shiftFigures } from './shift-bench'
import { verifyDay } from './verify-rollup'

const FULL_ORDERS = 1_000_000
const BUILD_LIMIT_MS = 120_000

const size = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`)
  return value
}

async function main(): Promise<number> {
  const orders = size('BENCH_ORDERS', FULL_ORDERS)
  const products = size('BENCH_PRODUCTS', 50_000)
  const checkouts = size('BENCH_CHECKOUTS', 300)
  const runs = size('BENCH_READS', 200)
  const shifts = size('BENCH_SHIFTS', 20)
  const shiftOrders = size('BENCH_SHIFT_ORDERS', 5_000)
  const imports = size('BENCH_IMPORT_ROWS', 50_000)
  const backupRuns = size('BENCH_BACKUP_RUNS', 2)
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-bench-'))
  const path = join(dir, 'bench.sqlite')
  const lastDay = '2026-03-01'

  console.log(`Building ${orders.toLocaleString('en')} orders and ${products.toLocaleString('en')} products in ${path} ...`)
  const buildStart = performance.now()
  const built = await buildDatabase({ path, orders, products, lastDay })
  const buildMs = performance.now() - buildStart
  console.log(`Built in ${(buildMs / 1000).toFixed(1)} s (${built.lines.toLocaleString('en')} order lines): ${JSON.stringify(built.timings)}`)

  const clock = manualClock(built.lastOrderAt + 3_600_000)
  const till = startTillpoint({ dbPath: path, clock, logError: (where, error) => console.error(where, error) })
  // As at a counter, the owner has a PIN and has unlocked the window: every call below goes through
  // the dispatcher's session lookup and permission check, not the pinless till's shortcut.
  const opened = await till.dispatch('staff.setupOwner', { input: { name: 'Bench Owner', pin: '2580' } }, TOOL_WINDOW)
  if (!opened.ok) throw new Error(`staff.setupOwner: ${opened.error.message}`)
  const sqlite = till.sqlite
  const sampleDays = [lastDay, '2025-06-15', '2024-10-27']
  const problems = sampleDays.flatMap((day) => verifyDay(sqlite, day, BENCH_TIME_ZONE))
  console.log(problems.length === 0 ? `Rollups equal a recomputation on ${sampleDays.join(', ')}.` : `Rollups DIFFER:\n${problems.join('\n')}`)
  const figures: Figure[] = []
  try {
    const random = seededRandom(7)
    figures.push(...(await checkoutFigures(till, { random, sellable: built.sellable, clock, checkouts, timeZone: BENCH_TIME_ZONE })))
    const afterCheckouts = verifyDay(sqlite, businessDay(clock.now(), BENCH_TIME_ZONE), BENCH_TIME_ZONE)
    if (afterCheckouts.length > 0) problems.push(...afterCheckouts)
    figures.push(...(await readFigures(till, { runs, now: clock.now(), products })))
    // After the reads, so the search figures are of the bench's own catalog.
    figures.push(...(await importFigures(till, imports)))
    // The backup copies the whole shop built above, while the sales go on.
    figures.push(...(await backupFigures(till, { random, sellable: built.sellable, runs: backupRuns, advance: () => clock.advance(60_000) })))
    // Last: the shifts' copied orders would otherwise sit in the figures read above.
    figures.push(...(await shiftFigures(till, { samples: shifts, orders: shiftOrders, advance: () => clock.advance(3_600_000) })))
  } finally {
    await till.close()
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true })
  }

  const buildFigure: Figure = {
    group: 'build',
    name: 'database built: orders, lines, products, indexes, rollups (s)',
    summary: summarize([buildMs / 1000]),
    target: orders >= FULL_ORDERS ? { on: 'total', limit: BUILD_LIMIT_MS / 1000, unit: 's', value: buildMs / 1000, met: buildMs <= BUILD_LIMIT_MS } : null
  }
  console.log(`\n${table([...figures, buildFigure])}\n`)
  const missed = [...figures, buildFigure].filter((figure) => figure.target && !figure.target.met)
  mkdirSync(join(__dirname, 'results'), { recursive: true })
  writeFileSync(
    join(__dirname, 'results', 'latest.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        orders,
        products,
        lines: built.lines,
        buildMs: Math.round(buildMs),
        buildTimings: built.timings,
        rollupProblems: problems,
        figures
      },
      null,
      2
    )
  )
  if (problems.length > 0) console.log(`The rollups differ from a recomputation:\n${problems.join('\n')}`)
  if (missed.length > 0) console.log(`Missed: ${missed.map((figure) => figure.name).join('; ')}`)
  else if (problems.length === 0) console.log('Every figure meets its target.')
  return missed.length > 0 || problems.length > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
