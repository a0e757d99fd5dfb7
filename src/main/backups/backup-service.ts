import { access, constants } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type {
  BackupEntry,
  BackupFailure,
  BackupPlace,
  BackupProgress,
  BackupReason,
  BackupResult,
  BackupSettings,
  BackupSettingsInput,
  BackupSource,
  BackupStatus,
  RestoredAtStart,
  RestoreSummary
} from '../../shared/backups'
import { AppError } from '../core/app-error'
import type { AppContext } from '../core/app-context'
import type { Caller } from '../core/command'
import { createPathGrants } from '../files/save-grants'
import { readSettings } from '../settings/settings-store'
import { plainSecretBox, type SecretBox } from '../sync/secret-box'
import { deleteBackup, ensureFolder, listBackups, removePartials, type BackupManifest } from './backup-files'
import { openPassphrase, publicSettings, readBackupSettings, sealPassphrase, writeBackupSettings } from './backup-settings'
import { checkRestoreSource, discardDecrypted, readLastRestore, stageRestore, type CheckedSource } from './restore'
import { rememberRestoreNoticeSeen, restoreNoticeShown, sameRestore, type RestoreNoticeId } from './restore-notice'
import { backupsToKeep } from './rotation'
import type { WorkerProgress } from './run-worker'
import { backupOverdue, dailyBackupDue } from './schedule'
import { BackupFailed, copyToSecondFolder, takeBackup } from './take-backup'

export interface BackupOptions {
  dbPath: string
  /** Defaults to `backups/` beside the database (the user-data folder in the app). */
  folder?: string
  nativeBinding?: string
  /** Keeps the second folder's passphrase: the OS keychain in the app. */
  secrets?: SecretBox
  /** Daily and quit backups; off in tests that drive backups themselves. */
  automatic?: boolean
  /** How often the daily time is looked at. */
  checkEveryMs?: number
  /** Pages per step of the copy (tests use few, to let sales in between). */
  pagesPerStep?: number
  /** Rows changed on the till's connection so far: a quit with nothing new takes no backup. */
  changes?: () => number
  logError?: (where: string, error: unknown) => void
  /** The system's folder and file pickers: Electron's in the app; absent elsewhere. */
  dialogs?: BackupDialogs
  /** Restarts the app so a staged restore is applied (the Electron glue relaunches); without it the next start applies it. */
  restart?: () => void
  /** The restore (or undo) applied as this start began, for the notice after it. */
  restoredAtStart?: RestoredAtStart | null
}

export interface BackupDialogs {
  chooseFolder(): Promise<string | null>
  chooseDatabaseFile(): Promise<string | null>
}

export interface BackupService {
  readonly folder: string
  backupNow(reason: BackupReason): Promise<BackupResult>
  /** For the shifts hook: a backup after every shift close. */
  afterShiftClose(): Promise<BackupResult | null>
  list(): Promise<BackupEntry[]>
  status(): Promise<BackupStatus>
  /** The restore (or undo) applied as this start began, until someone pressed OK on its notice. */
  restoredNotice(): Promise<RestoredAtStart | null>
  /** OK on that notice, for every window; refused (NOT_FOUND, nothing written) when it is not the notice shown. */
  dismissRestoredNotice(seen: RestoreNoticeId, caller: Caller): Promise<RestoredAtStart | null>
  settings(): Promise<BackupSettings>
  /** The second folder comes only as a token chooseFolder gave this window. */
  updateSettings(input: BackupSettingsInput, window: number): Promise<BackupSettings>
  /** Checks a backup or a file chooseDatabaseFile chose and says what it holds, before the shopkeeper confirms. */
  inspect(source: BackupSource, window: number): Promise<RestoreSummary>
  /** Checks again, stages it and restarts; the current database is moved aside at the next start. */
  restore(source: BackupSource, window: number): Promise<RestoreSummary>
  /** Puts back the database the last restore moved aside (the restored one is moved aside in turn). */
  undoRestore(): Promise<void>
  /** The system's folder picker: the chosen path, to show, and a one-time token for it, bound to the window. */
  chooseFolder(window: number): Promise<{ path: string | null; folderToken: string | null }>
  chooseDatabaseFile(window: number): Promise<{ path: string | null; fileToken: string | null }>
  /** The browser harness and tests set their stand-in pickers; the app passes Electron's in the options. */
  useDialogs(dialogs: BackupDialogs): void
  start(): Promise<void>
  /** Waits for a backup under way, then takes the quit backup when anything changed. */
  stop(): Promise<void>
}

const PHASE_SHARE: Record<WorkerProgress['phase'], [number, number]> = { copy: [0, 0.4], check: [0.4, 0.6], digest: [0.6, 0.8], hash: [0.8, 0.9] }
const PROGRESS_EVERY_MS = 100

export function installBackups(app: AppContext, options: BackupOptions): BackupService {
  const folder = options.folder ?? join(dirname(options.dbPath), 'backups')
  const settingsFile = join(folder, 'settings.json')
  const secrets = options.secrets ?? plainSecretBox
  const logError = options.logError ?? ((where, error) => console.error(`[${where}]`, error))
  const failures = new Map<BackupPlace, BackupFailure>()
  let running: Promise<BackupResult> | null = null
  let progress: BackupProgress | null = null
  let timer: NodeJS.Timeout | null = null
  let changesAtLastBackup = options.changes?.() ?? 0
  let lastProgressAt = 0
  let unsubscribe = (): void => undefined
  let dialogs = options.dialogs
  const grants = createPathGrants<'second-folder' | 'restore-file'>(app.clock, {
    message: 'Choose the folder or file in the dialog first; nothing was changed.',
    reason: 'not_chosen'
  })

  const publishStatus = async (): Promise<void> => {
    try {
      app.bus.publish('backups.changed', { status: await status() })
    } catch (error) {
      logError('backups.status', error)
    }
  }

  const report = (reason: BackupReason, phase: BackupProgress['phase'], fraction: number): void => {
    const now = Date.now()
    const phaseChanged = progress?.phase !== phase
    progress = { reason, phase, fraction }
    if (!phaseChanged && now - lastProgressAt < PROGRESS_EVERY_MS && fraction < 1) return
    lastProgressAt = now
    app.bus.publish('backups.progress', { progress })
  }

  const fail = (reason: BackupReason, place: BackupPlace, error: unknown): BackupFailed => {
    const failure = error instanceof BackupFailed ? error : new BackupFailed(String(error))
    failures.set(place, { at: app.clock.now(), reason, place, message: failure.message })
    logError(`backups.${place}`, error)
    return failure
  }

  async function rotate(place: BackupPlace, where: string): Promise<void> {
    const entries = await listBackups(where, place)
    const keep = backupsToKeep(entries, app.clock.now())
    for (const entry of entries) if (!keep.has(entry)) await deleteBackup(where, entry.path.slice(where.length + 1))
  }

  async function run(reason: BackupReason): Promise<BackupResult> {
    const createdAt = app.clock.now()
    const changes = options.changes?.() ?? 0
    report(reason, 'copy', 0)
    let manifest: BackupManifest
    try {
      manifest = await takeBackup({
        source: options.dbPath,
        folder,
        reason,
        createdAt,
        ...(options.pagesPerStep ? { pagesPerStep: options.pagesPerStep } : {}),
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        onProgress: ({ phase, done, total }) => {
          const [from, to] = PHASE_SHARE[phase]
          report(reason, phase, from + (to - from) * (total > 0 ? done / total : 1))
        }
      })
    } catch (error) {
      throw fail(reason, 'local', error)
    }
    failures.delete('local')
    changesAtLastBackup = changes
    const local = (await listBackups(folder, 'local')).find((entry) => entry.id === `local:${manifest.file}`)
    if (!local) throw fail(reason, 'local', new BackupFailed('The backup was written but cannot be listed.'))
    await rotate('local', folder).catch((error: unknown) => logError('backups.rotate', error))
    const stored = await readBackupSettings(settingsFile)
    let second: BackupEntry | null = null
    if (stored.secondFolder !== null) {
      report(reason, 'second', 0.9)
      try {
        const copied = await copyToSecondFolder({ folder, manifest }, stored.secondFolder, await openPassphrase(secrets, stored))
        failures.delete('second')
        second = (await listBackups(stored.secondFolder, 'second')).find((entry) => entry.id === `second:${copied.file}`) ?? null
        await rotate('second', stored.secondFolder).catch((error: unknown) => logError('backups.rotate', error))
      } catch (error) {
        fail(reason, 'second', error)
      }
    }
    report(reason, 'second', 1)
    return { local, second }
  }

  function backupNow(reason: BackupReason): Promise<BackupResult> {
    if (running) return running
    // The status is published before the backup counts as over, so stop() never leaves it reading a closed database.
    const started = run(reason).finally(async () => {
      running = null
      progress = null
      await publishStatus()
    })
    running = started
    return started
  }

  const list = (): Promise<BackupEntry[]> => listEveryBackup(folder)

  async function status(): Promise<BackupStatus> {
    const stored = await readBackupSettings(settingsFile)
    const newest = (await listBackups(folder, 'local'))[0]
    const lastGoodAt = newest?.createdAt ?? null
    const { timeZone } = await readSettings(app.db)
    return {
      running: progress,
      lastGoodAt,
      failures: [...failures.values()],
      overdue: backupOverdue(app.clock.now(), lastGoodAt, stored.dailyAt, timeZone),
      secondFolder: stored.secondFolder === null ? null : { path: stored.secondFolder, reachable: await writable(stored.secondFolder) },
      undoable: lastRestore(),
      restoredAtStart: await restoredNotice()
    }
  }

  const restoredNotice = (): Promise<RestoredAtStart | null> => restoreNoticeShown(app.db, options.restoredAtStart ?? null)

  async function afterShiftClose(): Promise<BackupResult | null> {
    try {
      // a backup under way began before the close and lacks it: the close gets its own once that one is done
      await running?.catch(() => undefined)
      return await backupNow('shift')
    } catch {
      return null
    }
  }

  function lastRestore(): BackupStatus['undoable'] {
    const record = readLastRestore(folder)
    return record ? { restoredAt: record.restoredAt, setAsidePath: record.setAsidePath } : null
  }

  async function checkSource(source: BackupSource, window: number, use: 'peek' | 'redeem'): Promise<CheckedSource> {
    let path: string
    let entry: BackupEntry | null = null
    if ('backupId' in source) {
      entry = (await list()).find((candidate) => candidate.id === source.backupId) ?? null
      if (!entry) throw new AppError('NOT_FOUND', 'That backup is not in the list any more.', { details: { id: source.backupId } })
      path = entry.path
    } else {
      path = grants[use](window, 'restore-file', source.fileToken)
    }
    const stored = await readBackupSettings(settingsFile)
    await ensureFolder(folder)
    return checkRestoreSource(
      { path, entry },
      { folder, passphrase: await openPassphrase(secrets, stored), ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) }
    )
  }

  function scheduleRestart(): void {
    // after the answer has gone back to the window that asked
    setTimeout(() => options.restart?.(), 50)
  }

  async function checkSchedule(): Promise<void> {
    if (running) return
    const stored = await readBackupSettings(settingsFile)
    const newest = (await listBackups(folder, 'local'))[0]
    const { timeZone } = await readSettings(app.db)
    if (dailyBackupDue(app.clock.now(), newest?.createdAt ?? null, stored.dailyAt, timeZone)) await backupNow('scheduled')
  }

  return {
    folder,
    backupNow,
    afterShiftClose,
    list,
    status,
    restoredNotice,
    async dismissRestoredNotice(seen, caller) {
      const shown = await restoredNotice()
      if (!shown || !sameRestore(shown, seen)) throw new AppError('NOT_FOUND', 'That notice is not shown any more; nothing was changed.')
      await rememberRestoreNoticeSeen(app, caller, shown)
      void publishStatus()
      return restoredNotice()
    },
    settings: async () => publicSettings(await readBackupSettings(settingsFile)),
    async updateSettings(input, window) {
      const stored = await readBackupSettings(settingsFile)
      const secondFolder =
        input.secondFolderToken === undefined
          ? stored.secondFolder
          : input.secondFolderToken === null
            ? null
            : grants.redeem(window, 'second-folder', input.secondFolderToken)
      const passphrase =
        input.passphrase === undefined
          ? {}
          : input.passphrase === null
            ? { passphrase: null, passphraseEncrypted: false }
            : await sealPassphrase(secrets, input.passphrase)
      const next = { ...stored, dailyAt: input.dailyAt, secondFolder, ...passphrase }
      await ensureFolder(folder)
      await writeBackupSettings(settingsFile, next)
      void publishStatus()
      return publicSettings(next)
    },
    async inspect(source, window) {
      const checked = await checkSource(source, window, 'peek')
      await discardDecrypted(checked)
      return checked.summary
    },
    async restore(source, window) {
      const checked = await checkSource(source, window, 'redeem')
      if (!checked.summary.ok) {
        await discardDecrypted(checked)
        throw new AppError('BACKUP_REFUSED', checked.summary.problem ?? 'This file cannot be restored.')
      }
      await stageRestore(options.dbPath, checked)
      scheduleRestart()
      return checked.summary
    },
    async undoRestore() {
      const record = readLastRestore(folder)
      if (!record) throw new AppError('NOT_FOUND', 'There is no restore to undo: the database it set aside is not there.')
      // the notice after the restart names the set-aside file and when it was set aside
      const summary = { path: record.setAsidePath, createdAt: record.restoredAt } as RestoreSummary
      await stageRestore(options.dbPath, { plainPath: record.setAsidePath, summary }, 'set-aside')
      scheduleRestart()
    },
    async chooseFolder(window) {
      if (!dialogs) throw new AppError('FORBIDDEN', 'Choosing a folder works only in the Tillpoint app window.', { details: { reason: 'no_dialog' } })
      const path = await dialogs.chooseFolder()
      return { path, folderToken: path === null ? null : grants.grant(window, 'second-folder', path) }
    },
    async chooseDatabaseFile(window) {
      if (!dialogs) throw new AppError('FORBIDDEN', 'Choosing a file works only in the Tillpoint app window.', { details: { reason: 'no_dialog' } })
      const path = await dialogs.chooseDatabaseFile()
      return { path, fileToken: path === null ? null : grants.grant(window, 'restore-file', path) }
    },
    useDialogs(next) {
      dialogs = next
    },
    async start() {
      await removePartials(folder)
      if (options.automatic === false) return
      unsubscribe = app.bus.subscribe((name, payload) => {
        if (name === 'shift.changed' && (payload as { change: string }).change === 'closed') void afterShiftClose()
      })
      const tick = (): void => {
        checkSchedule().catch((error: unknown) => logError('backups.schedule', error))
      }
      timer = setInterval(tick, options.checkEveryMs ?? 60_000)
      timer.unref()
      tick()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = null
      unsubscribe()
      await running?.catch(() => undefined)
      if (options.automatic === false || (options.changes?.() ?? 0) === changesAtLastBackup) return
      await backupNow('quit').catch(() => undefined)
    }
  }
}

/** Every verified backup in the backups folder and the second folder its settings name, newest first. */
export async function listEveryBackup(folder: string): Promise<BackupEntry[]> {
  const stored = await readBackupSettings(join(folder, 'settings.json'))
  const local = await listBackups(folder, 'local')
  const second = stored.secondFolder === null ? [] : await listBackups(stored.secondFolder, 'second')
  return [...local, ...second].sort((a, b) => b.createdAt - a.createdAt)
}

/** A second folder is reachable when it exists and can be written (a USB stick left at home is not). */
async function writable(folder: string): Promise<boolean> {
  try {
    await access(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}
