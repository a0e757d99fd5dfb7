/**
 * `npm run bench:checkout`: the checkout figures of `npm run bench` alone (domain, floor, ratio), on a
 * shop built once and kept. BENCH_DB names the kept shop (built there first if it is missing, with
 * BENCH_ORDERS and BENCH_PRODUCTS); each run works on a fresh copy of it, so every run starts from
 * the same file. BENCH_CHECKOUTS as for the full bench; BENCH_RUNS repeats the measure on one copy.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { manualClock } from '../src/main/core/clock'
import { startTillpoint, TOOL_WINDOW } from '../src/main/tillpoint'
import { BENCH_TIME_ZONE, buildDatabase } from './build-database'
import { checkoutFigures } from './checkout-bench'
import { seededRandom } from './data-shape'
import { table } from './measure'

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`)
  return value
}

interface Kept {
  sellable: number[]
  lastOrderAt: number
}

async function main(): Promise<void> {
  const kept = process.env.BENCH_DB
  if (!kept) throw new Error('BENCH_DB must name the kept bench database (built there if missing)')
  const about = `${kept}.json`
  if (!existsSync(kept) || !existsSync(about)) {
    const orders = count('BENCH_ORDERS', 1_000_000)
    console.log(`Building ${orders.toLocaleString('en')} orders in ${kept} ...`)
    const built = await buildDatabase({ path: kept, orders, products: count('BENCH_PRODUCTS', 50_000), lastDay: '2026-03-01' })
    writeFileSync(about, JSON.stringify({ sellable: built.sellable, lastOrderAt: built.lastOrderAt } satisfies Kept))
  }
  const { sellable, lastOrderAt } = JSON.parse(readFileSync(about, 'utf8')) as Kept
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-checkout-'))
  const path = join(dir, 'bench.sqlite')
  copyFileSync(kept, path)
  // The copy's dirty pages on the disk first: written back during the runs, they would slow every commit's fsync.
  const fd = openSync(path, 'r+')
  fsyncSync(fd)
  closeSync(fd)
  const clock = manualClock(lastOrderAt + 3_600_000)
  const till = startTillpoint({ dbPath: path, clock, logError: (where, error) => console.error(where, error) })
  try {
    const opened = await till.dispatch('staff.setupOwner', { input: { name: 'Bench Owner', pin: '2580' } }, TOOL_WINDOW)
    if (!opened.ok) throw new Error(`staff.setupOwner: ${opened.error.message}`)
    const random = seededRandom(7)
    for (let run = 0; run < count('BENCH_RUNS', 1); run++) {
      const figures = await checkoutFigures(till, { random, sellable, clock, checkouts: count('BENCH_CHECKOUTS', 300), timeZone: BENCH_TIME_ZONE })
      console.log(`${table(figures)}\n`)
    }
  } finally {
    await till.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
