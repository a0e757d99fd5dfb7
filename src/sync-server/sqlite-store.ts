import BetterSqlite3 from 'better-sqlite3'
import type { SyncProtocolVersion, WireEvent } from '../shared/sync-protocol'
import type { JournalWireEntry } from '../shared/journal-sync'
import { chainStatus, EMPTY_HEAD, receiveEntries, type ChainHead } from './journal-chain'
import type { InsertOutcome, ReceiverStore, StoredEvent, TillSummary } from './store'

interface EventRow {
  id: number
  event_id: string
  seq: number
  type: string
  occurred_at: string
  received_at: string
  protocol: SyncProtocolVersion
  payload: string
}

/** The receiver on one SQLite file: enough for a shop or a few, with nothing to install. */
export function openSqliteStore(path: string): ReceiverStore {
  const db = new BetterSqlite3(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.exec(`CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    till_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (till_id, seq)
  ) STRICT`)
  db.exec(`CREATE TABLE IF NOT EXISTS till_credentials (
    till_id TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL
  ) STRICT`)
  db.exec(`CREATE TABLE IF NOT EXISTS journal_entries (
    till_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    formula INTEGER NOT NULL,
    at INTEGER NOT NULL,
    command TEXT NOT NULL,
    staff_id TEXT,
    approver_id TEXT,
    orders TEXT NOT NULL,
    body TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (till_id, seq)
  ) STRICT`)
  db.exec(`CREATE TABLE IF NOT EXISTS journal_heads (
    till_id TEXT PRIMARY KEY,
    entries INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    last_hash TEXT,
    last_at INTEGER,
    first_break TEXT
  ) STRICT`)
  const readHead = db.prepare('SELECT entries, last_seq, last_hash, last_at, first_break FROM journal_heads WHERE till_id = ?')
  const headOf = (tillId: string): ChainHead => {
    const row = readHead.get(tillId) as
      { entries: number; last_seq: number; last_hash: string | null; last_at: number | null; first_break: string | null } | undefined
    if (!row) return EMPTY_HEAD
    return {
      entries: row.entries,
      lastSeq: row.last_seq,
      lastHash: row.last_hash,
      lastAt: row.last_at,
      firstBreak: row.first_break === null ? null : (JSON.parse(row.first_break) as ChainHead['firstBreak'])
    }
  }
  const heldHash = db.prepare('SELECT hash FROM journal_entries WHERE till_id = ? AND seq = ?').pluck()
  const insertEntry = db.prepare(
    `INSERT INTO journal_entries (till_id, seq, formula, at, command, staff_id, approver_id, orders, body, prev_hash, hash, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const writeHead = db.prepare(
    `INSERT INTO journal_heads (till_id, entries, last_seq, last_hash, last_at, first_break) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (till_id) DO UPDATE SET entries = excluded.entries, last_seq = excluded.last_seq, last_hash = excluded.last_hash,
       last_at = excluded.last_at, first_break = excluded.first_break`
  )
  const receiveJournal = db.transaction((tillId: string, entries: readonly JournalWireEntry[], receivedAt: Date) => {
    const head = headOf(tillId)
    const held = new Map<number, string>()
    for (const entry of entries) if (entry.seq <= head.lastSeq) held.set(entry.seq, heldHash.get(tillId, entry.seq) as string)
    const arrival = receiveEntries(tillId, head, entries, held, receivedAt)
    for (const e of arrival.store) {
      insertEntry.run(tillId, e.seq, e.formula, e.at, e.command, e.staffId, e.approverId, e.orders, e.body, e.prevHash, e.hash, receivedAt.toISOString())
    }
    const next = arrival.head
    writeHead.run(tillId, next.entries, next.lastSeq, next.lastHash, next.lastAt, next.firstBreak === null ? null : JSON.stringify(next.firstBreak))
    return { heldThrough: next.lastSeq, status: chainStatus(tillId, next) }
  })
  const enrolTill = db.transaction((tillId: string, secretHash: string, at: string): 'enrolled' | 'rotated' => {
    const had = db.prepare('DELETE FROM till_credentials WHERE till_id = ?').run(tillId).changes > 0
    db.prepare('INSERT INTO till_credentials (till_id, secret_hash, enrolled_at) VALUES (?, ?, ?)').run(tillId, secretHash, at)
    return had ? 'rotated' : 'enrolled'
  })
  const revoke = db.prepare('DELETE FROM till_credentials WHERE till_id = ?')
  const bySecret = db.prepare('SELECT till_id FROM till_credentials WHERE secret_hash = ?').pluck()
  const enrolled = db.prepare('SELECT 1 FROM till_credentials WHERE till_id = ?').pluck()
  // A receiver file from before protocol v2 holds v1 events only: the column arrives with that default.
  const columns = db.prepare(`SELECT name FROM pragma_table_info('events')`).pluck().all() as string[]
  if (!columns.includes('protocol')) db.exec(`ALTER TABLE events ADD COLUMN protocol INTEGER NOT NULL DEFAULT 1 CHECK (protocol IN (1, 2))`)
  const insert = db.prepare(
    `INSERT INTO events (event_id, till_id, seq, type, occurred_at, payload, received_at, protocol)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`
  )
  const held = db.prepare('SELECT 1 FROM events WHERE event_id = ?')
  const insertBatch = db.transaction((tillId: string, events: readonly WireEvent[], receivedAt: string, protocol: SyncProtocolVersion): InsertOutcome[] =>
    events.map((event) => {
      const result = insert.run(event.eventId, tillId, event.seq, event.type, event.occurredAt, JSON.stringify(event.payload), receivedAt, protocol)
      if (result.changes === 1) return 'accepted'
      return held.get(event.eventId) ? 'duplicate' : 'seq-taken'
    })
  )
  const tills = db.prepare(
    `SELECT till_id, count(*) AS events, max(seq) AS last_seq, max(received_at) AS last_received_at FROM events GROUP BY till_id ORDER BY till_id`
  )
  const page = db.prepare(
    `SELECT id, event_id, seq, type, occurred_at, received_at, protocol, payload FROM events WHERE till_id = ? AND seq > ? ORDER BY seq LIMIT ?`
  )
  return {
    kind: 'sqlite',
    insert: async (tillId, events, receivedAt, protocol) => insertBatch(tillId, events, receivedAt.toISOString(), protocol),
    listTills: async () =>
      (tills.all() as Array<{ till_id: string; events: number; last_seq: number; last_received_at: string }>).map((row): TillSummary => ({
        tillId: row.till_id,
        events: row.events,
        lastSeq: row.last_seq,
        lastReceivedAt: row.last_received_at
      })),
    listEvents: async (tillId, afterSeq, limit) =>
      (page.all(tillId, afterSeq, limit) as EventRow[]).map((row): StoredEvent => ({
        arrival: row.id,
        eventId: row.event_id,
        seq: row.seq,
        type: row.type,
        occurredAt: row.occurred_at,
        receivedAt: row.received_at,
        protocol: row.protocol,
        payload: JSON.parse(row.payload) as unknown
      })),
    enrol: async (tillId, secretHash, at) => enrolTill(tillId, secretHash, at.toISOString()),
    revoke: async (tillId) => revoke.run(tillId).changes > 0,
    tillOfSecret: async (secretHash) => (bySecret.get(secretHash) as string | undefined) ?? null,
    isEnrolled: async (tillId) => enrolled.get(tillId) !== undefined,
    receiveJournal: async (tillId, entries, receivedAt) => receiveJournal(tillId, entries, receivedAt),
    journalStatus: async (tillId) => chainStatus(tillId, headOf(tillId)),
    close: async () => {
      db.close()
    }
  }
}
