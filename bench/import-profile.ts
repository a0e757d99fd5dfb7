/**
 * `npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/import-profile.ts`: the bench's 50,000-row
 * check and import run in this process, as the import worker runs them (same connection settings,
 * same command hooks), with the time each stage took. A profile of this process is a profile of
 * the worker's own work, without the worker's start. BENCH_ORDERS (default 2,000), BENCH_PRODUCTS
 * (default 50,000), BENCH_IMPORT_ROWS (default 50,000); BENCH_STAGE=check runs the check only.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { OWNER } from '../src/shared/actor'
import type { CsvImportProgress } from '../src/shared/catalog-import'
import type { AppContext } from '../src/main/core/app-context'
import { createEventBus } from '../src/main/core/event-bus'
import { openDatabase } from '../src/main/db/open'
import { createJournalHook } from '../src/main/journal/journal-hook'
import { createShiftHook } from '../src/main/shifts/shift-hook'
import { createStatsHook } from '../src/main/stats/stats-hook'
import { createOutboxHook } from '../src/main/sync/outbox-hook'
import { importCatalogCsv } from '../src/main/catalog/csv-import'
import { pagePreview } from '../src/main/catalog/preview-pages'
import { buildDatabase } from './build-database'
import { importFile } from './import-bench'

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const CALLER = { actor: OWNER, approver: null, command: 'catalog.importCsv' }

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-profile-'))
  const path = join(dir, 'bench.sqlite')
  const built = await buildDatabase({ path, orders: size('BENCH_ORDERS', 2_000), products: size('BENCH_PRODUCTS', 50_000), lastDay: '2026-03-01' })
  const bytes = new Uint8Array(Buffer.from(importFile(size('BENCH_IMPORT_ROWS', 50_000))))
  const now = built.lastOrderAt + 3_600_000
  const database = openDatabase({ path, now: () => now })
  const app: AppContext = {
    db: database.db,
    connection: database.sql,
    clock: { now: () => now },
    bus: createEventBus(),
    commandHooks: [createStatsHook(), createShiftHook(), createOutboxHook(), createJournalHook()]
  }
  const pricing = { digits: 2, factor: 1, locale: 'en-GB' }
  try {
    for (const dryRun of process.env.BENCH_STAGE === 'check' ? [true] : [true, false]) {
      const started = performance.now()
      const cpuAtStart = process.cpuUsage()
      const stages = new Map<string, number>()
      let last = started
      let stage = 'start'
      const progress = (next: CsvImportProgress) => {
        if (next.stage === stage) return
        const at = performance.now()
        stages.set(stage, at - last)
        ;[stage, last] = [next.stage, at]
      }
      const result = await importCatalogCsv(app, CALLER, { mode: 'all-or-nothing', dryRun, bytes: bytes.slice() }, pricing, undefined, progress)
      const written = performance.now()
      stages.set(`${stage} (and after)`, written - last)
      pagePreview(result)
      stages.set('preview pages', performance.now() - written)
      const parts = [...stages].map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')
      const { user, system } = process.cpuUsage(cpuAtStart)
      const cpu = ((user + system) / 1e6).toFixed(2)
      console.log(
        `${dryRun ? 'check' : 'import'}: ${((performance.now() - started) / 1000).toFixed(2)} s, ${cpu} s of CPU (load ${loadavg()[0]!.toFixed(1)}; ms: ${parts})`
      )
      if (result.errors.length > 0) throw new Error(`${result.errors.length} rows refused, first: ${JSON.stringify(result.errors[0])}`)
    }
  } finally {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
