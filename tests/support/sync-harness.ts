import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppContext } from '../../src/main/core/app-context'
import type { Db } from '../../src/main/db/schema'
import { runCommand, systemCaller } from '../../src/main/core/command'
import { appendOutboxEvents, type NewOutboxEvent } from '../../src/main/sync/outbox'
import type { JournalBatch } from '../../src/shared/journal-sync'
import type { SyncStatus } from '../../src/shared/sync'
import { chainStatus, EMPTY_HEAD, receiveEntries, type ChainHead } from '../../src/sync-server/journal-chain'
import { openPgStore } from '../../src/sync-server/pg-store'
import { createReceiver, type ReceiverOptions } from '../../src/sync-server/server'
import { openSqliteStore } from '../../src/sync-server/sqlite-store'
import type { ReceiverStore, StoredEvent } from '../../src/sync-server/store'
import { sleep, waitUntil } from './wait-until'

/** The shared token of before enrolment: the tills of most sync tests push with it, unenrolled. */
export const RECEIVER_TOKEN = 'test-token-0123456789'
/** Head office's token: reads every till and enrols. */
export const ADMIN_TOKEN = 'head-office-token-0123456789'

export type StoreKind = 'sqlite' | 'postgresql'

/** The PostgreSQL tests run where DATABASE_URL is set; .ci/run always sets it (.ci/postgres.sh). */
export const DATABASE_URL = process.env.DATABASE_URL ?? ''
export const PG_SKIP_REASON = 'DATABASE_URL is not set: start PostgreSQL with `source .ci/postgres.sh` to run the PostgreSQL sync tests'

export interface TestReceiver {
  url: string
  port: number
  store: ReceiverStore
  /** Stops listening (the till sees the server as down); the store stays open. */
  stop(): Promise<void>
  /** Listens again on the same port. */
  restart(): Promise<void>
  /** Every event the receiver holds for a till, by seq, read through its GET endpoint. */
  eventsOf(tillId: string): Promise<StoredEvent[]>
  close(): Promise<void>
}

export async function startTestReceiver(kind: StoreKind = 'sqlite', options: Partial<ReceiverOptions> = {}): Promise<TestReceiver> {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-receiver-'))
  const store = kind === 'postgresql' ? await openPgStore(DATABASE_URL) : openSqliteStore(join(dir, 'receiver.sqlite'))
  let server: Server | null = null
  const listen = async (port: number): Promise<number> => {
    for (let attempt = 0; ; attempt++) {
      const candidate = createReceiver({ store, adminToken: ADMIN_TOKEN, sharedToken: RECEIVER_TOKEN, ...options })
      try {
        await new Promise<void>((resolve, reject) => {
          candidate.once('error', reject)
          candidate.listen(port, '127.0.0.1', () => resolve())
        })
        server = candidate
        return (candidate.address() as AddressInfo).port
      } catch (error) {
        if (attempt >= 50) throw error
        await sleep(100)
      }
    }
  }
  const stop = async () => {
    const running = server
    server = null
    if (!running) return
    running.closeAllConnections()
    await new Promise<void>((resolve) => running.close(() => resolve()))
  }
  const port = await listen(0)
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    port,
    store,
    stop,
    restart: async () => {
      await listen(port)
    },
    async eventsOf(tillId) {
      const all: StoredEvent[] = []
      let after = 0
      for (let page = 0; page < 1000; page++) {
        const response = await fetch(`${url}/v1/tills/${tillId}/events?afterSeq=${after}&limit=5000`, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` }
        })
        const body = (await response.json()) as { events: StoredEvent[]; nextAfterSeq: number | null }
        all.push(...body.events)
        if (body.nextAfterSeq === null) return all
        after = body.nextAfterSeq
      }
      throw new Error('too many pages')
    },
    async close() {
      await stop()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export { sleep, waitUntil }

/** Sync settings that make a test run in seconds: short timeouts and a backoff measured in ms. */
export const FAST_SYNC = {
  requestTimeoutMs: 400,
  backoff: { baseMs: 5, maxMs: 60 },
  nudgeDelayMs: 5,
  pollMs: 200,
  logError: () => undefined
}

/**
 * Appends `count` stock.changed events for one variant straight into the outbox, in transactions
 * of 1000, as a long day of sales would: the sync tests need volume, not 10,000 slow commands.
 */
export async function appendStockEvents(till: { context: AppContext }, variant: { id: number; productId: number; sku: string }, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const events = Array.from({ length: Math.min(1000, count - start) }, (_, index) => ({
      type: 'stock.changed',
      payload: { variants: [{ variantId: variant.id, productId: variant.productId, sku: variant.sku, stock: start + index }] }
    }))
    await appendToOutbox(till, events)
  }
}

/** Events written straight into the outbox in one transaction, as a command's hook would write them. */
export function appendToOutbox(till: { context: AppContext }, events: readonly NewOutboxEvent[]): Promise<void> {
  return runCommand(till.context, systemCaller({ id: 'test', name: 'Test' }, 'test.appendOutbox'), (scope) =>
    Promise.resolve(appendOutboxEvents(scope, events))
  )
}

/** Every outbox row, by seq, with its payload parsed. */
export async function readOutbox(db: Db) {
  const rows = await db.selectFrom('outbox').selectAll().orderBy('seq').execute()
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as unknown }))
}

/** Everything committed has reached the receiver: the events and the journal. */
export function allSent(status: SyncStatus): boolean {
  return status.waiting === 0 && status.journal.waiting === 0
}

/**
 * The receiver's own journal check (journal-chain.ts) held in memory, for tests whose events go to a
 * receiver written as a function: answers a journal POST as the reference receiver would.
 */
export function memoryJournal(tillId = ''): { answer(url: string, body: string): Response | null; head(): ChainHead } {
  let head = EMPTY_HEAD
  const hashes = new Map<number, string>()
  return {
    head: () => head,
    answer(url, body) {
      const match = /\/v1\/tills\/([^/]+)\/journal$/.exec(url)
      if (!match) return null
      const { entries } = JSON.parse(body) as JournalBatch
      const arrival = receiveEntries(tillId || (match[1] as string), head, entries, hashes, new Date(0))
      for (const entry of arrival.store) hashes.set(entry.seq, entry.hash)
      head = arrival.head
      return new Response(JSON.stringify({ heldThrough: head.lastSeq, status: chainStatus(match[1] as string, head) }), { status: 200 })
    }
  }
}
