import { execFileSync } from 'node:child_process'
import { chmodSync, closeSync, openSync, readSync, statSync, truncateSync, writeSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import type { TestFolder } from './small-fs'

/**
 * Real damage to a real (closed) database file, the way disks and copies damage them: cut short,
 * pages overwritten with garbage, a schema from a newer Tillpoint, a file or folder made read-only.
 */

function pageSizeOf(file: string): number {
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(18)
    readSync(fd, header, 0, 18, 0)
    const raw = header.readUInt16BE(16)
    return raw === 1 ? 65536 : raw
  } finally {
    closeSync(fd)
  }
}

/** Cuts the file to `fraction` of its length, on a page boundary. */
export function truncateDatabase(file: string, fraction = 0.5): void {
  const pageSize = pageSizeOf(file)
  truncateSync(file, Math.floor((statSync(file).size * fraction) / pageSize) * pageSize)
}

/** Overwrites `count` pages from the middle of the file with a garbage pattern (the header page stays). */
export function overwritePages(file: string, count = 4): void {
  const pageSize = pageSizeOf(file)
  const pages = statSync(file).size / pageSize
  const first = Math.max(1, Math.floor(pages / 2) - Math.floor(count / 2))
  const garbage = Buffer.alloc(pageSize * count, 0xa5)
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, garbage, 0, garbage.length, first * pageSize)
  } finally {
    closeSync(fd)
  }
}

/** Records a migration this version does not have, as a newer Tillpoint's would be. */
export function markFromNewerVersion(file: string, id = 9999): void {
  const sqlite = new BetterSqlite3(file)
  try {
    sqlite.prepare('INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(id, 'from_a_newer_tillpoint', 'f'.repeat(64), 0)
  } finally {
    sqlite.close()
  }
}

/**
 * A file or folder made read-only in place, its contents kept: a read-only bind mount of it as root
 * (root ignores file modes; the kernel still refuses writes with EROFS), its mode cleared otherwise.
 */
export function readOnlyInPlace(path: string): TestFolder {
  const folder = statSync(path).isDirectory()
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['--bind', path, path])
    execFileSync('mount', ['-o', 'remount,ro,bind', path])
    return { path, [Symbol.asyncDispose]: async () => void execFileSync('umount', [path]) }
  }
  const mode = statSync(path).mode & 0o777
  chmodSync(path, folder ? 0o555 : 0o444)
  return { path, [Symbol.asyncDispose]: async () => chmodSync(path, mode) }
}

/**
 * Files the running till has open, made unwritable under it: the immutable flag (chattr +i) holds
 * even for descriptors already open, as a disk remounted read-only does. Needs root on a file
 * system with the flag (ext4, xfs, btrfs); elsewhere the test using it fails with the reason.
 */
export function immutableFiles(paths: string[]): AsyncDisposable {
  if (process.getuid?.() !== 0) throw new Error('Making a file immutable needs root (chattr +i); run this test as root or in CI.')
  execFileSync('chattr', ['+i', ...paths])
  return { [Symbol.asyncDispose]: async () => void execFileSync('chattr', ['-i', ...paths]) }
}

/** Overwrites the first page of a table's b-tree (its root) with garbage, in the database file itself. */
export function overwriteTableRoot(file: string, table: string): void {
  const sqlite = new BetterSqlite3(file, { readonly: true })
  const root = sqlite.prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as number
  sqlite.close()
  const pageSize = pageSizeOf(file)
  const garbage = Buffer.alloc(pageSize, 0xa5)
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, garbage, 0, pageSize, (root - 1) * pageSize)
  } finally {
    closeSync(fd)
  }
}

/**
 * Damage only the full check finds: the index's entries stay as they were while its definition now
 * names other columns, so they no longer match the table's rows (`PRAGMA quick_check` does not
 * compare an index with its table; `integrity_check` reports every row missing from it).
 */
export function indexOutOfStep(file: string, index: string, columns: string): void {
  const sqlite = new BetterSqlite3(file)
  try {
    const table = sqlite.prepare("SELECT tbl_name FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck().get(index) as string
    sqlite.unsafeMode(true)
    sqlite.pragma('writable_schema = ON')
    sqlite.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'index' AND name = ?").run(`CREATE INDEX ${index} ON ${table} (${columns})`, index)
    sqlite.pragma('writable_schema = OFF')
  } finally {
    sqlite.close()
  }
}
