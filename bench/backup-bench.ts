/**
 * `npm run bench:backup`: how to copy, by measurement (the app's backup figures are in `npm run bench`,
 * backup-figures.ts). Builds the bench shop (BENCH_ORDERS, BENCH_PRODUCTS),
 * then for each way of copying a live database times the copy while checkouts keep running on the
 * main thread, and reports its time, the longest main-thread stall during it not counting the sales'
 * own calls (target <= 50 ms; the thread's CPU time where /proc tells it, and the wall clock beside it,
 * waits for a core counted) and the checkout p95 meanwhile:
 *   - snapshot: the app's choice, the online backup API in a worker on a read connection that holds
 *     one read transaction (exact row counts in the same snapshot), then the full verification;
 *   - vacuum: VACUUM INTO from a read connection in the worker, then the same verification;
 *   - none: the same sales with no backup, as long as the first backup took (the machine's own stall);
 *   - stepped: the online backup API stepped on the till's own connection (main thread), copy only.
 * BENCH_BACKUP_RUNS snapshot backups (default 3) are taken, BENCH_PAGES_PER_STEP pages a step (64);
 * BENCH_STALL_OVER=<ms> lists every longer gap of the main thread (see listLongTasks).
 * Writes bench/results/backup.json; exits 1 when the app's choice stalls more than 50 ms in any run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks'
import { join } from 'node:path'
import { takeBackup } from '../src/main/backups/take-backup'
import { manualClock } from '../src/main/core/clock'
import { startTillpoint, type Tillpoint } from '../src/main/tillpoint'
import { buildDatabase } from './build-database'
import { salesDuring } from './backup-figures'
import { domainCheckout } from './checkout-bench'
import { seededRandom, type Random } from './data-shape'
import { summarize, threadCpuMs, watchLongTasks } from './measure'

const STALL_LIMIT_MS = 50

const size = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`)
  return value
}

interface Run {
  method: string
  copyMs: number
  /** The longest the main thread was held at once by anything but the sales' own calls: its CPU time (when /proc tells it), and in wall clock. */
  longestStallMs: number
  longestStallWallMs: number
  checkouts: number
  checkoutP95Ms: number
  checkoutMedianMs: number
  bytes: number
}

/** What the backup was doing last (its progress), for the long-task listing. */
let stage = 'idle'

/**
 * With BENCH_STALL_OVER=<ms>: every gap of a 1 ms timer longer than that during the run, its wall
 * time and the main thread's CPU time in it (the sales calls' own included), what the backup was
 * doing, the WAL's size then, and the garbage collections meanwhile: which work held the thread.
 */
function listLongTasks(method: string, walPath: string): () => void {
  const over = Number(process.env.BENCH_STALL_OVER ?? 0)
  if (!(over > 0)) return () => undefined
  const started = performance.now()
  const collections: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()))
  observer.observe({ entryTypes: ['gc'] })
  const walMb = () => (existsSync(walPath) ? (statSync(walPath).size / 1048576).toFixed(0) : '-')
  const watch = watchLongTasks(over, () => `${stage}, WAL ${walMb()} MB`)
  return () => {
    const tasks = watch.stop()
    observer.disconnect()
    console.log(`${method}: ${tasks.length} gaps over ${over} ms (load ${loadavg()[0]!.toFixed(1)})`)
    for (const task of tasks) {
      const gcs = collections.filter((gc) => gc.startTime - started < task.at + task.wallMs && gc.startTime + gc.duration - started > task.at)
      const gcMs = gcs.reduce((sum, gc) => sum + gc.duration, 0)
      console.log(
        `  at ${(task.at / 1000).toFixed(1).padStart(6)} s  wall ${task.wallMs.toFixed(1).padStart(6)}  cpu ${task.cpuMs?.toFixed(1).padStart(6) ?? '     ?'}  gc ${gcMs.toFixed(1).padStart(5)}  ${task.label}`
      )
    }
  }
}

async function during(method: string, till: Tillpoint, random: Random, sellable: readonly number[], copy: () => Promise<number>): Promise<Run> {
  stage = `${method} start`
  const listed = listLongTasks(method, `${till.context.dbFile?.path ?? ''}-wal`)
  const {
    answer: bytes,
    ms,
    mainThread,
    checkouts
  } = await salesDuring(till, random, sellable, async () => {
    const answer = await copy()
    stage = `${method} done`
    return answer
  })
  listed()
  const summary = summarize(checkouts)
  return {
    method,
    copyMs: ms,
    longestStallMs: mainThread.stallMs,
    longestStallWallMs: mainThread.stallWallMs,
    checkouts: checkouts.length,
    checkoutP95Ms: summary.p95,
    checkoutMedianMs: summary.median,
    bytes
  }
}

async function main(): Promise<number> {
  const orders = size('BENCH_ORDERS', 1_000_000)
  const products = size('BENCH_PRODUCTS', 50_000)
  const snapshotRuns = size('BENCH_BACKUP_RUNS', 3)
  const pagesPerStep = size('BENCH_PAGES_PER_STEP', 64)
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-backup-bench-'))
  const path = join(dir, 'bench.sqlite')
  console.log(`Building ${orders.toLocaleString('en')} orders and ${products.toLocaleString('en')} products ...`)
  const built = await buildDatabase({ path, orders, products, lastDay: '2026-03-01' })
  const clock = manualClock(built.lastOrderAt + 3_600_000)
  const till = startTillpoint({ dbPath: path, clock, logError: (where, error) => console.error(where, error) })
  const random = seededRandom(11)
  const runs: Run[] = []
  try {
    for (let warm = 0; warm < 20; warm++) await domainCheckout(till, random, built.sellable)
    const folder = join(dir, 'backups')
    const methods = [...Array.from({ length: snapshotRuns }, () => 'snapshot' as const), 'vacuum' as const]
    for (const method of methods) {
      runs.push(
        await during(method, till, random, built.sellable, async () => {
          const manifest = await takeBackup({
            source: path,
            folder,
            reason: 'manual',
            createdAt: clock.now() + runs.length,
            method,
            pagesPerStep,
            onProgress: ({ phase, done, total }) => {
              stage = `${method} ${phase} ${total > 0 ? Math.floor((100 * done) / total) : 0}%`
            }
          })
          return manifest.bytes
        })
      )
    }
    // the same sales with no backup running, for as long as the first backup took: the stall the
    // machine gives anyway (a sale's own fsync), against which the backup's share is judged
    const baselineMs = runs[0]!.copyMs
    runs.push(await during('none', till, random, built.sellable, () => new Promise((resolve) => setTimeout(() => resolve(0), baselineMs))))
    runs.push(
      await during('stepped', till, random, built.sellable, async () => {
        const dest = join(dir, 'stepped.sqlite')
        await till.sqlite.backup(dest, { progress: () => 256 })
        return statSync(dest).size
      })
    )
  } finally {
    await till.close()
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true })
  }
  const cpu = threadCpuMs() === null ? '' : ' CPU'
  const line = (run: Run) =>
    `${run.method.padEnd(9)} ${(run.copyMs / 1000).toFixed(1).padStart(7)} s  stall ${run.longestStallMs.toFixed(1).padStart(6)} ms${cpu} (wall ${run.longestStallWallMs.toFixed(1).padStart(6)} ms)  checkout p95 ${run.checkoutP95Ms.toFixed(2).padStart(6)} ms (median ${run.checkoutMedianMs.toFixed(2)}, ${run.checkouts} sales)  ${(run.bytes / 1048576).toFixed(0)} MB`
  console.log(`\nBackup of ${orders.toLocaleString('en')} orders while checkouts run (snapshot and vacuum include the verification):`)
  for (const run of runs) console.log(line(run))
  mkdirSync(join(__dirname, 'results'), { recursive: true })
  writeFileSync(join(__dirname, 'results', 'backup.json'), `${JSON.stringify({ orders, products, runs }, null, 2)}\n`)
  const worst = Math.max(...runs.filter((run) => run.method === 'snapshot').map((run) => run.longestStallMs))
  console.log(`${pagesPerStep} pages per step; worst stall of the app's choice over ${snapshotRuns} runs: ${worst.toFixed(1)} ms (target ${STALL_LIMIT_MS} ms)`)
  if (worst > STALL_LIMIT_MS) {
    console.log(`MISSED: the backup stalled the main thread ${worst.toFixed(1)} ms (target ${STALL_LIMIT_MS} ms)`)
    return 1
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
