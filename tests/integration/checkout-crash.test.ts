import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { runAndKill } from '../support/kill-child'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'
import { soak } from '../support/soak'

const KILLS = soak(2, 5)
const dir = mkdtempSync(join(tmpdir(), 'tillpoint-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function rows<T>(till: TestTill, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(till.context.db)).rows
}

describe('a till killed in the middle of selling', () => {
  it('leaves a sound database: every order whole, every sale movement with its order, stock equal to its movements', async () => {
    const seeding = openTestTill({ dir })
    await seedProducts(seeding.context, [
      { name: 'Apple', price: 120, stock: 1_000_000, taxRateBp: 500 },
      { name: 'Pear', price: 95, stock: 1_000_000 },
      { name: 'Fig', price: 310, stock: 1_000_000, taxRateBp: 2000 }
    ])
    await seeding.close()

    for (let kill = 0; kill < KILLS; kill += 1) {
      const { signal, stderr } = await runAndKill('checkout-loop.ts', seeding.dbPath, 300 + kill * 200)
      expect(stderr).toBe('')
      expect(signal).toBe('SIGKILL')
    }

    const till = openTestTill({ dir })
    try {
      expect(await rows(till, sql<{ integrity_check: string }>`PRAGMA integrity_check`)).toEqual([{ integrity_check: 'ok' }])
      expect(await rows(till, sql<{ n: number }>`PRAGMA foreign_key_check`)).toEqual([])
      const [{ orders }] = (await rows(till, sql<{ orders: number }>`SELECT count(*) AS orders FROM orders`)) as [{ orders: number }]
      expect(orders).toBeGreaterThan(KILLS)

      // no order without its lines, or with lines that do not add up to it
      expect(
        await rows(
          till,
          sql`
          SELECT o.id FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id
          GROUP BY o.id HAVING count(l.id) = 0 OR sum(l.quantity) <> o.item_count OR sum(l.total) <> o.total`
        )
      ).toEqual([])
      // no order without its payments: what the order says was paid and refunded is in payments
      expect(
        await rows(
          till,
          sql`
          SELECT o.id FROM orders o
          WHERE o.paid_total <> (SELECT coalesce(sum(amount), 0) FROM payments p WHERE p.order_id = o.id AND p.kind = 'payment')
             OR o.refunded_total <> (SELECT coalesce(sum(amount), 0) FROM payments p WHERE p.order_id = o.id AND p.kind = 'refund')
             OR (o.kind = 'counter' AND o.paid_total <> o.total)`
        )
      ).toEqual([])
      // no order without the start of its history
      expect(
        await rows(till, sql`SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.change = 'created')`)
      ).toEqual([])
      // no sale movement without its order, and each order's sale movements match its lines
      expect(
        await rows(till, sql`SELECT m.id FROM stock_movements m LEFT JOIN orders o ON o.id = m.order_id WHERE m.reason = 'sale' AND o.id IS NULL`)
      ).toEqual([])
      expect(
        await rows(
          till,
          sql`
          SELECT l.order_id FROM order_lines l
          WHERE -l.quantity <> (SELECT coalesce(sum(m.delta), 0) FROM stock_movements m
                                WHERE m.order_id = l.order_id AND m.variant_id = l.variant_id AND m.reason = 'sale')`
        )
      ).toEqual([])
      // stock is the initial stock plus every movement since
      expect(
        await rows(
          till,
          sql`
          SELECT v.id FROM variants v
          WHERE v.stock <> (SELECT coalesce(sum(m.delta), 0) FROM stock_movements m WHERE m.variant_id = v.id)`
        )
      ).toEqual([])
      // numbers: one per order, none skipped, the counter where the last order left it
      expect(await rows(till, sql`SELECT count(*) AS n, max(sequence) AS top, (SELECT last_sequence FROM order_counter) AS counter FROM orders`)).toEqual([
        { n: orders, top: orders, counter: orders }
      ])
      // the journal: no gap, no broken link, every order as its last entry left it
      expect(await till.services.journal.verify()).toMatchObject({ intact: true })

      const [apple] = await till.context.db.selectFrom('variants').select('id').orderBy('id').limit(1).execute()
      const sale = await sellAtCounter(till, [{ variantId: apple!.id }])
      expect(sale.number).toBe(`A-${String(orders + 1).padStart(6, '0')}`)
    } finally {
      await till.close()
    }
  }, 120_000)
})
