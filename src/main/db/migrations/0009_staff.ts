import type { Migration } from '../migration'

/**
 * Staff accounts, roles and who approved what.
 *
 * Every till, new or upgraded, gets the owner account 'owner' without a PIN: the id its history
 * already carries in every actor_id, so past orders keep a name. Until someone has a PIN the till
 * acts as that owner, as before. A PIN is stored only as scrypt(pin, salt) with a salt per person;
 * the lockout counters live beside it so a restart does not reset them. Staff are never deleted.
 * The built-in roles' rows exist for their names and references; what they may do is in code
 * (src/main/staff/roles.ts), so a permission added later reaches the owner without a migration.
 * The approver columns are null unless a manager approved that one command for a cashier.
 */
export const m0009Staff: Migration = {
  id: 9,
  name: 'staff',
  statements: [
    `CREATE TABLE roles (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 40),
      built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
      permissions TEXT NOT NULL CHECK (json_valid(permissions) AND json_type(permissions) = 'array'),
      discount_limit_bp INTEGER NOT NULL CHECK (discount_limit_bp BETWEEN 0 AND 10000),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `INSERT INTO roles (id, name, built_in, permissions, discount_limit_bp, created_at, updated_at) VALUES
      ('owner', 'Owner', 1, '[]', 10000, 0, 0),
      ('manager', 'Manager', 1, '[]', 10000, 0, 0),
      ('cashier', 'Cashier', 1, '[]', 1000, 0, 0)`,
    `CREATE TABLE staff (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
      role_id TEXT NOT NULL REFERENCES roles (id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      pin_hash BLOB CHECK (pin_hash IS NULL OR length(pin_hash) = 32),
      pin_salt BLOB CHECK ((pin_salt IS NULL) = (pin_hash IS NULL)),
      failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
      lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
      locked_until INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX staff_role ON staff (role_id)`,
    `INSERT INTO staff (id, name, role_id, created_at, updated_at) VALUES ('owner', 'Owner', 'owner', 0, 0)`,
    `ALTER TABLE orders ADD COLUMN approver_id TEXT`,
    `CREATE INDEX orders_created_by ON orders (created_by, created_at)`,
    `ALTER TABLE payments ADD COLUMN approver_id TEXT`,
    `ALTER TABLE order_returns ADD COLUMN approver_id TEXT`,
    `ALTER TABLE order_events ADD COLUMN approver_id TEXT`,
    `ALTER TABLE order_events ADD COLUMN approver_name TEXT`,
    `ALTER TABLE stock_movements ADD COLUMN approver_id TEXT`,
    `ALTER TABLE products ADD COLUMN updated_by TEXT NOT NULL DEFAULT 'owner'`,
    `ALTER TABLE products ADD COLUMN approver_id TEXT`
  ]
}
