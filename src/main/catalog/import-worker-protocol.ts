import type { CsvImportProgress, CsvImportResult, CsvInspection } from '../../shared/catalog-import'
import type { AppErrorData } from '../../shared/errors'
import type { Caller, EmittedEvent } from '../core/command'
import type { ImportPricing, ImportRequest } from './csv-import'
import type { PreviewPages } from './preview-pages'

/** What every job of the worker needs: its own connection to the till's database file. */
interface WorkerDatabase {
  dbPath: string
  nativeBinding?: string
}

/** One import, run whole in the worker on its own connection to the till's database file. */
export interface ImportJob extends WorkerDatabase {
  kind: 'import'
  /** The main clock's time when the import was asked for: every row it writes carries it. */
  now: number
  caller: Caller
  /** Its file's bytes are handed over to the worker, not copied. */
  request: ImportRequest
  pricing: ImportPricing
}

/** The mapping step's reading of a file (decoded and parsed whole, to count its rows), writing nothing. */
export interface InspectJob extends WorkerDatabase {
  kind: 'inspect'
  /** Handed over to the worker, not copied. */
  bytes: Uint8Array<ArrayBuffer>
  locale: string
}

export type CatalogWorkerJob = ImportJob | InspectJob

export type ImportWorkerMessage =
  | { type: 'progress'; progress: CsvImportProgress }
  /**
   * published: what the import's command announced after it committed, for the main bus to pass on.
   * The result holds the preview's first page; `pages` all of it (preview-pages.ts), its buffer handed over.
   */
  | { type: 'done'; result: CsvImportResult; pages: PreviewPages; published: EmittedEvent[] }
  | { type: 'inspected'; inspection: CsvInspection }
  /** error: a refusal (AppError); else the thrown error's message and SQLite's code, if any. */
  | { type: 'failed'; error: AppErrorData | null; message: string; code: string | null }

/** A job's answer: an import's result, or an inspection. */
export type WorkerAnswer<J extends CatalogWorkerJob> = Extract<ImportWorkerMessage, { type: J extends ImportJob ? 'done' : 'inspected' }>
