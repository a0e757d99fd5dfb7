import { accessSync, constants, statfsSync } from 'node:fs'
import { access, statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { AppContext } from '../core/app-context'
import { STORAGE_MESSAGES, storageProblemCode, type StorageProblem, type StorageProblemCode } from '../db/storage-errors'
import { runWorker } from './run-worker'

export interface StorageHealth {
  /** The dispatcher saw a storage error: the banner shows it until a probe finds the cause gone. */
  report(code: StorageProblemCode): void
  /**
   * Which storage answer a failure is, or null. SQLite says only "disk I/O error" when a file it
   * already has open can no longer be written (made read-only or immutable, a disk remounted
   * read-only) or the disk filled up under it: then the files and the free space are looked at.
   */
  classify(error: unknown): StorageProblemCode | null
  current(): StorageProblem | null
  /** Looks now whether the cause is gone (the timer does this every few seconds). */
  recheck(): Promise<void>
  /** The full integrity check of the live database, in the backup worker. */
  checkInBackground(): Promise<void>
  stop(): void
}

/** Free space under which the disk still counts as full: a sale's commit needs a few pages, a checkpoint more. */
const FREE_BYTES_NEEDED = 8 * 1024 * 1024

/** Whether the disk holding `folder` has less room than a sale and a checkpoint need. */
export function diskFullAt(folder: string): boolean {
  const fs = statfsSync(folder)
  return fs.bavail * fs.bsize < FREE_BYTES_NEEDED
}

/**
 * Keeps the storage problem the dispatcher last met and looks every few seconds whether its cause
 * is gone: space again (and room under max_page_count), a writable file and folder. A damaged
 * database stays reported until a restore replaces it.
 */
export function installStorageHealth(
  app: AppContext,
  options: { dbPath: string; sqlite: BetterSqlite3.Database; nativeBinding?: string; probeEveryMs?: number; logError: (where: string, error: unknown) => void }
): StorageHealth {
  let problem: StorageProblem | null = null
  let timer: NodeJS.Timeout | null = null

  const files = [options.dbPath, `${options.dbPath}-wal`, `${options.dbPath}-shm`, dirname(options.dbPath)]

  const publish = (): void => app.bus.publish('storage.changed', { problem })

  const set = (code: StorageProblemCode | null): void => {
    if ((problem?.code ?? null) === code) return
    problem = code === null ? null : { code, message: STORAGE_MESSAGES[code] }
    publish()
    if (problem && problem.code !== 'DATABASE_DAMAGED' && !timer) {
      timer = setInterval(() => void probe(), options.probeEveryMs ?? 5_000)
      timer.unref()
    }
    if ((!problem || problem.code === 'DATABASE_DAMAGED') && timer) {
      clearInterval(timer)
      timer = null
    }
  }

  async function causeGone(code: StorageProblemCode): Promise<boolean> {
    if (code === 'STORAGE_FULL') {
      const fs = await statfs(dirname(options.dbPath))
      const pages = options.sqlite.pragma('page_count', { simple: true }) as number
      const maxPages = options.sqlite.pragma('max_page_count', { simple: true }) as number
      return fs.bavail * fs.bsize >= FREE_BYTES_NEEDED && pages < maxPages
    }
    if (code === 'STORAGE_READ_ONLY') {
      for (const file of files) await access(file, constants.W_OK).catch((error: NodeJS.ErrnoException) => ignoreMissing(error))
      return true
    }
    return false
  }

  async function probe(): Promise<void> {
    if (!problem) return
    try {
      if (await causeGone(problem.code)) set(null)
    } catch {
      // still unwritable: the banner stays
    }
  }

  return {
    report: (code) => set(code),
    classify(error) {
      const code = storageProblemCode(error)
      if (code || !isIoError(error)) return code
      if (files.some((file) => !writableNow(file))) return 'STORAGE_READ_ONLY'
      return diskFullAt(dirname(options.dbPath)) ? 'STORAGE_FULL' : null
    },
    current: () => problem,
    recheck: probe,
    async checkInBackground() {
      try {
        const { check } = await runWorker({ job: 'check', file: options.dbPath, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
        if (check.integrity !== 'ok') {
          options.logError('storage.integrityCheck', new Error(check.integrity))
          set('DATABASE_DAMAGED')
        }
      } catch (error) {
        options.logError('storage.integrityCheck', error)
      }
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = null
    }
  }
}

/** SQLite's "disk I/O error" family: it does not say whether the disk is full or the file unwritable. */
export function isIoError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_IOERR')
}

/** A missing -wal or -shm is not a refusal to write; anything else is. */
function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error
}

function writableNow(file: string): boolean {
  try {
    accessSync(file, constants.W_OK)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
}
