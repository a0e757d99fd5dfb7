import pg from 'pg'
import { chainStatus, EMPTY_HEAD, receiveEntries, type ChainHead } from './journal-chain'
import type { SyncProtocolVersion } from '../shared/sync-protocol'
import type { InsertOutcome, ReceiverStore, StoredEvent, TillSummary } from './store'

const SCHEMA_LOCK = 7_262_001

/** The receiver on PostgreSQL, for a chain whose head office outgrows one machine. */
export async function openPgStore(connectionString: string): Promise<ReceiverStore> {
  const pool = new pg.Pool({ connectionString, max: 5 })
  // Two receivers starting at once would race on CREATE TABLE IF NOT EXISTS: take turns.
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK])
    await client.query(`CREATE TABLE IF NOT EXISTS events (
      id BIGSERIAL PRIMARY KEY,
      event_id UUID NOT NULL UNIQUE,
      till_id UUID NOT NULL,
      seq BIGINT NOT NULL,
      type TEXT NOT NULL,
      occurred_at TIMESTAMPTZ NOT NULL,
      payload JSONB NOT NULL,
      received_at TIMESTAMPTZ NOT NULL,
      UNIQUE (till_id, seq)
    )`)
    // A receiver database from before protocol v2 holds v1 events only: the column arrives with that default.
    await client.query(`ALTER TABLE events ADD COLUMN IF NOT EXISTS protocol SMALLINT NOT NULL DEFAULT 1 CHECK (protocol IN (1, 2))`)
    await client.query(`CREATE TABLE IF NOT EXISTS till_credentials (
      till_id UUID PRIMARY KEY,
      secret_hash TEXT NOT NULL UNIQUE,
      enrolled_at TIMESTAMPTZ NOT NULL
    )`)
    await client.query(`CREATE TABLE IF NOT EXISTS journal_entries (
      till_id UUID NOT NULL,
      seq BIGINT NOT NULL,
      formula INTEGER NOT NULL,
      at BIGINT NOT NULL,
      command TEXT NOT NULL,
      staff_id TEXT,
      approver_id TEXT,
      orders TEXT NOT NULL,
      body TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL,
      received_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (till_id, seq)
    )`)
    await client.query(`CREATE TABLE IF NOT EXISTS journal_heads (
      till_id UUID PRIMARY KEY,
      entries BIGINT NOT NULL,
      last_seq BIGINT NOT NULL,
      last_hash TEXT,
      last_at BIGINT,
      first_break JSONB
    )`)
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK])
    client.release()
  }
  return {
    kind: 'postgresql',
    async insert(tillId, events, receivedAt, protocol) {
      // One statement for the whole batch: atomic on its own, and a concurrent copy of the same
      // batch waits on the unique index, then finds every row taken.
      const inserted = await pool.query<{ event_id: string }>(
        `INSERT INTO events (event_id, till_id, seq, type, occurred_at, payload, received_at, protocol)
         SELECT e.event_id, $1::uuid, e.seq, e.type, e.occurred_at, e.payload, $2::timestamptz, $8::smallint
         FROM unnest($3::uuid[], $4::bigint[], $5::text[], $6::timestamptz[], $7::jsonb[])
           WITH ORDINALITY AS e (event_id, seq, type, occurred_at, payload, ord)
         ORDER BY e.ord
         ON CONFLICT DO NOTHING
         RETURNING event_id`,
        [
          tillId,
          receivedAt.toISOString(),
          events.map((event) => event.eventId),
          events.map((event) => event.seq),
          events.map((event) => event.type),
          events.map((event) => event.occurredAt),
          events.map((event) => JSON.stringify(event.payload)),
          protocol
        ]
      )
      const accepted = new Set(inserted.rows.map((row) => row.event_id))
      const rest = events.filter((event) => !accepted.has(event.eventId)).map((event) => event.eventId)
      const held =
        rest.length === 0
          ? new Set<string>()
          : new Set(
              (await pool.query<{ event_id: string }>('SELECT event_id FROM events WHERE event_id = ANY($1::uuid[])', [rest])).rows.map((row) => row.event_id)
            )
      const answered = new Set<string>()
      return events.map((event): InsertOutcome => {
        const first = !answered.has(event.eventId)
        answered.add(event.eventId)
        if (accepted.has(event.eventId) && first) return 'accepted'
        return accepted.has(event.eventId) || held.has(event.eventId) ? 'duplicate' : 'seq-taken'
      })
    },
    async listTills() {
      const result = await pool.query<{ till_id: string; events: string; last_seq: string; last_received_at: Date }>(
        `SELECT till_id, count(*) AS events, max(seq) AS last_seq, max(received_at) AS last_received_at FROM events GROUP BY till_id ORDER BY till_id`
      )
      return result.rows.map((row): TillSummary => ({
        tillId: row.till_id,
        events: Number(row.events),
        lastSeq: Number(row.last_seq),
        lastReceivedAt: row.last_received_at.toISOString()
      }))
    },
    async listEvents(tillId, afterSeq, limit) {
      const result = await pool.query<{
        id: string
        event_id: string
        seq: string
        type: string
        occurred_at: Date
        received_at: Date
        protocol: SyncProtocolVersion
        payload: unknown
      }>(
        `SELECT id, event_id, seq, type, occurred_at, received_at, protocol, payload FROM events WHERE till_id = $1::uuid AND seq > $2 ORDER BY seq LIMIT $3`,
        [tillId, afterSeq, limit]
      )
      return result.rows.map((row): StoredEvent => ({
        arrival: Number(row.id),
        eventId: row.event_id,
        seq: Number(row.seq),
        type: row.type,
        occurredAt: row.occurred_at.toISOString(),
        receivedAt: row.received_at.toISOString(),
        protocol: row.protocol,
        payload: row.payload
      }))
    },
    async enrol(tillId, secretHash, at) {
      // xmax = 0 only on a fresh insert: an update of the row means the till had a secret before.
      const result = await pool.query<{ inserted: boolean }>(
        `INSERT INTO till_credentials (till_id, secret_hash, enrolled_at) VALUES ($1::uuid, $2, $3)
         ON CONFLICT (till_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, enrolled_at = EXCLUDED.enrolled_at
         RETURNING (xmax = 0) AS inserted`,
        [tillId, secretHash, at.toISOString()]
      )
      return result.rows[0]?.inserted ? 'enrolled' : 'rotated'
    },
    async revoke(tillId) {
      return ((await pool.query('DELETE FROM till_credentials WHERE till_id = $1::uuid', [tillId])).rowCount ?? 0) > 0
    },
    async tillOfSecret(secretHash) {
      const result = await pool.query<{ till_id: string }>('SELECT till_id FROM till_credentials WHERE secret_hash = $1', [secretHash])
      return result.rows[0]?.till_id ?? null
    },
    async isEnrolled(tillId) {
      return ((await pool.query('SELECT 1 FROM till_credentials WHERE till_id = $1::uuid', [tillId])).rowCount ?? 0) > 0
    },
    async receiveJournal(tillId, entries, receivedAt) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        // The head row is locked for the batch: two copies of a batch arriving at once take turns.
        await client.query('INSERT INTO journal_heads (till_id, entries, last_seq) VALUES ($1::uuid, 0, 0) ON CONFLICT DO NOTHING', [tillId])
        const head = headOf((await client.query<HeadRow>('SELECT * FROM journal_heads WHERE till_id = $1::uuid FOR UPDATE', [tillId])).rows[0])
        const below = entries.filter((entry) => entry.seq <= head.lastSeq).map((entry) => entry.seq)
        const held = new Map<number, string>()
        if (below.length > 0) {
          const rows = await client.query<{ seq: string; hash: string }>(
            'SELECT seq, hash FROM journal_entries WHERE till_id = $1::uuid AND seq = ANY($2::bigint[])',
            [tillId, below]
          )
          for (const row of rows.rows) held.set(Number(row.seq), row.hash)
        }
        const arrival = receiveEntries(tillId, head, entries, held, receivedAt)
        const stored = arrival.store
        if (stored.length > 0) {
          await client.query(
            `INSERT INTO journal_entries (till_id, seq, formula, at, command, staff_id, approver_id, orders, body, prev_hash, hash, received_at)
             SELECT $1::uuid, e.seq, e.formula, e.at, e.command, e.staff_id, e.approver_id, e.orders, e.body, e.prev_hash, e.hash, $2::timestamptz
             FROM unnest($3::bigint[], $4::int[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
               AS e (seq, formula, at, command, staff_id, approver_id, orders, body, prev_hash, hash)`,
            [
              tillId,
              receivedAt.toISOString(),
              stored.map((e) => e.seq),
              stored.map((e) => e.formula),
              stored.map((e) => e.at),
              stored.map((e) => e.command),
              stored.map((e) => e.staffId),
              stored.map((e) => e.approverId),
              stored.map((e) => e.orders),
              stored.map((e) => e.body),
              stored.map((e) => e.prevHash),
              stored.map((e) => e.hash)
            ]
          )
        }
        const next = arrival.head
        await client.query(
          'UPDATE journal_heads SET entries = $2, last_seq = $3, last_hash = $4, last_at = $5, first_break = $6::jsonb WHERE till_id = $1::uuid',
          [tillId, next.entries, next.lastSeq, next.lastHash, next.lastAt, next.firstBreak === null ? null : JSON.stringify(next.firstBreak)]
        )
        await client.query('COMMIT')
        return { heldThrough: next.lastSeq, status: chainStatus(tillId, next) }
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      } finally {
        client.release()
      }
    },
    async journalStatus(tillId) {
      const row = (await pool.query<HeadRow>('SELECT * FROM journal_heads WHERE till_id = $1::uuid', [tillId])).rows[0]
      return chainStatus(tillId, headOf(row))
    },
    close: () => pool.end()
  }
}

interface HeadRow {
  entries: string
  last_seq: string
  last_hash: string | null
  last_at: string | null
  first_break: ChainHead['firstBreak']
}

function headOf(row: HeadRow | undefined): ChainHead {
  if (!row) return EMPTY_HEAD
  return {
    entries: Number(row.entries),
    lastSeq: Number(row.last_seq),
    lastHash: row.last_hash,
    lastAt: row.last_at === null ? null : Number(row.last_at),
    firstBreak: row.first_break
  }
}
