import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely'
import { money } from '../../shared/money'
import { gramsOf, type SoldBy } from '../../shared/sold-by'
import type { TopProduct } from '../../shared/stats'
import type { Db, DB } from '../db/schema'
import type { DayRange } from './stats-queries'

/**
 * How best sellers rank: 'units' counts pieces, of products sold by the piece only; 'weight' ranks
 * products sold by weight by the weight sold (kg, g and lb on one scale); 'revenue' ranks every
 * product by its money. A kg and a piece are never compared.
 */
export type TopMeasure = 'units' | 'revenue' | 'weight'

/** The measures ranked from the buckets' leaders; by weight, see topByWeight. */
type LeaderMeasure = Exclude<TopMeasure, 'weight'>

/** The rollup column a measure is read from. */
function columnOf(measure: LeaderMeasure): 'units' | 'revenue' {
  return measure === 'revenue' ? 'revenue' : 'units'
}

type StatsRows = 'stats_product_days' | 'stats_product_months'

/**
 * Keeps the rollup rows of the products a measure ranks: by units those sold by the piece (each a
 * lookup of the row's product by its key), by revenue all.
 */
function ofKind<Q extends SelectQueryBuilder<DB, StatsRows, object>>(query: Q, table: StatsRows, measure: LeaderMeasure): Q {
  if (measure === 'revenue') return query
  return query.where((eb: ExpressionBuilder<DB, StatsRows>) =>
    eb.not(
      eb.exists(eb.selectFrom('products').select('products.id').whereRef('products.id', '=', `${table}.product_id`).where('products.sold_by', '!=', 'each'))
    )
  ) as Q
}

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

/** The `depth` best rows of each bucket, by the measure's column, each read from the (bucket, column) index. */
export function bucketLeadersQuery(db: Db, buckets: RangeBuckets, measure: LeaderMeasure, depth: number) {
  const column = columnOf(measure)
  const arms = [
    ...buckets.days.map((day) =>
      db.selectFrom((eb) =>
        ofKind(eb.selectFrom('stats_product_days').select(['day as bucket', 'product_id', `${column} as value`]), 'stats_product_days', measure)
          .where('day', '=', day)
          .orderBy(column, 'desc')
          .limit(depth)
          .as('leaders')
      )
    ),
    ...buckets.months.map((month) =>
      db.selectFrom((eb) =>
        ofKind(eb.selectFrom('stats_product_months').select(['month as bucket', 'product_id', `${column} as value`]), 'stats_product_months', measure)
          .where('month', '=', month)
          .orderBy(column, 'desc')
          .limit(depth)
          .as('leaders')
      )
    )
  ].map((arm) => arm.select(['bucket', 'product_id', 'value']))
  const [first, ...rest] = arms
  if (!first) throw new Error('A range has at least one day')
  return rest.reduce((union, arm) => union.unionAll(arm), first)
}

/** The exact net units and revenue of these products over the whole range, one index seek each, with how each is sold. */
export function productTotalsQuery(db: Db, buckets: RangeBuckets, productIds: readonly number[]) {
  const parts = []
  if (buckets.days.length > 0) {
    parts.push(
      db.selectFrom('stats_product_days').select(['product_id', 'units', 'revenue']).where('product_id', 'in', productIds).where('day', 'in', buckets.days)
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
    .leftJoin('products', 'products.id', 'rows.product_id')
    .select((eb) => ['rows.product_id', 'products.sold_by', eb.fn.sum<number>('rows.units').as('units'), eb.fn.sum<number>('rows.revenue').as('revenue')])
    .groupBy('rows.product_id')
}

/** Every ranked product's totals over the range: the last resort when the leaders cannot decide. */
export function allProductTotalsQuery(db: Db, buckets: RangeBuckets, measure: LeaderMeasure, limit: number) {
  const parts = []
  if (buckets.days.length > 0) {
    parts.push(
      ofKind(db.selectFrom('stats_product_days').select(['product_id', 'units', 'revenue']), 'stats_product_days', measure).where('day', 'in', buckets.days)
    )
  }
  if (buckets.months.length > 0) {
    parts.push(
      ofKind(db.selectFrom('stats_product_months').select(['product_id', 'units', 'revenue']), 'stats_product_months', measure).where(
        'month',
        'in',
        buckets.months
      )
    )
  }
  const [first, ...rest] = parts
  if (!first) throw new Error('A range has at least one day')
  const rows = rest.reduce((union, part) => union.unionAll(part), first)
  const column = columnOf(measure)
  const other = column === 'units' ? 'revenue' : 'units'
  return db
    .selectFrom(rows.as('rows'))
    .leftJoin('products', 'products.id', 'rows.product_id')
    .select((eb) => ['rows.product_id', 'products.sold_by', eb.fn.sum<number>('rows.units').as('units'), eb.fn.sum<number>('rows.revenue').as('revenue')])
    .groupBy('rows.product_id')
    .having(sql<boolean>`sum(${sql.ref(`rows.${column}`)}) > 0`)
    .orderBy(sql`sum(${sql.ref(`rows.${column}`)})`, 'desc')
    .orderBy(sql`sum(${sql.ref(`rows.${other}`)})`, 'desc')
    .orderBy('rows.product_id')
    .limit(limit)
}

interface Totals {
  product_id: number
  units: number
  revenue: number
  /** What the measure ranks by: pieces, revenue, or grams. */
  score: number
}

function totalsOf(measure: TopMeasure, row: { product_id: number; sold_by: SoldBy | null; units: number; revenue: number }): Totals {
  const units = Number(row.units)
  const revenue = Number(row.revenue)
  const score = measure === 'revenue' ? revenue : measure === 'weight' ? gramsOf(units, row.sold_by ?? 'each') : units
  return { product_id: row.product_id, units, revenue, score }
}

interface Leader {
  bucket: string
  product_id: number
  value: number
}

/** How many exact totals to ask for at once while the list is not decided. */
const BATCH = 20

/**
 * The best sellers of a range by a measure (see TopMeasure), net of returns, exactly, without
 * summing every product. Each bucket's leaders are read from its (bucket, column) index. A product
 * that is not among a full bucket's leaders sold there at most that bucket's last leader; one absent
 * from a bucket that was read whole sold nothing there. That gives every product a ceiling: what it
 * is known to have sold plus those limits for the buckets it did not lead. Exact totals are then read for the products with the highest
 * ceilings only, until the `limit`-th best exact score is above every ceiling still unread and above
 * the ceiling of any product that led nowhere. If the leaders cannot settle it, they are read
 * deeper, and in the end every product is summed. Sales in a shop are skewed enough that the first
 * round nearly always decides, after a few dozen exact totals.
 */
export async function topProducts(db: Db, range: DayRange, measure: TopMeasure, limit: number): Promise<TopProduct[]> {
  const buckets = rangeBuckets(range)
  if (measure === 'weight') return topByWeight(db, buckets, limit)
  for (let depth = Math.max(20, limit * 2); depth <= 2_000; depth *= 5) {
    const leaders = await bucketLeadersQuery(db, buckets, measure, depth).execute()
    if (leaders.length === 0) return []
    const { outsiders, ceilings } = ceilingsOf(leaders, depth)
    const exact: Totals[] = []
    let next = 0
    for (;;) {
      const top = rank(measure, exact, limit)
      // A product enters a short list with any positive total, a full one only strictly above its last.
      const bar = top.length < limit ? 0 : top[top.length - 1]!.score
      const beaten = (ceiling: number) => (top.length < limit ? ceiling <= 0 : ceiling < bar)
      if (next >= ceilings.length || beaten(ceilings[next]!.ceiling)) {
        if (beaten(outsiders)) return named(db, top)
        break
      }
      const batch = ceilings.slice(next, next + BATCH).map((candidate) => candidate.productId)
      next += batch.length
      for (const row of await productTotalsQuery(db, buckets, batch).execute()) exact.push(totalsOf(measure, row))
    }
  }
  const all = await allProductTotalsQuery(db, buckets, measure, limit).execute()
  return named(
    db,
    rank(
      measure,
      all.map((row) => totalsOf(measure, row)),
      limit
    )
  )
}

/**
 * By weight: a shop sells few products by weight, so each one's exact totals are read (found by
 * the products_weighed index, one index seek per bucket each) and ranked. Reading the buckets'
 * leaders instead walks every row of every bucket of a shop that weighs nothing (90 ms a year at 1M).
 */
async function topByWeight(db: Db, buckets: RangeBuckets, limit: number): Promise<TopProduct[]> {
  const weighed = (
    await db
      .selectFrom('products')
      .select('id')
      .where(sql<boolean>`sold_by != 'each'`)
      .execute()
  ).map((row) => row.id)
  const totals: Totals[] = []
  for (let start = 0; start < weighed.length; start += BATCH) {
    for (const row of await productTotalsQuery(db, buckets, weighed.slice(start, start + BATCH)).execute()) totals.push(totalsOf('weight', row))
  }
  return named(db, rank('weight', totals, limit))
}

/** The `limit` best positive scores, ties by the other figure (revenue, or units by revenue), then by product. */
function rank(measure: TopMeasure, rows: readonly Totals[], limit: number): Totals[] {
  const tie = (row: Totals) => (measure === 'revenue' ? row.units : row.revenue)
  return rows
    .filter((row) => row.score > 0)
    .sort((a, b) => b.score - a.score || tie(b) - tie(a) || a.product_id - b.product_id)
    .slice(0, limit)
}

/**
 * Each leading product's ceiling, highest first, and the ceiling of a product that leads nowhere:
 * the sum over full buckets of their last leader (never below zero: a product may have no row).
 */
function ceilingsOf(leaders: readonly Leader[], depth: number) {
  const perBucket = new Map<string, { count: number; last: number }>()
  const known = new Map<number, { sum: number; limits: number }>()
  for (const leader of leaders) {
    const seen = perBucket.get(leader.bucket)
    perBucket.set(leader.bucket, { count: (seen?.count ?? 0) + 1, last: seen ? Math.min(seen.last, leader.value) : leader.value })
  }
  const limitOf = (bucket: string) => {
    const { count, last } = perBucket.get(bucket)!
    return count === depth ? Math.max(0, last) : 0
  }
  let outsiders = 0
  for (const bucket of perBucket.keys()) outsiders += limitOf(bucket)
  for (const leader of leaders) {
    const entry = known.get(leader.product_id) ?? { sum: 0, limits: 0 }
    entry.sum += leader.value
    entry.limits += limitOf(leader.bucket)
    known.set(leader.product_id, entry)
  }
  const ceilings = [...known].map(([productId, { sum, limits }]) => ({ productId, ceiling: sum + outsiders - limits }))
  ceilings.sort((a, b) => b.ceiling - a.ceiling)
  return { outsiders, ceilings }
}

async function named(db: Db, rows: readonly Totals[]): Promise<TopProduct[]> {
  if (rows.length === 0) return []
  const products = new Map(
    (
      await productNamesQuery(
        db,
        rows.map((row) => row.product_id)
      ).execute()
    ).map((product) => [product.id, product])
  )
  return rows.map((row) => {
    const product = products.get(row.product_id)
    return { productId: row.product_id, name: product?.name ?? '', units: row.units, soldBy: product?.sold_by ?? 'each', revenue: money(row.revenue) }
  })
}

export function productNamesQuery(db: Db, productIds: readonly number[]) {
  return db.selectFrom('products').select(['id', 'name', 'sold_by']).where('id', 'in', productIds)
}
