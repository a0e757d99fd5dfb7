import { existsSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { findCardNumbers } from '../../src/shared/free-text'

/** A Luhn-valid 13-19 digit run found where none may be, shown masked (first six, last four). */
export interface CardFinding {
  where: string
  masked: string
}

/**
 * Product codes hold digits by nature (an EAN passes Luhn one time in ten) and are exempt from
 * the free-text guard (see tests/unit/free-text-coverage.test.ts): the columns holding one.
 */
const CODE_COLUMNS = new Set([
  'variants.sku',
  'variants.barcode',
  'variants.barcode_key',
  'order_lines.sku',
  // Hashes, digests and a key: random hex or base64, nothing anyone typed.
  'journal.prev_hash',
  'journal.hash',
  'journal.orders',
  'sales_chain.prev_hash',
  'sales_chain.hash',
  'journal_key.public_key'
])

function mask(digits: string): string {
  return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`
}

/** A product code inside JSON (a sync payload, a print job): its value is left out of the scan. */
const JSON_CODE = /"(?:sku|barcode)"\s*:\s*"(?:[^"\\]|\\.)*"/g

/** A number in JSON (a time in epoch milliseconds is 13 digits): never text anyone typed. */
const JSON_NUMBER = /("\s*:\s*)-?\d+(?=\s*[,}\]])/g

/** Card numbers in a piece of text; in JSON, in every string but the product codes. */
export function scanText(where: string, text: string): CardFinding[] {
  if (text.length < 13) return []
  return findCardNumbers(text.replace(JSON_CODE, '""').replace(JSON_NUMBER, '$10')).map((digits) => ({ where, masked: mask(digits) }))
}

/**
 * Every text value of every table of a SQLite file (the sync outbox, print jobs and search
 * indexes included), read through its own read-only connection.
 */
export function scanDatabaseFile(path: string): CardFinding[] {
  if (!existsSync(path)) return []
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  try {
    const tables = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]
    const findings: CardFinding[] = []
    for (const table of tables) {
      const quoted = `"${table.replaceAll('"', '""')}"`
      let statement: BetterSqlite3.Statement
      try {
        statement = sqlite.prepare(`SELECT * FROM ${quoted}`)
      } catch {
        continue // an FTS table of a module this build lacks: its shadow tables are still read
      }
      const columns = statement.columns().map((column) => column.name)
      for (const row of statement.raw().iterate() as Iterable<unknown[]>) {
        row.forEach((value, index) => {
          const column = `${table}.${columns[index]}`
          if (CODE_COLUMNS.has(column)) return
          if (typeof value === 'string') findings.push(...scanText(column, value))
        })
      }
    }
    return findings
  } finally {
    sqlite.close()
  }
}

export function describeFindings(findings: readonly CardFinding[]): string {
  return findings.map((finding) => `${finding.where}: ${finding.masked}`).join('\n')
}
