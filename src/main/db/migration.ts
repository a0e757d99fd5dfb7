import { createHash } from 'node:crypto'

/** A numbered schema change: plain SQL, so its checksum is the same in every build of the app. */
export interface Migration {
  id: number
  name: string
  statements: readonly string[]
}

export function migrationChecksum(migration: Migration): string {
  const hash = createHash('sha256')
  hash.update(`${migration.id}:${migration.name}\n`)
  for (const statement of migration.statements) hash.update(`${statement.trim()}\n;\n`)
  return hash.digest('hex')
}
