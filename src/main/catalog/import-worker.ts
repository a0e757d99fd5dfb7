/**
 * The catalog import's worker thread: decodes, parses, checks and writes a catalog file on its
 * own connection to the till's database, so a 50,000-row import never holds the main process; it
 * reads a file for the mapping step (catalog.inspectCsv) the same way.
 * The write is the same command the main process would run (one transaction, with the stats,
 * shift, sync outbox and journal hooks, in the main process's order), so an import syncs and is
 * journaled like any other change. Started by run-import-worker.ts; one job per worker.
 */
import { parentPort, workerData, type Transferable } from 'node:worker_threads'
import type { CsvImportProgress } from '../../shared/catalog-import'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import type { EmittedEvent } from '../core/command'
import { createEventBus } from '../core/event-bus'
import { openDatabase } from '../db/open'
import { createJournalHook } from '../journal/journal-hook'
import { createShiftHook } from '../shifts/shift-hook'
import { createStatsHook } from '../stats/stats-hook'
import { createOutboxHook } from '../sync/outbox-hook'
import { importCatalogCsv } from './csv-import'
import { inspectCatalogCsv } from './csv-mappings-saved'
import type { CatalogWorkerJob, ImportJob, ImportWorkerMessage } from './import-worker-protocol'
import { pagePreview } from './preview-pages'

const job = workerData as CatalogWorkerJob
const post = (message: ImportWorkerMessage, transfer: Transferable[] = []): void => parentPort?.postMessage(message, transfer)

/** At most one progress message a frame: each is a turn of the main process's loop and an event to the window. */
const FRAME_MS = 16
let lastProgress: CsvImportProgress | null = null
let lastPostedAt = 0
function progress(next: CsvImportProgress): void {
  const now = performance.now()
  const stageEnds = next.done === next.total || next.stage !== lastProgress?.stage
  lastProgress = next
  if (!stageEnds && now - lastPostedAt < FRAME_MS) return
  lastPostedAt = now
  post({ type: 'progress', progress: next })
}

async function run(): Promise<void> {
  if (job.kind === 'inspect') {
    const database = openDatabase({ path: job.dbPath, nativeBinding: job.nativeBinding })
    try {
      post({
        type: 'inspected',
        inspection: await inspectCatalogCsv(database.db, { bytes: job.bytes }, job.locale, progress)
      })
    } finally {
      await database.close()
    }
    return
  }
  await runImport(job)
}

async function runImport(task: ImportJob): Promise<void> {
  const database = openDatabase({ path: task.dbPath, nativeBinding: task.nativeBinding, now: () => task.now })
  const published: EmittedEvent[] = []
  const bus = createEventBus()
  bus.subscribe((name, payload) => published.push({ name, payload } as EmittedEvent))
  const app: AppContext = {
    db: database.db,
    connection: database.sql,
    clock: { now: () => task.now },
    bus,
    commandHooks: [createStatsHook(), createShiftHook(), createOutboxHook(), createJournalHook()]
  }
  try {
    const { result, pages } = pagePreview(await importCatalogCsv(app, task.caller, task.request, task.pricing, undefined, progress))
    post({ type: 'done', result, pages, published }, [pages.text.buffer])
  } finally {
    await database.close()
  }
}

run().catch((error: unknown) => {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null
  const message = error instanceof Error ? error.message : String(error)
  post({ type: 'failed', error: error instanceof AppError ? error.toData() : null, message, code })
})
