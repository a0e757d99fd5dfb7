import { dirname, join } from 'node:path'
import { listEveryBackup } from './backups/backup-service'
import { createRecovery } from './backups/recovery'
import { applyPendingRestore } from './backups/restore'
import type { RestoredAtStart } from '../shared/backups'
import { classifyStartFailure, diagnoseDatabase, type DiagnosedProblem } from './backups/startup-check'
import { systemClock } from './core/clock'
import { createEventBus, type EventBus } from './core/event-bus'
import type { Dispatch } from './ipc/dispatch'
import { createRecoveryDispatch } from './ipc/recovery-dispatch'
import { startTillpoint, type Tillpoint, type TillpointOptions } from './tillpoint'

export interface ShopOptions extends TillpointOptions {
  /** Shows a file in the system's file manager: Electron's shell in the app. */
  revealFile?: (path: string) => void
}

/** The app as its host (Electron, the e2e harness) sees it: a running till, or the start-up screen until one runs. */
export interface Shop {
  dispatch: Dispatch
  bus: EventBus
  /** The running till; null while the start-up screen shows a problem. */
  till(): Tillpoint | null
  close(): Promise<void>
}

/**
 * How the app starts: a staged restore is applied, the database is looked at (`PRAGMA
 * quick_check` in the worker, before the first sale), and Tillpoint starts on it. When it cannot,
 * nothing crashes: the start-up screen's channels answer what is wrong and offer the newest good
 * backup, and once it is restored (or the cause is fixed) Tillpoint starts in the same process,
 * on the same bus, so the window only has to reload.
 */
export async function openShop(options: ShopOptions): Promise<Shop> {
  const clock = options.clock ?? systemClock
  const logError = options.logError ?? ((where: string, failure: unknown) => console.error(`[${where}] failed`, failure))
  const bus = options.bus ?? createEventBus()
  const backupsFolder = options.backups?.folder ?? join(dirname(options.dbPath), 'backups')
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  let till: Tillpoint | null = null
  let dispatch: Dispatch = () => Promise.reject(new Error('The shop is still opening'))
  let opening: Promise<boolean> | null = null
  // the restore applied on the way to this start, which the running till's notice names
  let restoredAtStart: RestoredAtStart | null = null

  function recover(found: DiagnosedProblem): void {
    // the original words of SQLite or the file system, for support
    logError('startup', new Error(`The database cannot be opened (${found.kind}): ${found.detail}`))
    const recovery = createRecovery(found, { dbPath: options.dbPath, backupsFolder, ...binding, secrets: options.backups?.secrets, now: () => clock.now() })
    dispatch = createRecoveryDispatch(
      found.kind,
      {
        'startup.problem': () => recovery.problem(),
        'startup.restoreNewest': async () => {
          restoredAtStart = (await recovery.restoreNewest())?.notice ?? restoredAtStart
          return { started: await reopen() }
        },
        'startup.showFile': async () => {
          options.revealFile?.(options.dbPath)
          return { shown: options.revealFile !== undefined }
        },
        'startup.tryAgain': async () => ({ started: await reopen() })
      },
      logError
    )
  }

  async function open(): Promise<boolean> {
    let found: DiagnosedProblem | null
    try {
      restoredAtStart = applyPendingRestore(options.dbPath, backupsFolder, clock.now())?.notice ?? restoredAtStart
      found = await diagnoseDatabase(options.dbPath, { ...binding, hasBackups: async () => (await listEveryBackup(backupsFolder)).length > 0 })
      if (!found) {
        const started = startTillpoint({ ...options, bus, restoredAtStart })
        till = started
        dispatch = started.dispatch
        return true
      }
    } catch (error) {
      found = classifyStartFailure(error, options.dbPath)
    }
    recover(found)
    return false
  }

  // two windows asking at once open the database once
  const reopen = (): Promise<boolean> => (till ? Promise.resolve(true) : (opening ??= open().finally(() => (opening = null))))

  await reopen()
  return {
    dispatch: (channel, request, sender) => dispatch(channel, request, sender),
    bus,
    till: () => till,
    close: async () => {
      await opening
      await till?.close()
    }
  }
}
