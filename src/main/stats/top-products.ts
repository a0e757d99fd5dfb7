import { sql } from 'kysely'
import { money } from '../../shared/money'
import type { TopProduct } from '../../shared/stats'
import type { Db } from '../db/schema'
import type { DayRange } from './stats-queries'

export type TopMeasure = 'units' | 'revenue'

/**
 * A range as whole months (read from the month rollup) plus the days at either end that do not
 * fill a month (read from the day rollup): a year is twelve month rows per product, not 365.
 */
export interface RangeBuckets {
  days: string[]
  months: string[]
}

export function rangeBuckets({ from, to }: DayRange): RangeBuckets {
  const days: string[] = []
  const months: string[] = []
  let day = from
  while (day <= to) {
    const month = day.slice(0, 7)
    const monthEnd = lastDayOfMonth(month)
    if (day.endsWith('-01') && monthEnd <= to) {
      months.push(month)
      day = nextDay(monthEnd)
    } else {
      days.push(day)
      day = nextDay(day)
    }
  }
  return { days, months }
}

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10)
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/** The `depth` best rows of each bucket, by the measure, each read from the (bucket, measure) index. */
export function bucketLeadersQuery(db: Db, buckets: RangeBuckets, measure: TopMeasure, depth: number) {
  const arms = [
    ...buckets.days.map((day) =>
      db.selectFrom((eb) =>
        eb
          .selectFrom('stats_product_days')
          .select(['day as bucket', 'product_id', `${measure} as value`])
          .where('day', '=', day)
          .orderBy(measure, 'desc')
          .limit(depth)
          .as('leaders')
      )
    ),
    ...buckets.months.map((month) =>
      db.selectFrom((eb) =>
        eb
          .selectFrom('stats_product_months')
          .select(['month as bucket', 'product_id', `${measure} as value`])
          .where('month', '=', month)
          .orderBy(measure, 'desc')
          .limit(depth)
          .as('leaders')
      )
    )
  ].map((arm) => arm.select(['bucket', 'product_id', 'value']))
  const [first, ...rest] = arms
  if (!first) throw new Error('A range has at least one day')
  return rest.reduce((union, arm) => union.unionAll(arm), first)
}

/** The exact net units and revenue of these products over the whole range, one index seek each. */
export function productTotalsQuery(db: Db, buckets: RangeBuckets, productIds: readonly number[]) {
  const parts = []
  if (buckets.days.length > 0) {
    parts.push(
      db
        .selectFrom('stats_product_days')
        .select(['product_id', 'units', 'revenue'])
        .where('product_id', 'in', productIds)
        .where('day', 'in', buckets.days)
    )
  }
  if (buckets.months.length > 0) {
    parts.push(
      db
        .selectFrom('stats_product_months')
        .select(['product_id', 'units', 'revenue'])
        .where('product_id', 'in', productIds)
        .where('month', 'in', buckets.months)
    )
  }
  const [first, ...rest] = parts
  if (!first) throw new Error('A range has at least one day')
  const rows = rest.reduce((union, part) => union.unionAll(part), first)
  return db
    .selectFrom(rows.as('rows'))
    .select((eb) => ['product_id', eb.fn.sum<number>('units').as('units'), eb.fn.sum<number>('revenue').as('revenue')])
    .groupBy('product_id')
}

/** Every product's totals over the range: the last resort when the leaders cannot decide. */
export function allProductTotalsQuery(db: Db, buckets: RangeBuckets, measure: TopMeasure, limit: number) {
  const parts = []
  if (buckets.days.length > 0) {
    parts.push(db.selectFrom('stats_product_days').select(['product_id', 'units', 'revenue']).where('day', 'in', buckets.days))
  }
  if (buckets.months.length > 0) {
    parts.push(db.selectFrom('stats_product_months').select(['product_id', 'units', 'revenue']).where('month', 'in', buckets.months))
  }
  const [first, ...rest] = parts
  if (!first) throw new Error('A range has at least one day')
  const rows = rest.reduce((union, part) => union.unionAll(part), first)
  const other = measure === 'units' ? 'revenue' : 'units'
  return db
    .selectFrom(rows.as('rows'))
    .select((eb) => ['product_id', eb.fn.sum<number>('units').as('units'), eb.fn.sum<number>('revenue').as('revenue')])
    .groupBy('product_id')
    .having(sql<boolean>`sum(${sql.ref(measure)}) > 0`)
    .orderBy(sql`sum(${sql.ref(measure)})`, 'desc')
    .orderBy(sql`sum(${sql.ref(other)})`, 'desc')
    .orderBy('product_id')
    .limit(limit)
}

interface Totals {
  product_id: number
  units: number
  revenue: number
}

/**
 * The best sellers of a range by net units or net revenue, exactly, without summing every product.
 * Each bucket's leaders are read from its index; every product that leads somewhere gets its exact
 * total. A product that leads nowhere sold, in each bucket, at most that bucket's last leader, so
 * the sum of those is a ceiling on its total: once the `limit`-th best total is above the ceiling,
 * no other product can enter the list. Otherwise the leaders are read deeper, and in the end every
 * product is summed. Sales in a shop are skewed enough that the first round nearly always decides.
 */
export async function topProducts(db: Db, range: DayRange, measure: TopMeasure, limit: number): Promise<TopProduct[]> {
  const buckets = rangeBuckets(range)
  const other = measure === 'units' ? 'revenue' : 'units'
  const byRank = (a: Totals, b: Totals) => b[measure] - a[measure] || b[other] - a[other] || a.product_id - b.product_id
  for (let depth = Math.max(20, limit * 2); depth <= 2_000; depth *= 5) {
    const leaders = await bucketLeadersQuery(db, buckets, measure, depth).execute()
    if (leaders.length === 0) return []
    const ceiling = ceilingOfOthers(leaders, depth)
    const candidates = [...new Set(leaders.map((leader) => leader.product_id))]
    const totals = (await productTotalsQuery(db, buckets, candidates).execute())
      .map((row) => ({ product_id: row.product_id, units: Number(row.units), revenue: Number(row.revenue) }))
      .filter((row) => row[measure] > 0)
      .sort(byRank)
    const top = totals.slice(0, limit)
    // An outsider with a positive total enters a short list; a full list only one strictly below its last.
    const bar = top.length < limit ? 0 : top[top.length - 1]![measure]
    if (ceiling < bar || (top.length < limit && ceiling <= 0)) return named(db, top)
  }
  const all = await allProductTotalsQuery(db, buckets, measure, limit).execute()
  return named(db, all.map((row) => ({ product_id: row.product_id, units: Number(row.units), revenue: Number(row.revenue) })))
}

/** The most a product outside the leaders can have: each full bucket's last leader value, added up. */
function ceilingOfOthers(leaders: ReadonlyArray<{ bucket: string; value: number }>, depth: number): number {
  const perBucket = new Map<string, { count: number; last: number }>()
  for (const leader of leaders) {
    const seen = perBucket.get(leader.bucket)
    perBucket.set(leader.bucket, { count: (seen?.count ?? 0) + 1, last: seen ? Math.min(seen.last, leader.value) : leader.value })
  }
  let ceiling = 0
  for (const { count, last } of perBucket.values()) if (count === depth) ceiling += Math.max(0, last)
  return ceiling
}

async function named(db: Db, rows: readonly Totals[]): Promise<TopProduct[]> {
  if (rows.length === 0) return []
  const names = new Map(
    (await productNamesQuery(db, rows.map((row) => row.product_id)).execute()).map((product) => [product.id, product.name])
  )
  return rows.map((row) => ({ productId: row.product_id, name: names.get(row.product_id) ?? '', units: row.units, revenue: money(row.revenue) }))
}

export function productNamesQuery(db: Db, productIds: readonly number[]) {
  return db.selectFrom('products').select(['id', 'name']).where('id', 'in', productIds)
}
