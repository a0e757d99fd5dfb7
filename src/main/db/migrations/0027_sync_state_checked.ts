import type { Migration } from '../migration'

/**
 * `sync_state.last_error_kind` holds one of the sync failure kinds (`SyncFailureKind`) and now says
 * so with a CHECK. SQLite cannot add a CHECK to a column, so the one-row table is rebuilt the
 * 12-step way (a new table, the row copied, the old one dropped, the new one renamed), columns in
 * their old order. It has no indexes, triggers or foreign keys either way. The list is written out
 * so this migration's checksum never changes: a new kind is a new migration. Every kind a build
 * ever wrote is in it (the kinds only grew), so the copy cannot fail on an old till.
 */
export const m0027SyncStateChecked: Migration = {
  id: 27,
  name: 'sync_state_checked',
  statements: [
    `CREATE TABLE sync_state_checked (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      till_id TEXT NOT NULL,
      enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
      endpoint TEXT NOT NULL DEFAULT '',
      token BLOB,
      token_encrypted INTEGER NOT NULL DEFAULT 0 CHECK (token_encrypted IN (0, 1)),
      failures INTEGER NOT NULL DEFAULT 0,
      last_success_at INTEGER,
      last_error TEXT,
      last_error_kind TEXT CHECK (
        last_error_kind IS NULL OR last_error_kind IN ('offline', 'timeout', 'auth', 'not-found', 'too-large', 'busy', 'server', 'protocol', 'token', 'insecure')
      ),
      last_error_at INTEGER,
      next_attempt_at INTEGER,
      history_queued_at INTEGER,
      updated_at INTEGER NOT NULL DEFAULT 0,
      allow_insecure_http INTEGER NOT NULL DEFAULT 0 CHECK (allow_insecure_http IN (0, 1))
    ) STRICT`,
    `INSERT INTO sync_state_checked SELECT id, till_id, enabled, endpoint, token, token_encrypted, failures, last_success_at, last_error, last_error_kind,
      last_error_at, next_attempt_at, history_queued_at, updated_at, allow_insecure_http FROM sync_state`,
    `DROP TABLE sync_state`,
    `ALTER TABLE sync_state_checked RENAME TO sync_state`
  ]
}
