import type { StorageProblem } from '../../shared/backups'

export type StorageProblemCode = StorageProblem['code']
export type { StorageProblem }

/** What the shopkeeper reads, with what to do; the original error goes to the log. */
export const STORAGE_MESSAGES: Record<StorageProblemCode, string> = {
  STORAGE_FULL: 'The disk is full, so nothing was changed. Free some space on this PC (empty the recycle bin, delete old downloads), then try again.',
  STORAGE_READ_ONLY:
    'Tillpoint cannot write to its database, so nothing was changed. The file, its folder or the disk was made read-only: make it writable again (or ask whoever looks after this PC).',
  DATABASE_DAMAGED: 'The database file is damaged, so nothing was changed. Restore the newest backup in Settings → Backups; the damaged file is kept.'
}

const SQLITE_CODES: Array<[RegExp, StorageProblemCode]> = [
  [/^SQLITE_FULL/, 'STORAGE_FULL'],
  [/^SQLITE_READONLY/, 'STORAGE_READ_ONLY'],
  [/^SQLITE_CANTOPEN/, 'STORAGE_READ_ONLY'],
  [/^SQLITE_CORRUPT/, 'DATABASE_DAMAGED'],
  [/^SQLITE_NOTADB/, 'DATABASE_DAMAGED'],
  [/^ENOSPC$/, 'STORAGE_FULL'],
  [/^EDQUOT$/, 'STORAGE_FULL'],
  [/^(EROFS|EACCES|EPERM)$/, 'STORAGE_READ_ONLY']
]

/** SQLite's (or the file system's) error code as one of the three storage answers, or null. */
export function storageProblemCode(error: unknown): StorageProblemCode | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null
  const code = error.code
  return SQLITE_CODES.find(([pattern]) => pattern.test(code))?.[1] ?? null
}
