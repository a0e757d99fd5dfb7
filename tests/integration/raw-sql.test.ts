import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'

/**
 * Raw SQL escapes the compiler: a renamed column in a statement written as text would fail a
 * sale, not `tsc`. So every SQL text in src/main (migrations aside) is prepared here against a
 * freshly migrated schema, and SQLite refuses any table or column that does not exist.
 */
const root = join(__dirname, '../..')
const mainDir = join(root, 'src/main')
const SQL_START = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE|VACUUM)\b/

/**
 * SQL text built at run time, which cannot be prepared as written: each is exercised by the tests
 * of the code that builds it. A new one fails this test until it is listed here with that reason.
 */
const BUILT_AT_RUN_TIME: Record<string, string> = {
  'backups/content-digest.ts': 'every row of every table in key order, for the digest: content-digest.property.test.ts, backups-restore.test.ts',
  'backups/copy-check.ts': 'counts the rows of each table a backup copy holds: backups.test.ts',
  'catalog/name-indexes.ts':
    "an import's new names indexed at its end, the insert triggers dropped and made again from their own text: catalog-unicode-names.property.test.ts",
  'db/insert-rows.ts': "one INSERT per table's columns: every command test writes through it",
  'journal/journal-hook.ts': 'stock of the variants a command changed, by a list of ids: journal.test.ts',
  'journal/stored-orders.ts': 'orders read by a list of ids for the journal verifier: journal.test.ts',
  'journal/verify-sales-chain.ts': 'Z reports read by a list of numbers: journal.test.ts',
  'orders/order-list.ts': 'list pages by filter and keyset: query-plans.test.ts, order-queries.test.ts',
  'shifts/shift-fold.ts': "a shift's order totals by id: shifts.property.test.ts",
  'stats/rebuild-stats.ts': "rollups rebuilt across the zone's offsets: stats-rollup.property.test.ts",
  'stats/rollup-delta.ts': 'rollup upserts sized to the batch: stats-rollup.property.test.ts',
  'stats/stats-fold.ts': "cancelled orders' sales by id: stats-rollup.property.test.ts",
  'stock/move-stock.ts': 'guarded stock update sized to the moves: move-stock-many.test.ts',
  'sync/catalog-payloads.ts': 'variant reads in chunks of ids: sync-outbox.test.ts'
}

interface SqlText {
  file: string
  line: number
  text: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path.endsWith(join('db', 'migrations')) ? [] : sourceFiles(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

function sqlTexts(): { fixed: SqlText[]; built: SqlText[] } {
  const fixed: SqlText[] = []
  const built: SqlText[] = []
  for (const path of sourceFiles(mainDir)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const file = relative(mainDir, path).replaceAll('\\', '/')
    const visit = (node: ts.Node): void => {
      const at = () => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && SQL_START.test(node.text)) {
        fixed.push({ file, line: at(), text: node.text })
      } else if (ts.isTemplateExpression(node) && SQL_START.test(node.head.text)) {
        // Built from parts, plain or through Kysely's sql`...${fragment}`: cannot be prepared as written.
        built.push({ file, line: at(), text: node.getText() })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { fixed, built }
}

const database = openDatabase({ path: ':memory:' })
afterAll(() => database.close())
const { fixed, built } = sqlTexts()

describe('raw SQL in src/main', () => {
  it('is found where the hot paths keep it', () => {
    const files = new Set(fixed.map((text) => text.file))
    for (const file of ['orders/checkout.ts', 'stats/stats-fold.ts', 'cart/cart-snapshot.ts', 'sync/outbox.ts']) expect(files.has(file), file).toBe(true)
  })

  it('prepares, every fixed statement, against a freshly migrated schema', () => {
    const refused = fixed.flatMap(({ file, line, text }) => {
      try {
        database.sqlite.prepare(text)
        return []
      } catch (error) {
        return [`${file}:${line}: ${(error as Error).message}\n  ${text.trim().slice(0, 160)}`]
      }
    })
    expect(refused).toEqual([])
  })

  it('builds SQL at run time only where listed, each with the test that runs it', () => {
    expect([...new Set(built.map((text) => text.file))].sort()).toEqual(Object.keys(BUILT_AT_RUN_TIME).sort())
  })
})
