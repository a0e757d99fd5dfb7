import { access, constants, open, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { StartupProblemKind } from '../../shared/startup'
import { MigrationError } from '../db/migrate'
import { MIGRATIONS } from '../db/migrations'
import { storageProblemCode } from '../db/storage-errors'
import { runWorker } from './run-worker'
import { diskFullAt, isIoError } from './storage-health'

export interface DiagnosedProblem {
  kind: StartupProblemKind
  detail: string
}

const HEADER_BYTES = 100
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Looks at the database before Tillpoint opens it, so a bad file is found before the first sale:
 * the folder and file writable, the file as long as its header says, then `PRAGMA quick_check`
 * and the migrations it has, in the backup worker (seconds on a big file, off the main thread).
 * Null when it may be opened (a missing file is a new shop; an empty one too unless backups exist).
 */
export async function diagnoseDatabase(
  dbPath: string,
  options: { nativeBinding?: string; hasBackups: () => Promise<boolean> }
): Promise<DiagnosedProblem | null> {
  const unwritable = await firstUnwritable([dirname(dbPath), dbPath, `${dbPath}-wal`, `${dbPath}-shm`])
  if (unwritable) return { kind: 'read-only', detail: unwritable }
  const size = await sizeOf(dbPath)
  if (size === null) return null
  if (size === 0) return (await options.hasBackups()) ? { kind: 'truncated', detail: 'The database file is empty (0 bytes).' } : null
  const cut = await cutShort(dbPath, size)
  if (cut) return cut
  let quick
  try {
    ;({ quick } = await runWorker({ job: 'quick-check', file: dbPath, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) }))
  } catch (error) {
    return classifyStartFailure(error, dbPath)
  }
  if (quick.verdict !== 'ok') return { kind: quick.verdict, detail: quick.detail }
  if (quick.migrationIds === null)
    return quick.hasTables ? { kind: 'not-a-database', detail: 'This SQLite database has no schema_migrations table: it belongs to another program.' } : null
  const known = new Set(MIGRATIONS.map((migration) => migration.id))
  const unknown = quick.migrationIds.filter((id) => !known.has(id))
  if (unknown.length > 0) return { kind: 'newer-version', detail: `Migrations ${unknown.join(', ')} are applied, which this version does not know.` }
  return null
}

/**
 * Why opening failed after the look found nothing (or the worker could not open the file), as a
 * kind of problem. On a full disk SQLite often says only "disk I/O error" (it cannot even create
 * the WAL index): the free space beside the database tells that case apart.
 */
export function classifyStartFailure(error: unknown, dbPath: string): DiagnosedProblem {
  const detail = error instanceof Error ? error.message : String(error)
  if (error instanceof MigrationError && error.code === 'DB_MIGRATION_UNKNOWN') return { kind: 'newer-version', detail }
  const storage = storageProblemCode(error) ?? (ioErrorOnFullDisk(error, dbPath) ? 'STORAGE_FULL' : null)
  if (storage === 'STORAGE_READ_ONLY') return { kind: 'read-only', detail }
  if (storage === 'STORAGE_FULL') return { kind: 'disk-full', detail }
  if (storage === 'DATABASE_DAMAGED') return { kind: 'damaged', detail }
  return { kind: 'cannot-open', detail }
}

function ioErrorOnFullDisk(error: unknown, dbPath: string): boolean {
  if (!isIoError(error)) return false
  try {
    return diskFullAt(dirname(dbPath))
  } catch {
    return false
  }
}

async function firstUnwritable(paths: string[]): Promise<string | null> {
  for (const path of paths) {
    try {
      await access(path, constants.W_OK)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue
      return `${path}: ${code ?? String(error)}`
    }
  }
  return null
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size
  } catch {
    return null
  }
}

/**
 * An SQLite file shorter than its header's page count was cut short. The count is trusted only
 * when the header says it is current, and only with no WAL waiting: a checkpoint interrupted by a
 * crash may leave the header ahead of the file, which the WAL then completes.
 */
async function cutShort(dbPath: string, size: number): Promise<DiagnosedProblem | null> {
  const handle = await open(dbPath, 'r')
  const header = Buffer.alloc(HEADER_BYTES)
  try {
    await handle.read(header, 0, HEADER_BYTES, 0)
  } finally {
    await handle.close()
  }
  const isSqlite = header.subarray(0, MAGIC.length).equals(MAGIC)
  if (size < HEADER_BYTES) return isSqlite ? { kind: 'truncated', detail: `The database file has only ${size} bytes.` } : null
  if (!isSqlite || ((await sizeOf(`${dbPath}-wal`)) ?? 0) > 0) return null
  const rawPageSize = header.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  const pages = header.readUInt32BE(28)
  const current = header.readUInt32BE(24) === header.readUInt32BE(92)
  if (!current || pages * pageSize <= size) return null
  return { kind: 'truncated', detail: `The database file has ${size} bytes; its header says ${pages * pageSize}.` }
}
