import type { CopyCheck, ProgressPhase, RowCounts } from './copy-check'
import type { QuickCheck } from './quick-check'

/** How the worker copies: 'snapshot' (the app's choice, see README Backups) or 'vacuum' (measured against it in the bench). */
export type CopyMethod = 'snapshot' | 'vacuum'

/** The source as the copy saw it: its row counts, read in the copy's own read transaction. */
export interface SourceAtCopy {
  counts: RowCounts
}

export type WorkerJob =
  | { job: 'backup'; method: CopyMethod; source: string; dest: string; pagesPerStep: number; nativeBinding?: string }
  | { job: 'check'; file: string; nativeBinding?: string }
  | { job: 'quick-check'; file: string; nativeBinding?: string }

export type WorkerMessage =
  | { type: 'progress'; phase: ProgressPhase; done: number; total: number }
  /** source: the source's rows in the copy's own snapshot (null when the method cannot take them). */
  | { type: 'copied'; source: SourceAtCopy | null; check: CopyCheck }
  | { type: 'checked'; check: CopyCheck }
  | { type: 'quick-checked'; quick: QuickCheck }
  | { type: 'failed'; message: string; code: string | null }
