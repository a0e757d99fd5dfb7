import { access, constants, statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { AppContext } from '../core/app-context'
import { STORAGE_MESSAGES, type StorageProblem, type StorageProblemCode } from '../db/storage-errors'
import { runWorker } from './run-worker'

export interface StorageHealth {
  /** The dispatcher saw a storage error: the banner shows it until a probe finds the cause gone. */
  report(code: StorageProblemCode): void
  current(): StorageProblem | null
  /** Looks now whether the cause is gone (the timer does this every few seconds). */
  recheck(): Promise<void>
  /** The full integrity check of the live database, in the backup worker. */
  checkInBackground(): Promise<void>
  stop(): void
}

/** Free space under which the disk still counts as full: a sale's commit needs a few pages, a checkpoint more. */
const FREE_BYTES_NEEDED = 8 * 1024 * 1024

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
      await access(options.dbPath, constants.W_OK)
      await access(dirname(options.dbPath), constants.W_OK)
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
