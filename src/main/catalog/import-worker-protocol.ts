import type { CsvImportProgress, CsvImportRequest, CsvImportResult } from '../../shared/catalog-import'
import type { AppErrorData } from '../../shared/errors'
import type { Caller, EmittedEvent } from '../core/command'
import type { ImportPricing } from './csv-import'

/** One import, run whole in the worker on its own connection to the till's database file. */
export interface ImportJob {
  dbPath: string
  nativeBinding?: string
  /** The main clock's time when the import was asked for: every row it writes carries it. */
  now: number
  caller: Caller
  request: CsvImportRequest
  pricing: ImportPricing
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: CsvImportProgress }
  /**
   * published: what the import's command announced after it committed, for the main bus to pass on.
   * The result holds the preview's first page; `pages` all of it (preview-pages.ts).
   */
  | { type: 'done'; result: CsvImportResult; pages: string[]; published: EmittedEvent[] }
  /** error: a refusal (AppError); else the thrown error's message and SQLite's code, if any. */
  | { type: 'failed'; error: AppErrorData | null; message: string; code: string | null }
