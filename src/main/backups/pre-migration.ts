import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type BetterSqlite3 from 'better-sqlite3'
import { backupFileName, manifestPath, PARTIAL, type BackupManifest } from './backup-files'
import { checkCopy, countRows } from './copy-check'
import { BackupFailed } from './take-backup'

/**
 * The backup taken before migrations change an existing database. It runs at start, before any
 * window or sale, so it is synchronous: VACUUM INTO on the one connection (nothing else writes
 * yet, so the counts just before are the copy's), then the same checks and manifest as every backup.
 * A failure stops the start: a migration never runs on a database without its backup.
 */
export function preMigrationBackup(sqlite: BetterSqlite3.Database, folder: string, createdAt: number, nativeBinding?: string): BackupManifest {
  mkdirSync(folder, { recursive: true })
  const file = backupFileName(createdAt, 'pre-migration', false)
  const partial = join(folder, `${file}${PARTIAL}`)
  try {
    const sourceCounts = countRows(sqlite)
    sqlite.prepare('VACUUM INTO ?').run(partial)
    syncPath(partial)
    const check = checkCopy(partial, nativeBinding ? { nativeBinding } : {})
    if (check.integrity !== 'ok') throw new BackupFailed(`The pre-migration copy failed its integrity check: ${check.integrity}`)
    if (!isDeepStrictEqual(sourceCounts, check.counts)) throw new BackupFailed("The pre-migration copy's row counts differ from the database's.")
    const manifest: BackupManifest = {
      format: 1,
      file,
      createdAt,
      reason: 'pre-migration',
      bytes: check.bytes,
      sha256: check.sha256,
      encrypted: false,
      plainSha256: null,
      schemaVersion: check.schemaVersion,
      lastOrderAt: check.lastOrderAt,
      counts: check.counts,
      contentSha256: null
    }
    writeFileSync(`${manifestPath(folder, file)}${PARTIAL}`, `${JSON.stringify(manifest, null, 2)}\n`)
    syncPath(`${manifestPath(folder, file)}${PARTIAL}`)
    renameSync(partial, join(folder, file))
    renameSync(`${manifestPath(folder, file)}${PARTIAL}`, manifestPath(folder, file))
    return manifest
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
