import type { CsvImportProgress, CsvImportRequest, CsvImportResult, CsvInspection, CsvPreviewPage } from '../../shared/catalog-import'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import type { Caller } from '../core/command'
import { readSettings } from '../settings/settings-store'
import { importCatalogCsv, type ImportRequest } from './csv-import'
import { fileBytes } from './file-bytes'
import { inspectCatalogCsv } from './csv-mappings-saved'
import type { ImportJob } from './import-worker-protocol'
import { NO_PAGES, pagePreview, previewPage, type PagedPreview, type PreviewPages } from './preview-pages'
import { runCatalogWorker, type RunningJob } from './run-import-worker'

export interface CatalogImports {
  /** Reads a file for the mapping step in a worker (the whole file is decoded and parsed to count its rows). */
  inspect(input: { file: string }): Promise<CsvInspection>
  /** Checks or imports a file in the worker; one at a time per till (a second is CONFLICT). */
  run(caller: Caller, request: CsvImportRequest): Promise<CsvImportResult>
  cancel(): Promise<{ cancelled: boolean }>
  /** A page of the last finished check's (or import's) preview. */
  previewPage(page: number): CsvPreviewPage
}

/**
 * Runs catalog imports, and the reading of a file for the mapping step, in a worker thread with its
 * own connection when the till has a database file; a context without one (a tool's in-memory
 * database) does both in this process.
 */
export function catalogImports(app: AppContext): CatalogImports {
  let running: RunningJob<ImportJob> | null = null
  let preview: { pages: PreviewPages; previewRowCount: number } = { pages: NO_PAGES, previewRowCount: 0 }
  const keep = (paged: PagedPreview): CsvImportResult => {
    preview = { pages: paged.pages, previewRowCount: paged.result.previewRowCount }
    return paged.result
  }
  const progress = (payload: CsvImportProgress) => app.bus.publish('catalog.importProgress', payload)
  return {
    inspect: async (input) => {
      const { locale } = await readSettings(app.db)
      const bytes = await fileBytes(input.file)
      if (!app.dbFile) return inspectCatalogCsv(app.db, { bytes }, locale, progress)
      const job = { kind: 'inspect' as const, dbPath: app.dbFile.path, nativeBinding: app.dbFile.nativeBinding, bytes, locale }
      return (await runCatalogWorker(job, progress).done).inspection
    },
    run: async (caller, { file, ...rest }) => {
      const { currencyDigits, locale } = await readSettings(app.db)
      const pricing = { digits: currencyDigits, factor: 1, locale }
      const request: ImportRequest = file === undefined ? rest : { ...rest, bytes: await fileBytes(file) }
      if (!app.dbFile) return keep(pagePreview(await importCatalogCsv(app, caller, request, pricing, undefined, progress)))
      // Checked after the last wait, in the same turn as `running` is set.
      if (running) throw new AppError('CONFLICT', 'A catalog import is already running: wait for it or cancel it.')
      const current = runCatalogWorker(
        {
          kind: 'import',
          dbPath: app.dbFile.path,
          nativeBinding: app.dbFile.nativeBinding,
          now: app.clock.now(),
          // Only what a Caller is: the call context may hold more than a worker can be sent.
          caller: { actor: caller.actor, approver: caller.approver, command: caller.command },
          request,
          pricing
        },
        progress
      )
      running = current
      try {
        const { result, pages, published } = await current.done
        for (const { name, payload } of published) app.bus.publish(name, payload)
        return keep({ result, pages })
      } finally {
        running = null
      }
    },
    cancel: async () => {
      if (!running) return { cancelled: false }
      running.cancel()
      return { cancelled: true }
    },
    previewPage: (page) => previewPage(preview.pages, page, preview.previewRowCount)
  }
}
