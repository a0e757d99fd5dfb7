import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { startOfBusinessDay } from '../src/shared/business-day'
import { DEFAULT_SETTINGS } from '../src/shared/settings'
import { openDatabase } from '../src/main/db/open'
import type { DB } from '../src/main/db/schema'
import { rebuildStats } from '../src/main/stats/rebuild-stats'
import { barcode, CATEGORIES, customerName, pick, productName, seededRandom, sku, type Random } from './data-shape'
import { writeOrders, type Customer, type Variant } from './write-orders'

export const BENCH_TIME_ZONE = 'Europe/London'
const DAY_MS = 86_400_000

export interface BuildOptions {
  path: string
  orders: number
  products: number
  /** The last business day of the history; orders span the two years before it. */
  lastDay: string
}

export interface BuiltShop {
  /** Variants with stock to spare, for the checkout runs. */
  sellable: number[]
  /** When the last order was placed: the bench clock starts after it. */
  lastOrderAt: number
  lines: number
  timings: Record<string, number>
}

/**
 * Writes the benchmark shop with raw prepared statements in large transactions (journal and fsync
 * off while building; the app's own settings come back when it is opened), then builds the
 * rollups in one aggregate pass with the app's own rebuild.
 */
export async function buildDatabase(options: BuildOptions): Promise<BuiltShop> {
  const timings: Record<string, number> = {}
  const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now()
    const result = await work()
    timings[name] = Math.round(performance.now() - start)
    return result
  }
  const random = seededRandom(20_260_302)
  const days = 730
  const firstDay = new Date(Date.parse(`${options.lastDay}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10)
  const createdAt = startOfBusinessDay(firstDay, BENCH_TIME_ZONE) - DAY_MS

  await (await timed('migrate', () => openDatabase({ path: options.path, now: () => createdAt }))).close()
  const sqlite = new BetterSqlite3(options.path)
  // Out of WAL first (it stays WAL otherwise), into a journal kept in memory while building.
  sqlite.pragma('journal_mode = DELETE')
  sqlite.pragma('journal_mode = MEMORY')
  sqlite.pragma('synchronous = OFF')
  sqlite.pragma('cache_size = -1000000')
  sqlite.pragma('temp_store = MEMORY')
  sqlite.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
    'shop',
    JSON.stringify({
      ...DEFAULT_SETTINGS,
      shopName: 'Bench Shop',
      currency: 'GBP',
      locale: 'en-GB',
      timeZone: BENCH_TIME_ZONE,
      taxMode: 'inclusive',
      setupComplete: true
    }),
    createdAt
  )

  // A shop that synced from its first day never queues its history: every change went to the outbox as it happened.
  sqlite.prepare('UPDATE sync_state SET history_queued_at = ? WHERE id = 1').run(createdAt)

  const variants = await timed('catalog', () => writeCatalog(sqlite, random, options.products, createdAt))
  const customers = await timed('customers', () => writeCustomers(sqlite, random, 20_000, createdAt))
  const deferred = dropIndexes(sqlite, ['orders', 'order_lines', 'payments', 'order_returns', 'order_events'])
  const written = await timed('orders', () =>
    writeOrders(sqlite, random, { orders: options.orders, firstDay, days, timeZone: BENCH_TIME_ZONE }, variants, customers)
  )
  await timed('indexes', () => deferred.forEach((statement) => sqlite.exec(statement)))
  await timed('rollups', async () => {
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) })
    await db.transaction().execute((trx) => rebuildStats(trx, BENCH_TIME_ZONE))
  })
  sqlite.pragma('journal_mode = WAL')
  sqlite.close()
  const sellable = variants.slice(0, 200).map((variant) => variant.id)
  return { sellable, lastOrderAt: written.lastOrderAt, lines: written.lines, timings }
}

function writeCatalog(sqlite: BetterSqlite3.Database, random: Random, count: number, now: number): Variant[] {
  const product = sqlite.prepare(
    `INSERT INTO products (id, name, category, tax_rate_bp, options, archived, created_at, updated_at) VALUES (?, ?, ?, ?, '[]', 0, ?, ?)`
  )
  const variant = sqlite.prepare(
    `INSERT INTO variants (id, product_id, sku, barcode, attributes, label, price, stock, low_stock_threshold, archived, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, '{}', '', ?, ?, ?, 0, 0, ?, ?)`
  )
  const variants: Variant[] = []
  sqlite.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const name = productName(random)
      const taxRateBp = pick(random, [0, 500, 2000, 2000, 2000])
      const price = 50 + Math.floor(random() * 4_950)
      // The first 200 are the checkout runs' stock; one in five others is watched for low stock.
      const stock = id <= 200 ? 10_000_000 : Math.floor(random() * 200)
      const threshold = id > 200 && random() < 0.2 ? 10 : 0
      product.run(id, name, pick(random, CATEGORIES), taxRateBp, now, now)
      variant.run(id, id, sku(id), barcode(id), price, stock, threshold, now, now)
      variants.push({ id, productId: id, name, sku: sku(id), price, taxRateBp })
    }
  })()
  return variants
}

function writeCustomers(sqlite: BetterSqlite3.Database, random: Random, count: number, now: number): Customer[] {
  const insert = sqlite.prepare(`INSERT INTO customers (id, name, phone, phone_digits, email, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  const customers: Customer[] = []
  sqlite.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const name = customerName(random)
      const phone = `07700 ${String(100_000 + id).slice(-6)}`
      insert.run(id, name, phone, phone.replace(/\D/g, ''), `customer${id}@example.com`, `${id} High Street`, now, now)
      customers.push({ id, name, phone })
    }
  })()
  return customers
}

/**
 * Drops the secondary indexes of the big tables and answers the statements that make them again,
 * exactly as the migrations wrote them: one sorted build of each at the end is far quicker than a
 * million scattered inserts, and the schema ends up the same.
 */
function dropIndexes(sqlite: BetterSqlite3.Database, tables: readonly string[]): string[] {
  const indexes = sqlite
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .all(...tables) as Array<{ name: string; sql: string }>
  for (const index of indexes) sqlite.exec(`DROP INDEX ${index.name}`)
  return indexes.map((index) => index.sql)
}
