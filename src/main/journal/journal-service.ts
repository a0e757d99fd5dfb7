import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Selectable } from 'kysely'
import type { JournalArchiveResult, JournalEntryDetail, JournalEntryView, JournalListInput, JournalPage, JournalVerdict } from '../../shared/journal'
import type { Actor } from '../../shared/actor'
import type { AppErrorData } from '../../shared/errors'
import type { AppContext } from '../core/app-context'
import { notFound } from '../core/app-error'
import type { JournalTable } from '../db/tables/journal.table'
import { plainSecretBox, type SecretBox } from '../sync/secret-box'
import { entryWords } from './entry-words'
import { ensureJournalGenesis } from './genesis'
import { buildJournalArchive } from './journal-archive'
import { parseOrderRefs } from './journal-entry'
import { createJournalHook } from './journal-hook'
import { appendJournalEntry } from './journal-append'
import { journalKey } from './journal-key'
import { verifyJournal } from './verify-journal'

export interface JournalOptions {
  dbPath: string
  nativeBinding?: string
  /** Keeps the archive signing key's private half; the OS keychain in the app. */
  secrets?: SecretBox
}

export interface JournalService {
  list(input: JournalListInput): Promise<JournalPage>
  get(seq: number): Promise<JournalEntryDetail>
  /** One run at a time: a second call while one runs waits for the same answer. */
  verify(): Promise<JournalVerdict>
  exportArchive(period: { from?: number; to?: number }): Promise<JournalArchiveResult>
  /**
   * A refused attempt that matters (FORBIDDEN, a wrong PIN, a lockout): one entry of its own,
   * committed although the command was not. Never the PIN or any input: the code and the words.
   */
  recordRefusal(command: string, actor: Actor | null, refusal: AppErrorData): void
  /** Someone opened the till with their PIN: who was at the counter, and from when. */
  recordUnlock(actor: Actor): void
}

/** The refusals an owner wants to see: who tried what they may not do, and PIN guessing. */
export const JOURNALED_REFUSALS: ReadonlySet<string> = new Set(['FORBIDDEN', 'PIN_WRONG', 'STAFF_LOCKED_OUT'])

/**
 * Starts the chain if it has not begun and adds the journal's hook. Install it after every other
 * hook: its entry records the state the command and the other hooks left.
 */
export function installJournal(app: AppContext, sqlite: BetterSqlite3.Database, options: JournalOptions): JournalService {
  ensureJournalGenesis(sqlite, app.connection, app.clock.now())
  app.commandHooks.push(createJournalHook())
  const secrets = options.secrets ?? plainSecretBox
  // Long reads run on their own read-only connection, so sales keep writing meanwhile.
  const readConnection = () => new BetterSqlite3(options.dbPath, { readonly: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
  let running: Promise<JournalVerdict> | null = null

  const record = (command: string, actor: Actor | null, data: Record<string, unknown>) =>
    sqlite.transaction(() => {
      appendJournalEntry(app.connection, {
        at: app.clock.now(),
        command,
        staffId: actor?.id ?? null,
        approverId: null,
        orders: [],
        data: { actor, approver: null, ...data }
      })
    })()

  return {
    recordRefusal: (command, actor, refusal) => record(command, actor, { refused: { code: refusal.code, message: refusal.message } }),
    recordUnlock: (actor) => record('staff.unlock', actor, { unlocked: true }),
    list: (input) => listJournal(app, input),
    get: async (seq) => {
      const row = await app.db.selectFrom('journal').selectAll().where('seq', '=', seq).executeTakeFirst()
      if (!row) throw notFound('Journal entry', seq)
      return { ...viewOf(row), prevHash: row.prev_hash, formula: row.formula, tillId: row.till_id, body: row.body }
    },
    verify: () =>
      (running ??= (async () => {
        const reader = readConnection()
        try {
          return await verifyJournal(reader, { onProgress: (progress) => app.bus.publish('journal.verifyProgress', progress) })
        } finally {
          reader.close()
          running = null
        }
      })()),
    exportArchive: async (period) => {
      const now = app.clock.now()
      const key = await journalKey(app.db, secrets, now)
      const reader = readConnection()
      try {
        const { zip, manifest, manifestSha256 } = await buildJournalArchive(reader, key, period, now)
        const folder = join(options.dbPath, '..', 'journal-archives')
        mkdirSync(folder, { recursive: true })
        const name = `journal-${manifest.tillId.slice(0, 8) || 'till'}-${new Date(now).toISOString().replace(/[:.]/g, '-')}.zip`
        const path = join(folder, name)
        writeFileSync(`${path}.partial`, zip)
        renameSync(`${path}.partial`, path)
        return { path, entries: manifest.entries.count, manifestSha256, publicKey: key.publicKeyPem }
      } finally {
        reader.close()
      }
    }
  }
}

async function listJournal(app: AppContext, input: JournalListInput): Promise<JournalPage> {
  const filter = input ?? {}
  const limit = filter.limit ?? 50
  const rows = await app.db
    .selectFrom('journal')
    .selectAll('journal')
    .$if(filter.orderId !== undefined, (query) =>
      query.where('seq', 'in', (sub) =>
        sub
          .selectFrom('journal_orders')
          .select('journal_orders.seq')
          .where('journal_orders.order_id', '=', filter.orderId ?? 0)
      )
    )
    .$if(filter.staffId !== undefined, (query) => query.where('staff_id', '=', filter.staffId ?? ''))
    .$if(filter.command !== undefined, (query) => query.where('command', '=', filter.command ?? ''))
    .$if(filter.from !== undefined, (query) => query.where('at', '>=', filter.from ?? 0))
    .$if(filter.to !== undefined, (query) => query.where('at', '<=', filter.to ?? 0))
    .$if(filter.before !== undefined, (query) => query.where('seq', '<', filter.before ?? 0))
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute()
  const page = rows.slice(0, limit)
  return { entries: page.map(viewOf), next: rows.length > limit ? (page[page.length - 1]?.seq ?? null) : null }
}

function viewOf(row: Selectable<JournalTable>): JournalEntryView {
  const data = JSON.parse(row.body) as { actor?: { id: string; name: string }; approver?: { id: string; name: string } | null }
  return {
    seq: row.seq,
    at: row.at,
    command: row.command,
    staff: data.actor ?? null,
    approver: data.approver ?? null,
    orderIds: parseOrderRefs(row.orders).map((ref) => ref.id),
    words: entryWords(row.command, row.body, row.at),
    hash: row.hash
  }
}
