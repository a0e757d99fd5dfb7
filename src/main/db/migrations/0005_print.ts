import type { Migration } from '../migration'

/**
 * Print settings (one row) and the print queue. A job is written in its own command after the
 * order is committed, so a printer that is off never stops a sale; a failed job stays visible
 * until it is retried or cancelled. order_id has no foreign key: a test page has no order, and
 * printing must not be able to block or cascade into the orders tables.
 */
export const m0005Print: Migration = {
  id: 5,
  name: 'print',
  statements: [
    `CREATE TABLE print_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      printer_kind TEXT NOT NULL DEFAULT 'none' CHECK (printer_kind IN ('none', 'system', 'network')),
      system_printer_name TEXT NOT NULL DEFAULT '',
      network_host TEXT NOT NULL DEFAULT '',
      network_port INTEGER NOT NULL DEFAULT 9100 CHECK (network_port BETWEEN 1 AND 65535),
      paper TEXT NOT NULL DEFAULT '80mm' CHECK (paper IN ('58mm', '80mm', 'A4')),
      silent INTEGER NOT NULL DEFAULT 1 CHECK (silent IN (0, 1)),
      auto_print TEXT NOT NULL DEFAULT 'none' CHECK (auto_print IN ('none', 'receipt', 'slip', 'both')),
      code_page TEXT NOT NULL DEFAULT 'cp858',
      open_drawer_on_cash INTEGER NOT NULL DEFAULT 1 CHECK (open_drawer_on_cash IN (0, 1)),
      updated_at INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    `INSERT INTO print_settings (id) VALUES (1)`,
    `CREATE TABLE print_jobs (
      id INTEGER PRIMARY KEY,
      order_id INTEGER,
      order_number TEXT,
      document TEXT NOT NULL CHECK (document IN ('receipt', 'slip', 'test', 'drawer')),
      printer_kind TEXT NOT NULL CHECK (printer_kind IN ('system', 'network')),
      target TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'failed', 'cancelled')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      last_error TEXT,
      reprint INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1)),
      open_drawer INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
      requested_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      printed_at INTEGER,
      CHECK ((document IN ('test')) = (order_id IS NULL))
    ) STRICT`,
    `CREATE INDEX print_jobs_state ON print_jobs (state, id)`,
    `CREATE INDEX print_jobs_order ON print_jobs (order_id, id) WHERE order_id IS NOT NULL`
  ]
}
