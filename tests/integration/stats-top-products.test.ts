import fc from 'fast-check'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { rangeBuckets, topProducts, type TopMeasure } from '../../src/main/stats/top-products'
import { seedProducts } from '../support/seed-products'
import { openTestTill } from '../support/test-till'

const FIRST_DAY = Date.UTC(2025, 10, 20)
const dayAt = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10)

describe('best sellers of a range', () => {
  it('cut a range into whole months and the days around them', () => {
    expect(rangeBuckets({ from: '2026-01-30', to: '2026-04-02' })).toEqual({
      days: ['2026-01-30', '2026-01-31', '2026-04-01', '2026-04-02'],
      months: ['2026-02', '2026-03']
    })
    expect(rangeBuckets({ from: '2026-02-01', to: '2026-02-28' })).toEqual({ days: [], months: ['2026-02'] })
    expect(rangeBuckets({ from: '2024-02-01', to: '2024-02-28' }).months).toEqual([])
  })

  it('find a steady seller that never leads a single day over the day-to-day hits', async () => {
    const till = openTestTill()
    try {
      // Each day twenty different hits sell 10 units (each hit on two days); the steady seller sells 9 every day.
      const rows = []
      for (let day = 0; day < 30; day++) {
        rows.push({ product: 1, day: dayAt(day), units: 9, revenue: 900 })
        for (let i = 0; i < 20; i++) rows.push({ product: 1000 + ((day * 10 + i) % 300), day: dayAt(day), units: 10, revenue: 1000 })
      }
      await sql`INSERT INTO stats_product_days (product_id, day, units, revenue)
        SELECT value ->> 'product', value ->> 'day', sum(value ->> 'units'), sum(value ->> 'revenue') FROM json_each(${JSON.stringify(rows)}) GROUP BY 1, 2`.execute(
        till.context.db
      )
      const top = await topProducts(till.context.db, { from: dayAt(0), to: dayAt(29) }, 'units', 1)
      expect(top.map(({ productId, units }) => [productId, units])).toEqual([[1, 270]])
    } finally {
      await till.cleanup()
    }
  })

  it('are exactly the products with the most net pieces, weight (kg, g and lb on one scale) or revenue, ties broken the same way, skewed sales or flat', async () => {
    const till = openTestTill()
    const db = till.context.db
    try {
      // Some products are sold by weight (kg, g, lb): by units they are left out, by weight only they
      // count (ranked by grams), by revenue all count.
      const soldByOf = (index: number) => (index % 7 === 3 ? 'kg' : index % 7 === 5 ? 'g' : index % 13 === 0 ? 'lb' : 'each')
      const seeded = await seedProducts(
        till.context,
        Array.from({ length: 400 }, (_, index) => ({ name: `P${index + 1}`, price: 100, stock: 0, soldBy: soldByOf(index) }))
      )
      expect(seeded.map((product) => product.productId)).toEqual(Array.from({ length: 400 }, (_, index) => index + 1))
      const grams = { kg: 1, g: 0.001, lb: 0.45359237, each: 1 }
      const scoreOf = (measure: TopMeasure, total: { productId: number; units: number; revenue: number }): number | null => {
        const soldBy = total.productId <= 400 ? soldByOf(total.productId - 1) : 'each'
        if (measure === 'revenue') return total.revenue
        if ((measure === 'weight') !== (soldBy !== 'each')) return null
        return total.units * grams[soldBy]
      }
      const rowArb = fc.record({
        product: fc.integer({ min: 1, max: 400 }),
        day: fc.nat(75),
        units: fc.integer({ min: -3, max: 40 }),
        revenue: fc.integer({ min: -500, max: 9_000 })
      })
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowArb, { minLength: 1_000, maxLength: 2_500 }),
          fc.boolean(),
          fc.nat(75),
          fc.nat(75),
          fc.constantFrom<TopMeasure>('units', 'revenue', 'weight'),
          fc.integer({ min: 1, max: 15 }),
          async (rows, skewed, a, b, measure, limit) => {
            const merged = new Map<string, { product: number; day: string; units: number; revenue: number }>()
            for (const row of rows) {
              // Skewed: low product ids sell far more, as best sellers do.
              const scale = skewed ? Math.max(1, Math.floor(800 / row.product)) : 1
              const key = `${row.product}|${dayAt(row.day)}`
              const seen = merged.get(key) ?? { product: row.product, day: dayAt(row.day), units: 0, revenue: 0 }
              seen.units += row.units * scale
              seen.revenue += row.revenue * scale
              merged.set(key, seen)
            }
            await sql`DELETE FROM stats_product_days`.execute(db)
            await sql`DELETE FROM stats_product_months`.execute(db)
            await sql`INSERT INTO stats_product_days (product_id, day, units, revenue)
              SELECT value ->> 'product', value ->> 'day', value ->> 'units', value ->> 'revenue' FROM json_each(${JSON.stringify([...merged.values()])})`.execute(
              db
            )
            await sql`INSERT INTO stats_product_months (product_id, month, units, revenue)
              SELECT product_id, substr(day, 1, 7), sum(units), sum(revenue) FROM stats_product_days GROUP BY 1, 2`.execute(db)
            const range = { from: dayAt(Math.min(a, b)), to: dayAt(Math.max(a, b)) }
            const totals = new Map<number, { productId: number; units: number; revenue: number }>()
            for (const row of merged.values()) {
              if (row.day < range.from || row.day > range.to) continue
              const total = totals.get(row.product) ?? { productId: row.product, units: 0, revenue: 0 }
              total.units += row.units
              total.revenue += row.revenue
              totals.set(row.product, total)
            }
            const tie = measure === 'revenue' ? 'units' : 'revenue'
            const expected = [...totals.values()]
              .map((total) => ({ total, score: scoreOf(measure, total) }))
              .filter((entry): entry is { total: typeof entry.total; score: number } => entry.score !== null && entry.score > 0)
              .sort((x, y) => y.score - x.score || y.total[tie] - x.total[tie] || x.total.productId - y.total.productId)
              .map((entry) => entry.total)
              .slice(0, limit)
            const actual = (await topProducts(db, range, measure, limit)).map(({ productId, units, revenue }) => ({ productId, units, revenue }))
            expect(actual).toEqual(expected)
          }
        ),
        { numRuns: 40 }
      )
    } finally {
      await till.cleanup()
    }
  }, 120_000)
})
