/**
 * `npx tsx bench/import-stalls.ts`: which work holds the main thread during the bench's 50,000-row
 * import (bench/import-bench.ts). Builds a small bench shop (BENCH_ORDERS, default 20,000;
 * BENCH_PRODUCTS, default 50,000), then runs the three stages (read for the mapping step, check,
 * import) as the bench does and lists every gap of a 1 ms timer over BENCH_STALL_OVER ms (default
 * 10): its wall-clock length, the main thread's own time on a CPU in it (schedstat), and the
 * stage and last progress event when it ended. A gap with little CPU time is a wait for a core.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { serialize } from 'node:v8'
import { manualClock } from '../src/main/core/clock'
import { startTillpoint, TOOL_WINDOW } from '../src/main/tillpoint'
import { buildDatabase } from './build-database'
import { importFile } from './import-bench'
import { watchLongTasks } from './measure'

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

async function main(): Promise<void> {
  const rows = size('BENCH_IMPORT_ROWS', 50_000)
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-stalls-'))
  const path = join(dir, 'bench.sqlite')
  const built = await buildDatabase({ path, orders: size('BENCH_ORDERS', 20_000), products: size('BENCH_PRODUCTS', 50_000), lastDay: '2026-03-01' })
  const till = startTillpoint({ dbPath: path, clock: manualClock(built.lastOrderAt + 3_600_000), logError: (where, error) => console.error(where, error) })
  let label = 'idle'
  till.context.bus.subscribe((name, payload) => {
    label = name === 'catalog.importProgress' ? `${stage} ${JSON.stringify(payload)}` : `${stage} after ${name}`
  })
  let stage = 'setup'
  try {
    const opened = await till.dispatch('staff.setupOwner', { input: { name: 'Bench Owner', pin: '2580' } }, TOOL_WINDOW)
    if (!opened.ok) throw new Error(opened.error.message)
    const file = Buffer.from(importFile(rows)).toString('base64')
    const stages: Array<[string, () => Promise<unknown>]> = [
      ['inspect', () => till.dispatch('catalog.inspectCsv', { input: { file } }, TOOL_WINDOW)],
      ['check', () => till.dispatch('catalog.importCsv', { input: { file, mode: 'all-or-nothing', dryRun: true } }, TOOL_WINDOW)],
      ['import', () => till.dispatch('catalog.importCsv', { input: { file, mode: 'all-or-nothing', dryRun: false } }, TOOL_WINDOW)]
    ]
    for (const [name, work] of stages) {
      stage = name
      label = `${name} start`
      const watch = watchLongTasks(size('BENCH_STALL_OVER', 10), () => label)
      const started = performance.now()
      const answer = await work()
      label = `${name} serialize answer`
      const answered = performance.now()
      serialize(answer)
      if (process.env.PROBE) console.log('PROBE answered', answered.toFixed(1), 'serialize', (performance.now() - answered).toFixed(1))
      await new Promise((resolve) => setTimeout(resolve, 5))
      const tasks = watch.stop()
      const load = loadavg()[0]!.toFixed(1)
      console.log(`${name}: ${((performance.now() - started) / 1000).toFixed(2)} s, load ${load}`)
      const worst = tasks.reduce((most, task) => Math.max(most, task.wallMs), 0)
      const worstCpu = tasks.reduce((most, task) => Math.max(most, task.cpuMs ?? 0), 0)
      console.log(`  ${tasks.length} gaps over the threshold; longest ${worst.toFixed(1)} ms wall, most CPU in one ${worstCpu.toFixed(1)} ms`)
      for (const task of tasks.filter((each) => each.wallMs >= 25 || (each.cpuMs ?? 0) >= 5)) {
        console.log(
          `  at ${task.at.toFixed(0).padStart(6)} ms  wall ${task.wallMs.toFixed(1).padStart(6)}  cpu ${task.cpuMs?.toFixed(1).padStart(6) ?? '     ?'}  ${task.label}`
        )
      }
    }
  } finally {
    await till.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
