import { dirname, join } from 'node:path'
import { installBackups, type BackupOptions } from './backups/backup-service'
import { preMigrationBackup } from './backups/pre-migration'
import { applyPendingRestore } from './backups/restore'
import type { RestoredAtStart } from '../shared/backups'
import { installStorageHealth } from './backups/storage-health'
import type { AppContext } from './core/app-context'
import { systemClock, type Clock } from './core/clock'
import { createEventBus, type EventBus } from './core/event-bus'
import { openDatabase, type Database } from './db/open'
import { createDispatcher, type Dispatch, type DispatchOptions } from './ipc/dispatch'
import { createSavePaths, type SaveDialog } from './files/save-dialog'
import { createHandlers } from './ipc/handlers'
import { startExpirySweeper } from './orders/expiry-sweep'
import { installSync, type SyncOptions } from './sync/sync-service'
import type { PrintBackend } from './print/print-backend'
import { installPrinting } from './print/print-service'
import { useReceiptFonts } from './print/escpos/raster-text'
import { installShifts } from './shifts/shift-hook'
import { createStaffService, type StaffOptions } from './staff/staff-service'
import type { TillpointServices } from './services'
import { installStats } from './stats/stats-hook'
import { startUpdates, type UpdateSource } from './updates/update-service'
import { installJournal, JOURNALED_REFUSALS } from './journal/journal-service'
import { installCustomerDisplay, type CustomerDisplayOptions } from './display/customer-display-service'

/** The window tools and tests call from: while no one has a PIN, any window acts as the owner. */
export const TOOL_WINDOW = 1

export interface TillpointOptions extends DispatchOptions {
  dbPath: string
  nativeBinding?: string
  clock?: Clock
  /** System printers and PDF: Electron's in the app; without one, only network printers print. */
  printBackend?: PrintBackend
  /** Bundled files such as the sample shop; defaults to the repo's resources/ (from src/main or out/main). */
  resourcesDir?: string
  /** The sync token's keychain, timers and HTTP client; defaults suit the app. */
  sync?: SyncOptions
  /** Automatic backups (off unless the host turns them on: the app does) and the second folder's keychain. */
  backups?: Omit<BackupOptions, 'dbPath' | 'nativeBinding' | 'changes'>
  /** How PINs are hashed (scrypt unless a test counts the calls). */
  staff?: StaffOptions
  /** Where the shopkeeper picks a file to save: Electron's dialog in the app; tests set their own later. */
  saveDialog?: SaveDialog
  /** The events' bus; the start-up screen's host passes its own, so windows keep one bus across a restore. */
  bus?: EventBus
  /** New versions: electron-updater in a packaged build with an update address; none elsewhere (updates off). */
  updates?: UpdateSource | null
  /** A restore the host applied before this start (openShop, the start-up screen's restore): the notice after it names it. */
  restoredAtStart?: RestoredAtStart | null
  /** The customer display's timing (how long the change stays up, and its timer: tests run it by hand). */
  display?: Omit<CustomerDisplayOptions, 'logError'>
}

export interface Tillpoint {
  context: AppContext
  dispatch: Dispatch
  /** The raw SQLite connection under context.db, for tools only (the benchmark's floor); domain code uses context.db. */
  sqlite: Database['sqlite']
  services: TillpointServices
  /** Stops every worker, then closes the database; calling it again waits for the same close. */
  close(): Promise<void>
}

/**
 * The whole main-process application without Electron: the database, the domain and the IPC
 * dispatcher. The Electron glue, the tests and the tools all start Tillpoint through this.
 */
export function startTillpoint(options: TillpointOptions): Tillpoint {
  const clock = options.clock ?? systemClock
  const logError = options.logError ?? ((where: string, failure: unknown) => console.error(`[${where}] failed`, failure))
  const backupsFolder = options.backups?.folder ?? join(dirname(options.dbPath), 'backups')
  const restoredAtStart = applyPendingRestore(options.dbPath, backupsFolder, clock.now())?.notice ?? options.restoredAtStart ?? null
  const database = openDatabase({
    path: options.dbPath,
    nativeBinding: options.nativeBinding,
    now: () => clock.now(),
    beforeMigrating: (sqlite) => preMigrationBackup(sqlite, backupsFolder, clock.now(), options.nativeBinding)
  })
  const context: AppContext = {
    db: database.db,
    connection: database.sql,
    clock,
    bus: options.bus ?? createEventBus(),
    commandHooks: [],
    resourcesDir: options.resourcesDir ?? join(__dirname, '../../resources'),
    dbFile: { path: options.dbPath, nativeBinding: options.nativeBinding }
  }
  useReceiptFonts(join(context.resourcesDir ?? '', 'fonts'))
  installStats(context)
  installShifts(context)
  const backups = installBackups(context, {
    automatic: false,
    logError,
    ...options.backups,
    folder: backupsFolder,
    restoredAtStart,
    dbPath: options.dbPath,
    nativeBinding: options.nativeBinding,
    changes: () => database.sqlite.prepare('SELECT total_changes() AS n').pluck().get() as number
  })
  const sync = installSync(context, options.sync)
  const printing = installPrinting(context, { backend: options.printBackend })
  // After every other hook: its entry records what the command and the other hooks left.
  const journal = installJournal(context, database.sqlite, { dbPath: options.dbPath, nativeBinding: options.nativeBinding, secrets: options.sync?.secrets })
  const storage = installStorageHealth(context, { dbPath: options.dbPath, sqlite: database.sqlite, nativeBinding: options.nativeBinding, logError })
  // The full integrity check reads the whole file: the app runs it once per start, in the worker.
  if (options.backups?.automatic) void storage.checkInBackground()
  const services: TillpointServices = {
    sync,
    printing,
    backups,
    staff: createStaffService(context, { ...options.staff, onUnlocked: (actor) => journal.recordUnlock(actor) }),
    journal,
    storage,
    savePaths: createSavePaths(clock, options.saveDialog),
    updates: startUpdates(context, options.updates ?? null),
    display: installCustomerDisplay(context, { ...options.display, logError })
  }
  const backupsStarted = backups.start().catch((error: unknown) => logError('backups.start', error))
  const dispatch = createDispatcher(createHandlers(context, services), services.staff, {
    ...options,
    onStorageProblem: services.storage.report,
    classifyStorage: services.storage.classify,
    onRefused: async (channel, sender, refusal) => {
      if (!JOURNALED_REFUSALS.has(refusal.code)) return
      const session = await services.staff.session(sender)
      journal.recordRefusal(channel, session.staff ? { id: session.staff.id, name: session.staff.name } : null, refusal)
    }
  })
  const expirySweeper = startExpirySweeper(context, (error) => logError('orders.expirySweep', error))
  let closing: Promise<void> | null = null
  return {
    context,
    dispatch,
    sqlite: database.sqlite,
    services,
    // Workers first, so nothing writes while the database checkpoints its WAL and closes.
    close: () =>
      (closing ??= (async () => {
        services.updates.stop()
        services.display.stop()
        await services.display.settled()
        await expirySweeper.stop()
        await services.printing.stop()
        await services.sync.stop()
        await backupsStarted
        await backups.stop()
        storage.stop()
        await database.close()
      })())
  }
}
