import type BetterSqlite3 from 'better-sqlite3'
import { businessDay } from '../src/shared/business-day'
import type { OutputOf } from '../src/shared/contract'
import type { Result } from '../src/shared/errors'
import type { ManualClock } from '../src/main/core/clock'
import { formatOrderNumber } from '../src/main/orders/order-rows'
import { priceCart } from '../src/main/pricing/totals'
import { localHour } from '../src/main/stats/zone-clock'
import { TOOL_WINDOW, type Tillpoint } from '../src/main/tillpoint'
import { pick, type Random } from './data-shape'
import { reported, timeOnce, type Figure, type OwnWork } from './measure'

const LINES = 5
const RATIO_LIMIT = 2

async function ok<T>(result: Promise<Result<unknown>>): Promise<T> {
  const answer = (await result) as Result<T>
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`)
  return answer.data
}

/** Five different variants with stock to spare. */
function basket(random: Random, sellable: readonly number[]): number[] {
  const chosen = new Set<number>()
  while (chosen.size < LINES) chosen.add(pick(random, sellable))
  return [...chosen]
}

/**
 * Checkout of a five-line cart prepared beforehand (untimed: cart.current and five cart.addLine),
 * timed from the call of cart.checkout through the IPC helper to its answer: validation, the
 * domain's one transaction (stock, order, lines, payment, history, number, text index), the
 * command hooks (sync outbox, stats rollups) and the order read back for the screen. With `own`,
 * each call runs as its own turn of the event loop and its time is recorded there.
 */
export async function domainCheckout(till: Tillpoint, random: Random, sellable: readonly number[], own?: OwnWork): Promise<number> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    if (!own) return ok<T>(till.dispatch(channel, { input }, TOOL_WINDOW))
    // As at the counter, each call is its own IPC message: the event loop turns before it.
    await new Promise((resolve) => setImmediate(resolve))
    return own.time(() => ok<T>(till.dispatch(channel, { input }, TOOL_WINDOW)))
  }
  let cart = await call<OutputOf<'cart.current'>>('cart.current', {})
  for (const variantId of basket(random, sellable)) cart = await call('cart.addLine', { cartId: cart.id, variantId, quantity: 1 })
  const input = { cartId: cart.id, kind: 'counter', payments: [{ method: 'card', amount: cart.totals.total, reference: 'AUTH' }] }
  return timeOnce(() => call('cart.checkout', input))
}

interface FloorVariant {
  id: number
  product_id: number
  name: string
  sku: string
  price: number
  tax_rate_bp: number
}

/**
 * The physical floor: the same rows as a domain checkout (order, lines, stock and movements,
 * payment, history, number, text index, cart removed, rollups by day, hour, product, payment method,
 * tax rate and staff member, stats cursor, outbox rows, journal entry, sales-chain link) written
 * by raw prepared statements in one transaction, with every value worked out before the clock
 * starts. It reads nothing and decides nothing: no real checkout can be cheaper.
 */
export interface JournalTemplate {
  orders: string
  body: string
  hash: string
}

/** The sales-chain link of a sale, its text and hash worked out beforehand (copied from a real one). */
export interface SalesLinkTemplate {
  body: string
  hash: string
}

export function rawFloor(
  sqlite: BetterSqlite3.Database,
  timeZone: string,
  outboxTemplates: ReadonlyArray<{ type: string; payload: string }>,
  journal: JournalTemplate,
  salesLink: SalesLinkTemplate
) {
  const s = {
    variant: sqlite.prepare(
      `SELECT v.id, v.product_id, p.name, v.sku, v.price, p.tax_rate_bp FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ?`
    ),
    cart: sqlite.prepare(`INSERT INTO carts (status, label, note, order_discount_value, created_at, updated_at) VALUES ('parked', '', '', 0, ?, ?)`),
    cartLine: sqlite.prepare(`INSERT INTO cart_lines (cart_id, variant_id, quantity, discount_value, created_at) VALUES (?, ?, 1, 0, ?)`),
    counter: sqlite.prepare(`UPDATE order_counter SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence`),
    order: sqlite.prepare(`INSERT INTO orders (sequence, number, kind, status, payment_state, customer_id, customer_name, customer_phone, customer_email,
      delivery_address, note, coupon_id, coupon_code, tax_mode, currency, item_count, subtotal, line_discount_total, order_discount_total,
      coupon_discount_total, tax_total, total, paid_total, refunded_total, business_day, created_by, created_at, updated_at)
      VALUES (?, ?, 'counter', 'delivered', 'paid', NULL, '', '', '', '', '', NULL, '', 'inclusive', 'GBP', ?, ?, 0, 0, 0, ?, ?, ?, 0, ?, 'owner', ?, ?)`),
    line: sqlite.prepare(`INSERT INTO order_lines (order_id, position, variant_id, product_id, name, sku, variant_label, unit_price, tax_rate_bp, quantity,
      quantity_returned, gross, line_discount, order_discount, coupon_discount, net, tax, total) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, 1, 0, ?, 0, 0, 0, ?, ?, ?)`),
    stock: sqlite.prepare(`UPDATE variants SET stock = stock - 1, updated_at = ? WHERE id = ? AND stock - 1 >= 0`),
    movement: sqlite.prepare(
      `INSERT INTO stock_movements (variant_id, delta, stock_after, reason, note, order_id, actor_id, created_at) VALUES (?, -1, 100, 'sale', ?, ?, 'owner', ?)`
    ),
    payment:
      sqlite.prepare(`INSERT INTO payments (order_id, kind, method, amount, tendered, change_given, card_reference, card_last_four, note, business_day, actor_id, created_at)
      VALUES (?, 'payment', 'card', ?, NULL, NULL, 'AUTH', NULL, '', ?, 'owner', ?)`),
    fts: sqlite.prepare(`INSERT INTO orders_fts (rowid, number, customer, products) VALUES (?, ?, '', ?)`),
    event: sqlite.prepare(
      `INSERT INTO order_events (order_id, change, from_status, to_status, actor_id, actor_name, note, created_at) VALUES (?, ?, ?, ?, 'owner', 'Owner', ?, ?)`
    ),
    deleteCart: sqlite.prepare(`DELETE FROM carts WHERE id = ?`),
    day: sqlite.prepare(`INSERT INTO stats_days (day, orders, revenue, discounts, tax, items, refunds, returned_items) VALUES (?, 1, ?, 0, ?, ?, 0, 0)
      ON CONFLICT (day) DO UPDATE SET orders = orders + 1, revenue = revenue + excluded.revenue, tax = tax + excluded.tax, items = items + excluded.items`),
    hour: sqlite.prepare(`INSERT INTO stats_hours (day, hour, orders, revenue) VALUES (?, ?, 1, ?)
      ON CONFLICT (day, hour) DO UPDATE SET orders = orders + 1, revenue = revenue + excluded.revenue`),
    productDay: sqlite.prepare(`INSERT INTO stats_product_days (product_id, day, units, revenue) VALUES (?, ?, 1, ?)
      ON CONFLICT (product_id, day) DO UPDATE SET units = units + 1, revenue = revenue + excluded.revenue`),
    productMonth: sqlite.prepare(`INSERT INTO stats_product_months (product_id, month, units, revenue) VALUES (?, ?, 1, ?)
      ON CONFLICT (product_id, month) DO UPDATE SET units = units + 1, revenue = revenue + excluded.revenue`),
    payMix: sqlite.prepare(`INSERT INTO stats_payments (day, method, payments, paid, refunded) VALUES (?, 'card', 1, ?, 0)
      ON CONFLICT (day, method) DO UPDATE SET payments = payments + 1, paid = paid + excluded.paid`),
    taxDay: sqlite.prepare(`INSERT INTO stats_tax_days (day, rate_bp, currency, net, tax, gross) VALUES (?, ?, 'GBP', ?, ?, ?)
      ON CONFLICT (day, rate_bp) DO UPDATE SET net = net + excluded.net, tax = tax + excluded.tax, gross = gross + excluded.gross`),
    staffDay: sqlite.prepare(`INSERT INTO stats_staff_days (day, staff_id, currency, orders, gross, cancels, cancelled, paid, returns, refunds)
      VALUES (?, 'owner', 'GBP', 1, ?, 0, 0, ?, 0, 0)
      ON CONFLICT (day, staff_id) DO UPDATE SET orders = orders + 1, gross = gross + excluded.gross, paid = paid + excluded.paid`),
    status: sqlite.prepare(`INSERT INTO stats_statuses (status, orders) VALUES ('delivered', 1) ON CONFLICT (status) DO UPDATE SET orders = orders + 1`),
    cursor: sqlite.prepare(`UPDATE stats_cursor SET order_id = ?, event_id = ?, payment_id = ? WHERE id = 1`),
    outbox: sqlite.prepare(`INSERT INTO outbox (event_id, till_id, seq, type, payload, order_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    tillId: sqlite.prepare(`SELECT till_id FROM sync_state WHERE id = 1`),
    // The journal entry of a sale, its text and hash worked out beforehand (copied from a real one).
    journal: sqlite.prepare(`INSERT INTO journal (formula, at, till_id, command, staff_id, approver_id, orders, body, prev_hash, hash)
      VALUES (1, ?, ?, 'cart.checkout', 'owner', NULL, ?, ?, ?, ?)`),
    journalOrder: sqlite.prepare(`INSERT INTO journal_orders (order_id, seq) VALUES (?, ?)`),
    salesLink: sqlite.prepare(`INSERT INTO sales_chain (kind, ref_id, at, body, prev_hash, hash) VALUES ('order', ?, ?, ?, ?, ?)`),
    lastSeq: sqlite.prepare(`SELECT coalesce(max(seq), 0) AS seq FROM outbox`)
  }
  let eventCounter = 0

  return (random: Random, sellable: readonly number[], clock: ManualClock): number => {
    const now = clock.now()
    const variants = basket(random, sellable).map((id) => s.variant.get(id) as FloorVariant)
    const { lastInsertRowid: cartId } = s.cart.run(now, now)
    for (const variant of variants) s.cartLine.run(cartId, variant.id, now)
    const priced = priceCart({
      taxMode: 'inclusive',
      taxRounding: 'line',
      lines: variants.map((variant) => ({ unitPrice: variant.price, quantity: 1, taxRateBp: variant.tax_rate_bp, discount: null })),
      orderDiscount: null,
      coupon: null
    })
    const { totals } = priced
    const day = businessDay(now, timeZone)
    const hour = localHour(now, timeZone)
    const tillId = (s.tillId.get() as { till_id: string }).till_id
    let seq = (s.lastSeq.get() as { seq: number }).seq
    const productsText = variants.map((variant) => `${variant.name}  ${variant.sku}`).join(' ')
    const taxByRate = new Map<number, { net: number; tax: number; gross: number }>()
    variants.forEach((variant, index) => {
      const line = priced.lines[index]!
      const sums = taxByRate.get(variant.tax_rate_bp) ?? { net: 0, tax: 0, gross: 0 }
      taxByRate.set(variant.tax_rate_bp, { net: sums.net + line.net, tax: sums.tax + line.tax, gross: sums.gross + line.total })
    })
    const eventIds = outboxTemplates.map(() => `bench-${process.pid}-${now}-${eventCounter++}`)

    const write = sqlite.transaction(() => {
      const { last_sequence: sequence } = s.counter.get() as { last_sequence: number }
      const number = formatOrderNumber('A', sequence)
      const orderId = Number(
        s.order.run(sequence, number, totals.itemCount, totals.subtotal, totals.taxTotal, totals.total, totals.total, day, now, now).lastInsertRowid
      )
      variants.forEach((variant, index) => {
        const line = priced.lines[index]!
        s.line.run(
          orderId,
          index + 1,
          variant.id,
          variant.product_id,
          variant.name,
          variant.sku,
          variant.price,
          variant.tax_rate_bp,
          line.gross,
          line.net,
          line.tax,
          line.total
        )
        s.stock.run(now, variant.id)
        s.movement.run(variant.id, number, orderId, now)
      })
      const paymentId = s.payment.run(orderId, totals.total, day, now).lastInsertRowid
      s.fts.run(orderId, `${number} ${sequence}`, productsText)
      s.event.run(orderId, 'created', null, 'pending', 'Counter sale', now)
      const eventId = s.event.run(orderId, 'status', 'pending', 'delivered', 'Handed over at the counter', now).lastInsertRowid
      s.deleteCart.run(cartId)
      s.day.run(day, totals.total, totals.taxTotal, totals.itemCount)
      s.hour.run(day, hour, totals.total)
      variants.forEach((variant, index) => {
        s.productDay.run(variant.product_id, day, priced.lines[index]!.total)
        s.productMonth.run(variant.product_id, day.slice(0, 7), priced.lines[index]!.total)
      })
      s.payMix.run(day, totals.total)
      for (const [rate, sums] of taxByRate) s.taxDay.run(day, rate, sums.net, sums.tax, sums.gross)
      s.staffDay.run(day, totals.total, totals.total)
      s.status.run()
      s.cursor.run(orderId, eventId, paymentId)
      outboxTemplates.forEach((template, index) =>
        s.outbox.run(eventIds[index], tillId, ++seq, template.type, template.payload, template.type === 'order.changed' ? orderId : null, now)
      )
      const entry = s.journal.run(now, tillId, journal.orders, journal.body, journal.hash, journal.hash).lastInsertRowid
      s.journalOrder.run(orderId, entry)
      s.salesLink.run(orderId, now, salesLink.body, salesLink.hash, salesLink.hash)
    })
    const start = performance.now()
    write()
    return performance.now() - start
  }
}

/**
 * The raw floor for `till`, writing the outbox rows, journal entry and sales-chain link of one
 * domain checkout run first (at `now`), copied for the floor to write too. It writes through the
 * till's own connection, so both share one page cache, as in the app.
 */
export async function floorLikeOneCheckout(till: Tillpoint, random: Random, sellable: readonly number[], now: number, timeZone: string) {
  await domainCheckout(till, random, sellable)
  const sqlite = till.sqlite
  const outbox = sqlite.prepare(`SELECT type, payload FROM outbox WHERE created_at = ? ORDER BY seq`).all(now) as Array<{ type: string; payload: string }>
  const journal = sqlite.prepare(`SELECT orders, body, hash FROM journal ORDER BY seq DESC LIMIT 1`).get() as JournalTemplate
  const salesLink = sqlite.prepare(`SELECT body, hash FROM sales_chain ORDER BY seq DESC LIMIT 1`).get() as SalesLinkTemplate
  return rawFloor(sqlite, timeZone, outbox, journal, salesLink)
}

/**
 * The checkout figures: `checkouts` domain checkouts, each followed by one raw floor write of the
 * same shape, interleaved so that both meet the same machine, page cache and WAL at the same moment.
 */
export async function checkoutFigures(
  till: Tillpoint,
  options: { random: Random; sellable: readonly number[]; clock: ManualClock; checkouts: number; timeZone: string }
): Promise<Figure[]> {
  const { random, sellable, clock, checkouts, timeZone } = options
  const floor = await floorLikeOneCheckout(till, random, sellable, clock.now(), timeZone)
  const domainTimes: number[] = []
  const floorTimes: number[] = []
  const rollupTimes = timeHook(till, 'statsRollupHook')
  for (let index = -5; index < checkouts; index++) {
    // Between two sales the app's event loop turns (timers such as the sync worker's nudge run), untimed.
    await new Promise((resolve) => setImmediate(resolve))
    clock.advance(20_000)
    const domain = await domainCheckout(till, random, sellable)
    clock.advance(20_000)
    const raw = floor(random, sellable, clock)
    if (index >= 0) {
      domainTimes.push(domain)
      floorTimes.push(raw)
    } else {
      rollupTimes.length = 0
    }
  }
  const domain = reported('checkout', 'checkout, 5 lines, through the domain (cart prepared)', domainTimes)
  const raw = reported('checkout', 'same rows, raw prepared statements (floor)', floorTimes)
  const ratio = domain.summary.median / raw.summary.median
  const rollup = reported('checkout', 'of which the stats rollups (their hook, inside the checkout)', rollupTimes)
  return [
    domain,
    rollup,
    raw,
    {
      group: 'checkout',
      name: 'domain / floor (ratio of medians; p95, p99 ratios shown)',
      summary: { samples: checkouts, median: ratio, p95: domain.summary.p95 / raw.summary.p95, p99: domain.summary.p99 / raw.summary.p99 },
      target: { on: 'ratio', limit: RATIO_LIMIT, unit: 'x', value: ratio, met: ratio <= RATIO_LIMIT }
    }
  ]
}

/** Times every run of the named command hook, inside the command's transaction. */
function timeHook(till: Tillpoint, name: string): number[] {
  const times: number[] = []
  till.context.commandHooks = till.context.commandHooks.map((hook) =>
    hook.name === name
      ? async (scope, emitted) => {
          const start = performance.now()
          await hook(scope, emitted)
          if (emitted.some((event) => event.name === 'order.changed')) times.push(performance.now() - start)
        }
      : hook
  )
  return times
}
