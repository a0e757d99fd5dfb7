import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Channel, EventName, InputOf, OutputOf } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import { manualClock, type ManualClock } from '../../src/main/core/clock'
import { startTillpoint, TOOL_WINDOW, type Tillpoint, type TillpointOptions } from '../../src/main/tillpoint'
import type { StaffOptions } from '../../src/main/staff/staff-service'
import type { Approval } from '../../src/shared/staff'
import type { SyncOptions } from '../../src/main/sync/sync-service'
import type { PrintBackend } from '../../src/main/print/print-backend'
import { describeFindings, scanDatabaseFile, scanText } from './card-scan'
import { copyMigratedTemplate } from './till-template'

/** 2026-03-02 09:00 UTC: a Monday morning, a fixed start for every test's clock. */
export const TEST_EPOCH = Date.UTC(2026, 2, 2, 9, 0, 0)

/** The owner's PIN once a test gives the owner one (`addStaff` does). */
export const TEST_OWNER_PIN = '2580'

type CallArgs<C extends Channel> = undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]

/** One window of the till: its own staff session, as each Electron window has. */
export interface TillWindow {
  id: number
  /** Calls a channel through the real IPC helper, exactly as the renderer would. */
  call<C extends Channel>(channel: C, ...input: CallArgs<C>): Promise<Result<OutputOf<C>>>
  /** Like `call`, but the test fails at once if the call is refused. */
  ok<C extends Channel>(channel: C, ...input: CallArgs<C>): Promise<OutputOf<C>>
  /** The same calls carrying a manager's approval, as the override dialog sends them. */
  approved(approval: Approval): Pick<TillWindow, 'call' | 'ok'>
  /** Opens this window for a staff member (their PIN through `staff.unlock`). */
  unlock(staffId: string, pin: string): Promise<void>
}

/**
 * The default window (`call`, `ok`) acts as the owner: on a new till no one has a PIN, so every
 * window acts as the owner, exactly as an upgraded till does until its owner sets one. Once a test
 * gives the owner a PIN (`addStaff`), the default window stays open as the owner and other windows
 * (`window(n)`) start locked.
 */
export interface TestTill extends Tillpoint, Omit<TillWindow, 'id'> {
  dir: string
  dbPath: string
  clock: ManualClock
  window(id: number): TillWindow
  /** Gives the owner TEST_OWNER_PIN if no one has a PIN yet, then adds a staff member; answers their id. */
  addStaff(name: string, roleId: string, pin: string): Promise<string>
  /** Records every event published from now on. */
  recordEvents(): Array<{ name: EventName; payload: unknown }>
  /** What the till logged as unexpected failures (the app writes these to its log). */
  logged: string[]
  /** Closes the till; fails if its database or its log holds a card number (see card-scan.ts). */
  cleanup(): Promise<void>
}

/** A fresh, migrated Tillpoint on its own temporary SQLite file. */
export function openTestTill(
  options: {
    start?: number
    dir?: string
    sync?: SyncOptions
    printBackend?: PrintBackend
    backups?: TillpointOptions['backups']
    staff?: StaffOptions
    updates?: TillpointOptions['updates']
    display?: TillpointOptions['display']
  } = {}
): TestTill {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tillpoint-test-'))
  const dbPath = join(dir, 'till.sqlite')
  const clock = manualClock(options.start ?? TEST_EPOCH)
  copyMigratedTemplate(dbPath, clock.now())
  const logged: string[] = []
  const logError = (where: string, error: unknown): void => {
    logged.push(`${where}: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`)
  }
  const till = startTillpoint({
    dbPath,
    clock,
    logError,
    sync: options.sync,
    printBackend: options.printBackend,
    backups: options.backups,
    staff: options.staff,
    updates: options.updates,
    display: options.display
  })
  const calls = (id: number, approval?: Approval): Pick<TillWindow, 'call' | 'ok'> => {
    const request = (input: unknown) => (approval ? { input, approval } : { input })
    return {
      call: (async (channel: Channel, input?: unknown) => till.dispatch(channel, request(input), id)) as TillWindow['call'],
      ok: (async (channel: Channel, input?: unknown) => {
        const result = await till.dispatch(channel, request(input), id)
        if (!result.ok) throw new Error(`${channel} was refused: ${result.error.code} ${result.error.message}`)
        return result.data
      }) as TillWindow['ok']
    }
  }
  const window = (id: number): TillWindow => ({
    id,
    ...calls(id),
    approved: (approval) => calls(id, approval),
    async unlock(staffId, pin) {
      await calls(id).ok('staff.unlock', { staffId, pin })
    }
  })
  const main = window(TOOL_WINDOW)
  return {
    ...till,
    dir,
    dbPath,
    clock,
    call: main.call,
    ok: main.ok,
    approved: main.approved,
    unlock: main.unlock,
    window,
    async addStaff(name, roleId, pin) {
      const lock = await main.ok('staff.lockScreen')
      if (lock.pinless) await main.ok('staff.setupOwner', { name: 'Olive Owner', pin: TEST_OWNER_PIN })
      return (await main.ok('staff.create', { name, roleId, pin })).id
    },
    recordEvents() {
      const seen: Array<{ name: EventName; payload: unknown }> = []
      till.context.bus.subscribe((name, payload) => seen.push({ name, payload }))
      return seen
    },
    logged,
    async cleanup() {
      await till.close()
      // Every test's till is scanned as it closes: after the suite, no database held a card number.
      const findings = [...scanDatabaseFile(dbPath), ...logged.flatMap((line) => scanText('log', line))]
      if (!options.dir) rmSync(dir, { recursive: true, force: true })
      if (findings.length > 0) throw new Error(`This test left a card number in the till:\n${describeFindings(findings)}`)
    }
  }
}

/** Row counts of every table plus every variant's stock: equal snapshots mean nothing was written. */
export async function snapshotDatabase(till: Tillpoint): Promise<Record<string, unknown>> {
  const { sql } = await import('kysely')
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`.execute(till.context.db)
  const snapshot: Record<string, unknown> = {}
  for (const { name } of tables.rows) {
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(till.context.db)
    snapshot[name] = count.rows[0]?.n
  }
  snapshot.stock = (await sql<{ id: number; stock: number }>`SELECT id, stock FROM variants ORDER BY id`.execute(till.context.db)).rows
  snapshot.settings = (await sql<{ value: string }>`SELECT value FROM settings ORDER BY key`.execute(till.context.db)).rows
  return snapshot
}

/**
 * A hash of every row of every table (the full-text indexes aside, they mirror their tables): equal
 * means nothing was written. `withoutJournal` leaves the journal out, for refusals it records.
 */
export async function checksumDatabase(till: Tillpoint, options: { withoutJournal?: boolean } = {}): Promise<string> {
  const { createHash } = await import('node:crypto')
  const hash = createHash('sha256')
  const tables = till.sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`)
    .all() as Array<{ name: string }>
  for (const { name } of tables) {
    if (options.withoutJournal && name === 'journal') continue
    hash.update(`${name}\n`)
    for (const row of till.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
    }
  }
  return hash.digest('hex')
}
