import type { Migration } from '../migration'

/**
 * The sync outbox: every committed change appends its events here in the change's own transaction,
 * so nothing can be committed without its event nor sent without being committed. Rows stay after
 * they are sent (state 'sent') so the Orders screen can tell which orders reached head office.
 */
export const m0004Sync: Migration = {
  id: 4,
  name: 'sync',
  statements: [
    `CREATE TABLE outbox (
      id INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL UNIQUE,
      till_id TEXT NOT NULL,
      seq INTEGER NOT NULL CHECK (seq > 0),
      type TEXT NOT NULL,
      payload TEXT NOT NULL CHECK (json_valid(payload)),
      order_id INTEGER,
      created_at INTEGER NOT NULL,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      sent_at INTEGER,
      dismissed_at INTEGER,
      UNIQUE (till_id, seq)
    ) STRICT`,
    `CREATE INDEX outbox_state_seq ON outbox (state, seq)`,
    `CREATE INDEX outbox_order ON outbox (order_id, state) WHERE order_id IS NOT NULL`,
    // One row. The till id is drawn once, here, as a random UUID (version 4), and never changes.
    `CREATE TABLE sync_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      till_id TEXT NOT NULL,
      enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
      endpoint TEXT NOT NULL DEFAULT '',
      token BLOB,
      token_encrypted INTEGER NOT NULL DEFAULT 0 CHECK (token_encrypted IN (0, 1)),
      failures INTEGER NOT NULL DEFAULT 0,
      last_success_at INTEGER,
      last_error TEXT,
      last_error_kind TEXT,
      last_error_at INTEGER,
      next_attempt_at INTEGER,
      history_queued_at INTEGER,
      updated_at INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    `INSERT INTO sync_state (id, till_id) VALUES (1,
      lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
      substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))`
  ]
}
