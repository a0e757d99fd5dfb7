import type { Migration } from '../migration'

export const m0001Settings: Migration = {
  id: 1,
  name: 'settings',
  statements: [
    `CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`
  ]
}
