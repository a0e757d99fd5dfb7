import type { Migration } from '../migration'

/**
 * How far the till's journal has reached the sync receiver, and what the receiver's own check of
 * the chain last said. The journal is its own outbox (append-only, numbered without gaps), so only
 * the cursor is kept here.
 */
export const m0024JournalSync: Migration = {
  id: 24,
  name: 'journal_sync',
  statements: [
    `CREATE TABLE journal_sync (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      held_through INTEGER NOT NULL DEFAULT 0 CHECK (held_through >= 0),
      receiver_state TEXT CHECK (receiver_state IN ('empty', 'intact', 'broken')),
      receiver_break_seq INTEGER,
      receiver_break_reason TEXT,
      checked_at INTEGER
    ) STRICT`,
    `INSERT INTO journal_sync (id) VALUES (1)`
  ]
}
