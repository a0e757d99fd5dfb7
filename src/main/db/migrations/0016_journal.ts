import type { Migration } from '../migration'

/**
 * The tamper-evident journal: one append-only row per command that changed anything, each hashed
 * over the previous row's hash, its own columns and its canonical data (src/main/journal). The
 * triggers refuse UPDATE and DELETE, so an edit needs the triggers dropped first, and verify then
 * finds it. journal_orders only indexes entries by order for the Journal screen; verify never
 * trusts it. An upgraded till's chain starts with a genesis entry written at the next start.
 * sales_chain links each final sale and each Z report on their own, for a tax inspector.
 */
export const m0016Journal: Migration = {
  id: 16,
  name: 'journal',
  statements: [
    `CREATE TABLE journal (
      seq INTEGER PRIMARY KEY CHECK (seq > 0),
      formula INTEGER NOT NULL CHECK (formula > 0),
      at INTEGER NOT NULL,
      till_id TEXT NOT NULL,
      command TEXT NOT NULL,
      staff_id TEXT,
      approver_id TEXT,
      orders TEXT NOT NULL,
      body TEXT NOT NULL,
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT`,
    `CREATE INDEX journal_at ON journal (at)`,
    `CREATE INDEX journal_command ON journal (command, seq)`,
    `CREATE INDEX journal_staff ON journal (staff_id, seq)`,
    `CREATE TABLE journal_orders (
      order_id INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (order_id, seq)
    ) STRICT, WITHOUT ROWID`,
    // The till's own Ed25519 key for signing journal archives, made once; the private half is kept
    // encrypted by the OS keychain where one exists (encrypted = 1).
    `CREATE TABLE journal_key (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      public_key TEXT NOT NULL,
      private_key BLOB NOT NULL,
      encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
      created_at INTEGER NOT NULL
    ) STRICT`,
    // The sales chain a tax inspector reads: each sale once it is final (paid in full), and each Z
    // report, hashed over its own fields and the previous link's hash.
    `CREATE TABLE sales_chain (
      seq INTEGER PRIMARY KEY CHECK (seq > 0),
      kind TEXT NOT NULL CHECK (kind IN ('order', 'z')),
      ref_id INTEGER NOT NULL,
      at INTEGER NOT NULL,
      body TEXT NOT NULL,
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64),
      UNIQUE (kind, ref_id)
    ) STRICT`,
    `CREATE TRIGGER sales_chain_no_update BEFORE UPDATE ON sales_chain BEGIN SELECT RAISE(ABORT, 'The sales chain is append-only'); END`,
    `CREATE TRIGGER sales_chain_no_delete BEFORE DELETE ON sales_chain BEGIN SELECT RAISE(ABORT, 'The sales chain is append-only'); END`,
    `CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'The journal is append-only'); END`,
    `CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'The journal is append-only'); END`,
    `CREATE TRIGGER journal_orders_no_update BEFORE UPDATE ON journal_orders BEGIN SELECT RAISE(ABORT, 'The journal is append-only'); END`,
    `CREATE TRIGGER journal_orders_no_delete BEFORE DELETE ON journal_orders BEGIN SELECT RAISE(ABORT, 'The journal is append-only'); END`
  ]
}
