import type BetterSqlite3 from 'better-sqlite3'
import { nextBusinessDay, startOfBusinessDay } from '../src/shared/business-day'
import { formatOrderNumber, paymentStateOf } from '../src/main/orders/order-rows'
import { returnValue } from '../src/shared/refunds'
import { priceCart } from '../src/main/pricing/totals'
import { pick, zipfSampler, type Random } from './data-shape'

export interface Variant {
  id: number
  productId: number
  name: string
  sku: string
  price: number
  taxRateBp: number
}

export interface Customer {
  id: number
  name: string
  phone: string
}

export interface OrderPlan {
  orders: number
  firstDay: string
  days: number
  timeZone: string
}

const DAY_MS = 86_400_000
const OPEN_MS = 8 * 3_600_000
const OPEN_HOURS_MS = 12 * 3_600_000
const BATCH = 25_000
const ACTOR = 'owner'

/** Orders per day: busier at weekends, and the whole count spread exactly over the days. */
function ordersPerDay(plan: OrderPlan): number[] {
  const weights = Array.from({ length: plan.days }, (_, index) => {
    const weekday = new Date(Date.parse(`${plan.firstDay}T00:00:00Z`) + index * DAY_MS).getUTCDay()
    return weekday === 0 || weekday === 6 ? 1.4 : 1
  })
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const counts = weights.map((weight) => Math.floor((plan.orders * weight) / total))
  let left = plan.orders - counts.reduce((sum, count) => sum + count, 0)
  for (let index = counts.length - 1; left > 0; index--, left--) counts[index]! += 1
  return counts
}

function statements(sqlite: BetterSqlite3.Database) {
  return {
    order: sqlite.prepare(`INSERT INTO orders (id, sequence, number, kind, status, payment_state, customer_id, customer_name, customer_phone,
      customer_email, delivery_address, note, coupon_id, coupon_code, tax_mode, currency, item_count, subtotal, line_discount_total,
      order_discount_total, coupon_discount_total, tax_total, total, paid_total, refunded_total, returned_total, business_day, created_by, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', NULL, '', 'inclusive', 'GBP', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, '${ACTOR}', ?, ?)`),
    line: sqlite.prepare(`INSERT INTO order_lines (id, order_id, position, variant_id, product_id, name, sku, variant_label, unit_price, tax_rate_bp,
      quantity, quantity_returned, gross, line_discount, order_discount, coupon_discount, net, tax, total)
      VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`),
    payment:
      sqlite.prepare(`INSERT INTO payments (order_id, kind, method, amount, tendered, change_given, card_reference, card_last_four, note, business_day, actor_id, created_at, currency)
      VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '', ?, '${ACTOR}', ?, 'GBP')`),
    event: sqlite.prepare(`INSERT INTO order_events (order_id, change, from_status, to_status, actor_id, actor_name, note, created_at)
      VALUES (?, ?, ?, ?, '${ACTOR}', 'Owner', '', ?)`),
    returned:
      sqlite.prepare(`INSERT INTO order_returns (order_id, order_line_id, quantity, damaged, refund_amount, value, tax, payment_id, business_day, actor_id, created_at)
      VALUES (?, ?, 1, 0, ?, ?, ?, ?, ?, '${ACTOR}', ?)`),
    fts: sqlite.prepare(`INSERT INTO orders_fts (rowid, number, customer, products) VALUES (?, ?, ?, ?)`)
  }
}

type Status = 'pending' | 'confirmed' | 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'returned'

/**
 * The order history: counter sales (four in five, paid and handed over), pickups and deliveries
 * (most delivered, some cancelled, the last days' still open), a few returns and cancellations with
 * their refunds, each with its lines, payments, history and text index row. The stock movements of
 * past sales are left out: no figure the bench times reads them, and they would double the build.
 */
export function writeOrders(sqlite: BetterSqlite3.Database, random: Random, plan: OrderPlan, variants: readonly Variant[], customers: readonly Customer[]) {
  const sql = statements(sqlite)
  const nextProduct = zipfSampler(random, variants.length)
  const perDay = ordersPerDay(plan)
  let orderId = 0
  let lineId = 0
  let lastOrderAt = 0
  const write = (day: string, count: number, daysLeft: number) => {
    const opens = startOfBusinessDay(day, plan.timeZone) + OPEN_MS
    for (let i = 0; i < count; i++) {
      orderId += 1
      const at = opens + Math.floor((OPEN_HOURS_MS * i) / count) + Math.floor(random() * 1000)
      lastOrderAt = at
      const roll = random()
      const kind = roll < 0.8 ? 'counter' : roll < 0.92 ? 'pickup' : 'delivery'
      const customer = kind !== 'counter' || random() < 0.1 ? pick(random, customers) : null
      const status = statusOf(random, kind, daysLeft)
      const lineCount = 1 + Math.floor(random() * 5)
      const chosen = new Map<number, { variant: Variant; quantity: number }>()
      for (let n = 0; n < lineCount; n++) {
        const variant = variants[nextProduct()]!
        const seen = chosen.get(variant.id)
        if (seen) seen.quantity += 1
        else chosen.set(variant.id, { variant, quantity: 1 + (random() < 0.2 ? 1 : 0) })
      }
      const items = [...chosen.values()]
      const priced = priceCart({
        taxMode: 'inclusive',
        taxRounding: 'line',
        lines: items.map(({ variant, quantity }) => ({ unitPrice: variant.price, quantity, taxRateBp: variant.taxRateBp, discount: null })),
        orderDiscount: random() < 0.08 ? { kind: 'percent', value: 1000 } : null,
        coupon: null
      })
      const totals = priced.totals
      const paid = status === 'pending' || status === 'delivered' || status === 'returned' || status === 'shipped' || random() < 0.5 ? totals.total : 0
      const returnLine = status === 'returned' ? 0 : -1
      const valueOfReturn = returnLine === 0 ? returnValue(priced.lines[0]!.total, items[0]!.quantity, 0, 1) : 0
      const refundOfReturn = Math.min(paid, valueOfReturn)
      const refunded = status === 'cancelled' ? paid : refundOfReturn
      const number = formatOrderNumber('A', orderId)
      sql.order.run(
        orderId,
        orderId,
        number,
        kind,
        status,
        paymentStateOf(totals.total, paid, refunded, valueOfReturn),
        customer?.id ?? null,
        customer?.name ?? '',
        customer?.phone ?? '',
        kind === 'delivery' ? `${customer?.id ?? 0} High Street` : '',
        totals.itemCount,
        totals.subtotal,
        totals.lineDiscountTotal,
        totals.orderDiscountTotal,
        totals.taxTotal,
        totals.total,
        paid,
        refunded,
        valueOfReturn,
        day,
        at,
        at
      )
      items.forEach(({ variant, quantity }, index) => {
        const line = priced.lines[index]!
        lineId += 1
        sql.line.run(
          lineId,
          orderId,
          index + 1,
          variant.id,
          variant.productId,
          variant.name,
          variant.sku,
          variant.price,
          variant.taxRateBp,
          quantity,
          index === returnLine ? 1 : 0,
          line.gross,
          line.lineDiscount,
          line.orderDiscount,
          line.net,
          line.tax,
          line.total
        )
      })
      let paymentId: number | bigint | null = null
      if (paid > 0) {
        const method = pick(random, ['cash', 'cash', 'card', 'card', 'card', 'other'] as const)
        paymentId = sql.payment.run(
          orderId,
          'payment',
          method,
          paid,
          method === 'cash' ? paid : null,
          method === 'cash' ? 0 : null,
          method === 'card' ? 'AUTH' : '',
          day,
          at
        ).lastInsertRowid
        if (refunded > 0)
          paymentId = sql.payment.run(orderId, 'refund', method, refunded, null, null, method === 'card' ? 'AUTH' : '', day, at + 60_000).lastInsertRowid
      }
      sql.event.run(orderId, 'created', null, 'pending', at)
      if (status === 'returned') {
        sql.event.run(orderId, 'status', 'pending', 'delivered', at)
        sql.event.run(orderId, 'return', 'delivered', 'returned', at + 60_000)
        const returnTax = returnValue(priced.lines[0]!.tax, items[0]!.quantity, 0, 1)
        sql.returned.run(orderId, lineId - items.length + 1, refundOfReturn, valueOfReturn, returnTax, refunded > 0 ? paymentId : null, day, at + 60_000)
      } else if (status !== 'pending') {
        sql.event.run(orderId, 'status', 'pending', status, at)
      }
      sql.fts.run(
        orderId,
        `${number} ${orderId}`,
        customer ? `${customer.name} ${customer.phone} ${customer.phone.replace(/\D/g, '')}` : '',
        items.map(({ variant }) => `${variant.name}  ${variant.sku}`).join(' ')
      )
    }
  }
  let day = plan.firstDay
  let pending: Array<[string, number, number]> = []
  let batched = 0
  for (let index = 0; index < perDay.length; index++, day = nextBusinessDay(day)) {
    pending.push([day, perDay[index]!, perDay.length - 1 - index])
    batched += perDay[index]!
    if (batched >= BATCH || index === perDay.length - 1) {
      sqlite.transaction(() => {
        for (const [batchDay, count, daysLeft] of pending) write(batchDay, count, daysLeft)
      })()
      pending = []
      batched = 0
    }
  }
  sqlite.prepare('UPDATE order_counter SET last_sequence = ? WHERE id = 1').run(orderId)
  return { lastOrderAt, lines: lineId }
}

/** Counter sales end delivered (a few come back); the last three days' pickups and deliveries are still under way. */
function statusOf(random: Random, kind: string, daysLeft: number): Status {
  const roll = random()
  if (kind === 'counter') return roll < 0.02 ? 'returned' : 'delivered'
  if (daysLeft < 3) return pick(random, ['pending', 'confirmed', 'processing', 'shipped'] as const)
  return roll < 0.85 ? 'delivered' : roll < 0.95 ? 'cancelled' : 'returned'
}
