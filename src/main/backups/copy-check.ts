import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { contentDigest } from './content-digest'

/** The tables whose row counts a copy must share with its source: the shop's records. */
export const COUNTED_TABLES = [
  'orders',
  'order_lines',
  'payments',
  'order_returns',
  'order_events',
  'products',
  'variants',
  'customers',
  'coupons',
  'stock_movements',
  'outbox',
  'schema_migrations'
] as const

export type RowCounts = Record<string, number>

/** What reading a copy found: only a copy with integrity 'ok' can count as a backup. */
export interface CopyCheck {
  integrity: string
  counts: RowCounts
  sha256: string
  bytes: number
  /** The newest migration applied to it: a copy from a newer Tillpoint cannot be opened by this one. */
  schemaVersion: number
  /** When its newest order was placed (epoch ms), for the restore summary. */
  lastOrderAt: number | null
  /** SHA-256 of its schema and rows (content-digest.ts), when asked for and the file is sound. */
  contentSha256: string | null
}

export type ProgressPhase = 'digest' | 'copy' | 'check' | 'hash'
export type ProgressReport = (phase: ProgressPhase, done: number, total: number) => void

/** Counts the counted tables that exist in this database, inside whatever read transaction is open. */
export function countRows(sqlite: BetterSqlite3.Database): RowCounts {
  const present = new Set((sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name))
  const counts: RowCounts = {}
  for (const table of COUNTED_TABLES) {
    if (present.has(table)) counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
  }
  return counts
}

/**
 * Opens the file read-only, runs the full integrity check, counts its rows (and with `digest`, takes
 * its content digest) and hashes it. Slow on a big file (seconds): the app runs it in the backup
 * worker, never on the main thread.
 */
export function checkCopy(file: string, options: { nativeBinding?: string; report?: ProgressReport; digest?: boolean } = {}): CopyCheck {
  const report = options.report ?? (() => undefined)
  report('check', 0, 1)
  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
  } catch (error) {
    return unreadable(file, error)
  }
  let integrity: string
  let counts: RowCounts = {}
  let schemaVersion = 0
  let lastOrderAt: number | null = null
  let contentSha256: string | null = null
  try {
    const rows = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>
    integrity = rows.map((row) => row.integrity_check).join('; ')
    report('check', 1, 1)
    if (integrity === 'ok') {
      counts = countRows(sqlite)
      schemaVersion = 'schema_migrations' in counts ? ((sqlite.prepare('SELECT max(id) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0) : 0
      lastOrderAt = 'orders' in counts ? ((sqlite.prepare('SELECT max(created_at) AS at FROM orders').get() as { at: number | null }).at ?? null) : null
      if (options.digest) contentSha256 = contentDigest(sqlite, (done, total) => report('digest', done, total))
    }
  } catch (error) {
    integrity = describe(error)
  } finally {
    sqlite.close()
  }
  const { sha256, bytes } = hashFile(file, report)
  return { integrity, counts, sha256, bytes, schemaVersion, lastOrderAt, contentSha256 }
}

function unreadable(file: string, error: unknown): CopyCheck {
  let bytes = 0
  try {
    bytes = statSync(file).size
  } catch {
    // a missing file has no size; the integrity text says what is wrong
  }
  return { integrity: describe(error), counts: {}, sha256: '', bytes, schemaVersion: 0, lastOrderAt: null, contentSha256: null }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const CHUNK = 1 << 20

/** SHA-256 of a file read in 1 MB chunks, reporting as it goes. */
export function hashFile(file: string, report: ProgressReport = () => undefined): { sha256: string; bytes: number } {
  const hash = createHash('sha256')
  const total = statSync(file).size
  const buffer = Buffer.allocUnsafe(CHUNK)
  const fd = openSync(file, 'r')
  let done = 0
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null)
      if (read === 0) break
      hash.update(buffer.subarray(0, read))
      done += read
      report('hash', done, total)
    }
  } finally {
    closeSync(fd)
  }
  return { sha256: hash.digest('hex'), bytes: done }
}
