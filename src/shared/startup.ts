import type { BackupPlace, RestoreSummary } from './backups'

/**
 * Why Tillpoint could not open its database at start, as the start-up screen words it:
 * - damaged: `PRAGMA quick_check` (or SQLite reading it) found broken pages or indexes;
 * - truncated: the file is shorter than its own header says (a copy cut short, a disk that died mid-write);
 * - not-a-database: not an SQLite file at all, or a database of another app;
 * - newer-version: made by a newer Tillpoint (migrations this version does not know);
 * - read-only: the file or its folder cannot be written;
 * - disk-full: no room to open it (SQLite needs a little to start);
 * - cannot-open: anything else, with SQLite's own words in `detail`.
 */
export const STARTUP_PROBLEM_KINDS = ['damaged', 'truncated', 'not-a-database', 'newer-version', 'read-only', 'disk-full', 'cannot-open'] as const
export type StartupProblemKind = (typeof STARTUP_PROBLEM_KINDS)[number]

/** The newest backup that passed its full check just now and that this version can open. */
export interface GoodBackup extends RestoreSummary {
  id: string
  place: BackupPlace
}

export interface StartupProblem {
  kind: StartupProblemKind
  /** The database file, as the shopkeeper would find it. */
  dbPath: string
  /** What SQLite or the file system said, for support. */
  detail: string
  newestBackup: GoodBackup | null
  /** Restoring is offered only where it can help: not while the folder cannot be written or the disk is full. */
  canRestore: boolean
}
