import BetterSqlite3 from 'better-sqlite3'
import { CompiledQuery, Kysely, SqliteDialect } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, InputOf } from '../../src/shared/contract'
import type { DB, Db } from '../../src/main/db/schema'
import { openTestTill, type TestTill } from '../support/test-till'
import { simpleProduct, teaBarcode, teeShirt } from '../support/catalog-fixtures'
import { sellAtCounter, takePickup } from '../support/sales'

/** Tables that grow with the years: a query may never read them whole. */
const BIG_TABLES = /^SCAN (orders|order_lines|products|variants)\b/
const DAY = 86_400_000

interface Captured {
  sql: string
  parameters: readonly unknown[]
}

/**
 * Every query the real channels run, captured through Kysely's log on the till's own database:
 * the SQL under test is what the domain code builds, never a copy.
 */
function captureQueries(till: TestTill) {
  const sqlite = new BetterSqlite3(till.dbPath)
  const captured: Captured[] = []
  const logging: Db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters })
    }
  })
  const original = till.context.db
  till.context.db = logging
  return {
    async run<C extends Channel>(channel: C, input: InputOf<C>): Promise<Captured[]> {
      captured.length = 0
      await till.ok(channel, ...([input] as never))
      return captured.filter((query) => /^\s*(with|select)\b/i.test(query.sql))
    },
    plan: async (query: Captured) =>
      (await original.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]))).rows.map(
        (row) => row.detail
      ),
    async restore() {
      till.context.db = original
      await logging.destroy()
    }
  }
}

/**
 * A full read of a big table is refused. Walking an index in the page's own order is how a keyset
 * page is read (it stops after one page), so that is allowed for a query with ORDER BY and LIMIT
 * and no sort of its own; so is a walk of the partial low-stock index, which holds only low variants,
 * and of the partial index of the products sold by weight (a shop has few).
 */
function problems(query: Captured, plan: string[], isList: boolean): string[] {
  const orderedPage = /\border by\b/i.test(query.sql) && /\blimit\b/i.test(query.sql) && !plan.some((line) => line.includes('TEMP B-TREE'))
  // The low-stock product list starts from the low variants (that partial index) and sorts those few.
  const lowStockLed = plan.some((line) => line.includes('USING INDEX variants_low_stock'))
  return plan.filter((line) => {
    if (isList && !lowStockLed && line.includes('USE TEMP B-TREE FOR ORDER BY')) return true
    if (!BIG_TABLES.test(line)) return false
    if (line.includes('USING INDEX variants_low_stock') || /USING (COVERING )?INDEX products_weighed\b/.test(line)) return false
    return !(orderedPage && /USING (COVERING )?INDEX /.test(line))
  })
}

describe('query plans on a seeded till', () => {
  let till: TestTill
  let cursor: { createdAt: number; id: number }
  let customerId: number
  let capture: ReturnType<typeof captureQueries>

  beforeAll(async () => {
    till = openTestTill()
    const products = []
    for (let i = 0; i < 12; i++) {
      products.push(
        await till.ok(
          'catalog.createProduct',
          simpleProduct(`Tea ${i}`, { sku: `TEA-${i}`, barcode: teaBarcode(i), stock: 500, lowStockThreshold: i % 3 === 0 ? 600 : 0 })
        )
      )
    }
    await till.ok('catalog.createProduct', teeShirt())
    const customer = await till.ok('customers.create', {
      name: 'Ada Lovelace',
      phone: '+44 20 7946 0000',
      email: 'ada@example.com',
      address: '1 Analytical St'
    })
    customerId = customer.id
    const orders = []
    for (let i = 0; i < 40; i++) {
      till.clock.advance(DAY / 3)
      const lines = [{ variantId: products[i % 12]!.variants[0]!.id, quantity: 1 + (i % 3) }, { variantId: products[(i + 5) % 12]!.variants[0]!.id }]
      if (i % 4 === 0) {
        const cart = await till.ok('cart.current')
        await till.ok('cart.attachCustomer', { cartId: cart.id, customerId })
        orders.push(await takePickup(till, lines))
      } else {
        orders.push(await sellAtCounter(till, lines))
      }
    }
    await till.ok('orders.cancel', { orderId: orders[0]!.id })
    await till.ok('orders.return', { orderId: orders[1]!.id, lines: [{ orderLineId: orders[1]!.lines[0]!.id, quantity: 1 }] })
    await till.ok('coupons.create', { code: 'SPRING', kind: 'percent', value: 1000 })
    const middle = orders[20]!
    cursor = { createdAt: middle.createdAt, id: middle.id }
    capture = captureQueries(till)
  }, 60_000)
  afterAll(async () => {
    await capture.restore()
    await till.cleanup()
  })

  const today = () => new Date(till.clock.now()).toISOString().slice(0, 10)
  const daysAgo = (days: number) => new Date(till.clock.now() - days * DAY).toISOString().slice(0, 10)

  const cases: Array<[string, () => { channel: Channel; input: unknown; list: boolean }]> = [
    ['orders.list, newest first', () => ({ channel: 'orders.list', input: {}, list: true })],
    ['orders.list by status', () => ({ channel: 'orders.list', input: { filter: { status: 'pending' } }, list: true })],
    ['orders.list by kind', () => ({ channel: 'orders.list', input: { filter: { kind: 'pickup' } }, list: true })],
    ['orders.list by payment state', () => ({ channel: 'orders.list', input: { filter: { paymentState: 'unpaid' } }, list: true })],
    ['orders.list by customer', () => ({ channel: 'orders.list', input: { filter: { customerId } }, list: true })],
    ['orders.list by days', () => ({ channel: 'orders.list', input: { filter: { from: daysAgo(5), to: today() } }, list: true })],
    ['orders.list by text', () => ({ channel: 'orders.list', input: { filter: { text: 'tea' } }, list: true })],
    ['orders.list by text and days', () => ({ channel: 'orders.list', input: { filter: { text: 'ada', from: daysAgo(9), to: today() } }, list: true })],
    ['orders.list, a page deep in the history', () => ({ channel: 'orders.list', input: { after: cursor, limit: 5 }, list: true })],
    ['orders.list by status, deep', () => ({ channel: 'orders.list', input: { filter: { status: 'delivered' }, after: cursor }, list: true })],
    [
      'orders.list by kind and status, deep',
      () => ({ channel: 'orders.list', input: { filter: { kind: 'counter', status: 'delivered' }, after: cursor }, list: true })
    ],
    ['catalog.search by name prefix', () => ({ channel: 'catalog.search', input: { text: 'tea 1' }, list: false })],
    ['catalog.search by SKU', () => ({ channel: 'catalog.search', input: { text: 'TEA-1' }, list: false })],
    ['catalog.search by barcode', () => ({ channel: 'catalog.search', input: { text: teaBarcode(3) }, list: false })],
    ['catalog.search archived, by name prefix', () => ({ channel: 'catalog.search', input: { text: 'tea 1', archived: true }, list: false })],
    ['catalog.search archived, by SKU', () => ({ channel: 'catalog.search', input: { text: 'TEA-1', archived: true }, list: false })],
    ['catalog.findByBarcode', () => ({ channel: 'catalog.findByBarcode', input: { code: teaBarcode(4) }, list: false })],
    ['catalog.search inside names', () => ({ channel: 'catalog.search', input: { text: 'hirt' }, list: false })],
    ['catalog.barcodeCollisions', () => ({ channel: 'catalog.barcodeCollisions', input: undefined, list: false })],
    ['catalog.listProducts', () => ({ channel: 'catalog.listProducts', input: { after: { name: 'Tea 3', id: 4 } }, list: true })],
    ['catalog.listProducts by category', () => ({ channel: 'catalog.listProducts', input: { category: 'Coffee' }, list: true })],
    ['catalog.listProducts, low stock', () => ({ channel: 'catalog.listProducts', input: { lowStock: true }, list: true })],
    // A text search returns its matches best first, like catalog.search; with no text it is the list.
    ['customers.search by name', () => ({ channel: 'customers.search', input: { query: 'ada' }, list: false })],
    ['customers.search, everyone', () => ({ channel: 'customers.search', input: { after: { name: 'A', id: 1 } }, list: true })],
    ['coupons.list', () => ({ channel: 'coupons.list', input: {}, list: true })],
    ['cart.parked', () => ({ channel: 'cart.parked', input: {}, list: true })],
    ['stock.movements', () => ({ channel: 'stock.movements', input: { variantId: 1 }, list: true })],
    ['stats.overview today', () => ({ channel: 'stats.overview', input: {}, list: false })],
    ['stats.overview 30 days', () => ({ channel: 'stats.overview', input: { from: daysAgo(29), to: today() }, list: false })],
    ['stats.overview a year', () => ({ channel: 'stats.overview', input: { from: daysAgo(364), to: today() }, list: false })],
    ['stats.statusCounts', () => ({ channel: 'stats.statusCounts', input: {}, list: false })],
    ['stats.lowStock', () => ({ channel: 'stats.lowStock', input: { limit: 2 }, list: true })],
    ['stats.lowStock, next page', () => ({ channel: 'stats.lowStock', input: { after: { productId: 1, variantId: 1 } }, list: true })]
  ]

  it.each(cases)('%s reads no big table whole and sorts no list', async (_name, make) => {
    const { channel, input, list } = make()
    const queries = await capture.run(channel, input as never)
    expect(queries.length).toBeGreaterThan(0)
    for (const query of queries) {
      const plan = await capture.plan(query)
      expect({ sql: query.sql, problems: problems(query, plan, list) }).toEqual({ sql: query.sql, problems: [] })
    }
  })

  it('catches a full scan and a sorted list when it sees one', async () => {
    const scan = { sql: 'select * from orders where note = ?', parameters: ['x'] }
    expect(problems(scan, await capture.plan(scan), false)).toEqual(['SCAN orders'])
    const sorted = { sql: 'select id from orders where status = ? order by total limit 10', parameters: ['pending'] }
    expect(problems(sorted, await capture.plan(sorted), true).join('\n')).toMatch(/TEMP B-TREE FOR ORDER BY/)
  })
})
