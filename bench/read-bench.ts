import type { Channel } from '../src/shared/contract'
import { ORDER_KINDS, ORDER_STATUSES, PAYMENT_STATES } from '../src/shared/orders'
import { TOOL_WINDOW, type Tillpoint } from '../src/main/tillpoint'
import { barcode, sku } from './data-shape'
import { judged, sample, type Figure } from './measure'

const LIST_LIMIT_MS = 5
const STATS_LIMIT_MS = 20
const DAY_MS = 86_400_000

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}

/**
 * The reads a shopkeeper waits for, each through the IPC helper as the screen calls it: the first
 * page of the order list under every filter and a page a year deep, product search by name prefix,
 * SKU and barcode, and the stats of today, 30 days and a year.
 */
export async function readFigures(till: Tillpoint, options: { runs: number; now: number; products: number }): Promise<Figure[]> {
  const call = async (channel: Channel, input: unknown) => {
    const result = await till.dispatch(channel, { input }, TOOL_WINDOW)
    if (!result.ok) throw new Error(`${channel} ${JSON.stringify(input)}: ${result.error.code} ${result.error.message}`)
    return result.data
  }
  const figures: Figure[] = []
  const measure = async (group: Figure['group'], name: string, channel: Channel, input: unknown, limit: number) => {
    figures.push(judged(group, name, await sample(options.runs, () => call(channel, input)), 'p95', limit))
  }
  const list = (name: string, input: unknown) => measure('list', `orders.list ${name}`, 'orders.list', input, LIST_LIMIT_MS)

  await list('all, first page', {})
  for (const status of ORDER_STATUSES) await list(`status=${status}`, { filter: { status } })
  for (const kind of ORDER_KINDS) await list(`kind=${kind}`, { filter: { kind } })
  for (const paymentState of PAYMENT_STATES) await list(`payment=${paymentState}`, { filter: { paymentState } })
  await list('customer', { filter: { customerId: 1 } })
  await list('last 7 days', { filter: { from: isoDay(options.now - 6 * DAY_MS), to: isoDay(options.now) } })
  await list('text "tea"', { filter: { text: 'tea' } })
  await list('text "lovelace"', { filter: { text: 'lovelace' } })
  await list('text number', { filter: { text: 'A-0500000' } })
  const yearAgo = isoDay(options.now - 365 * DAY_MS)
  const deep = (await call('orders.list', { filter: { from: yearAgo, to: yearAgo }, limit: 1 })) as { orders: Array<{ id: number; createdAt: number }> }
  const cursor = deep.orders[0] ? { createdAt: deep.orders[0].createdAt, id: deep.orders[0].id } : undefined
  await list('a year deep (keyset)', { after: cursor })
  await list('status=delivered, a year deep', { filter: { status: 'delivered' }, after: cursor })

  const middle = Math.floor(options.products / 2)
  await measure('search', 'catalog.search name prefix "organic te"', 'catalog.search', { text: 'organic te' }, LIST_LIMIT_MS)
  await measure('search', `catalog.search SKU prefix "${sku(middle).slice(0, 9)}"`, 'catalog.search', { text: sku(middle).slice(0, 9) }, LIST_LIMIT_MS)
  await measure('search', 'catalog.search barcode', 'catalog.search', { text: barcode(middle) }, LIST_LIMIT_MS)

  const today = isoDay(options.now)
  await measure('stats', 'stats.overview today', 'stats.overview', {}, STATS_LIMIT_MS)
  await measure('stats', 'stats.overview 30 days', 'stats.overview', { from: isoDay(options.now - 29 * DAY_MS), to: today }, STATS_LIMIT_MS)
  await measure('stats', 'stats.overview a year', 'stats.overview', { from: isoDay(options.now - 364 * DAY_MS), to: today }, STATS_LIMIT_MS)
  await measure('stats', 'stats.lowStock first page', 'stats.lowStock', {}, LIST_LIMIT_MS)
  return figures
}
