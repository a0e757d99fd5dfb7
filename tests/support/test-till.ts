import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OWNER } from '../../src/shared/actor'
import type { Channel, EventName, InputOf, OutputOf } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import { manualClock, type ManualClock } from '../../src/main/core/clock'
import { startTillpoint, type Tillpoint, type TillpointOptions } from '../../src/main/tillpoint'
import type { SyncOptions } from '../../src/main/sync/sync-service'
import type { PrintBackend } from '../../src/main/print/print-backend'
import { describeFindings, scanDatabaseFile, scanText } from './card-scan'

/** 2026-03-02 09:00 UTC: a Monday morning, a fixed start for every test's clock. */
export const TEST_EPOCH = Date.UTC(2026, 2, 2, 9, 0, 0)

export interface TestTill extends Tillpoint {
  dir: string
  dbPath: string
  clock: ManualClock
  /** Calls a channel through the real IPC helper, exactly as the renderer would. */
  call<C extends Channel>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<Result<OutputOf<C>>>
  /** Like `call`, but the test fails at once if the call is refused. */
  ok<C extends Channel>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<OutputOf<C>>
  /** Records every event published from now on. */
  recordEvents(): Array<{ name: EventName; payload: unknown }>
  /** What the till logged as unexpected failures (the app writes these to its log). */
  logged: string[]
  /** Closes the till; fails if its database or its log holds a card number (see card-scan.ts). */
  cleanup(): Promise<void>
}

/** A fresh, migrated Tillpoint on its own temporary SQLite file. */
export function openTestTill(
  options: { start?: number; dir?: string; sync?: SyncOptions; printBackend?: PrintBackend; backups?: TillpointOptions['backups'] } = {}
): TestTill {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tillpoint-test-'))
  const dbPath = join(dir, 'till.sqlite')
  const clock = manualClock(options.start ?? TEST_EPOCH)
  const logged: string[] = []
  const logError = (where: string, error: unknown): void => {
    logged.push(`${where}: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`)
  }
  const till = startTillpoint({ dbPath, clock, logError, sync: options.sync, printBackend: options.printBackend, backups: options.backups })
  const call = (async (channel: Channel, input?: unknown) =>
    till.dispatch(channel, { actor: OWNER, input })) as TestTill['call']
  const ok = (async (channel: Channel, input?: unknown) => {
    const result = await till.dispatch(channel, { actor: OWNER, input })
    if (!result.ok) throw new Error(`${channel} was refused: ${result.error.code} ${result.error.message}`)
    return result.data
  }) as TestTill['ok']
  return {
    ...till,
    dir,
    dbPath,
    clock,
    call,
    ok,
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
