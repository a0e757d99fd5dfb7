import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PaymentInput } from '../../src/shared/payments'
import type { OrderDetail } from '../../src/shared/orders'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith } from '../support/sales'
import { readRollup, recomputeRollup } from '../support/stats-recompute'
import { decodeEscPos } from '../support/escpos-decode'
import { loadPrintableOrder } from '../../src/main/print/load-printable-order'
import { renderOrderEscPos, renderOrderHtml } from '../../src/main/print/render-documents'
import { formatMoney, formatRate } from '../../src/main/print/format'
import { PAPER_SIZES } from '../../src/shared/print'
import { soak } from '../support/soak'

/**
 * Issue 12, "Done when": random trade in currencies with 0, 2 and 3 decimals, both tax modes, both
 * tax roundings, cash rounding on and off, mixed rates, line and order discounts, quantity
 * promotions ("3 for a price" on Bread, "buy 2 get 1 free" on Soap, "any 4 food, 1 free" on the Food
 * category of Bread and Wine, which then competes with Bread's own rule; a line discount and a
 * promotion on one line), coupons (a percentage and an
 * amount), split tenders, deposits, partial and full returns (refunded by the default split or by
 * a random one the cashier chose within what each method paid) and cancellations. After every run:
 *   - each order's payments less refunds is what it holds: total less returns less what is still due
 *     (nothing on a cancelled order), and it never holds more than that;
 *   - the payment mix in Stats is the money that moved, by method (paid, refunded, rounding);
 *   - each order's and Stats' per-rate figures have net + tax = gross, and an order's rates add up
 *     to its total and tax;
 *   - cash moved is whole coins; the rollups equal a recomputation from the order tables;
 *   - every receipt layout (58 mm, 80 mm, A4 HTML, ESC/POS at 32 and 48 columns) prints the order's
 *     summary per rate (rate, net, tax, gross).
 */
const CURRENCIES = [
  { currency: 'JPY', digits: 0, step: 0 },
  { currency: 'EUR', digits: 2, step: 0 },
  { currency: 'CHF', digits: 2, step: 5 },
  { currency: 'KWD', digits: 3, step: 0 },
  { currency: 'SEK', digits: 2, step: 100 }
] as const
const TIME_ZONE = 'Europe/Berlin'
const FOOD_RULE = 'Any 4 food, 1 free'
/** Prices in minor units, each at another rate: the cart mixes them. */
const PRODUCTS = [
  { name: 'Bread', price: 455, taxRateBp: 700, category: 'Food' },
  { name: 'Wine', price: 1299, taxRateBp: 1900, category: 'Food' },
  { name: 'Book', price: 2001, taxRateBp: 0, category: 'Books' },
  { name: 'Soap', price: 333, taxRateBp: 2500, category: 'Bath' }
] as const

type Tender = 'cash' | 'card' | 'split' | 'deposit' | 'none'
/** A cashier's split, drawn: the order the methods are filled in and how much of its room each but the last takes (per mille). */
interface ChosenSplit {
  order: RefundMethod[]
  shares: number[]
}
type RefundMethod = 'cash' | 'card' | 'other'
const REFUND_METHODS: readonly RefundMethod[] = ['cash', 'card', 'other']
type Op =
  | {
      kind: 'sell'
      orderKind: 'counter' | 'pickup'
      lines: Array<{ product: number; quantity: number; discount: number }>
      orderDiscount: number
      coupon: 'PCT10' | 'OFF3' | null
      tender: Tender
      overpay: number
    }
  | { kind: 'cancel'; pick: number }
  | { kind: 'return'; pick: number; line: number; quantity: number; all: boolean; split: 'default' | ChosenSplit }
  | { kind: 'pay'; pick: number; method: 'cash' | 'card' }
  | { kind: 'wait'; minutes: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sell' as const),
      orderKind: fc.constantFrom('counter' as const, 'pickup' as const),
      lines: fc.array(
        fc.record({ product: fc.nat(PRODUCTS.length - 1), quantity: fc.integer({ min: 1, max: 5 }), discount: fc.constantFrom(0, 0, 1500, 3333) }),
        { minLength: 1, maxLength: 4 }
      ),
      orderDiscount: fc.constantFrom(0, 0, 500, 2500),
      coupon: fc.constantFrom(null, null, 'PCT10' as const, 'OFF3' as const),
      tender: fc.constantFrom<Tender>('cash', 'card', 'split', 'deposit', 'none'),
      overpay: fc.constantFrom(0, 0, 7, 1000)
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('return' as const),
      pick: fc.nat(),
      line: fc.nat(),
      quantity: fc.integer({ min: 1, max: 5 }),
      all: fc.boolean(),
      split: fc.oneof(
        fc.constant('default' as const),
        fc.record({
          order: fc.shuffledSubarray([...REFUND_METHODS], { minLength: 3, maxLength: 3 }),
          shares: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 2 })
        })
      )
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pay' as const), pick: fc.nat(), method: fc.constantFrom('cash' as const, 'card' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 30 * 60 }) }) }
)

/** Cash paid with extra handed over in real money: notes and coins of the shop's smallest step. */
function cash(amount: number, overpay: number, step: number): PaymentInput {
  const coin = Math.max(1, step)
  return overpay > 0 ? { method: 'cash', amount, tendered: Math.ceil((amount + overpay * 100) / coin) * coin } : { method: 'cash', amount }
}

function tenders(tender: Tender, total: number, orderKind: 'counter' | 'pickup', overpay: number, step: number): PaymentInput[] {
  const card = (amount: number): PaymentInput => ({ method: 'card', amount, reference: 'T-1' })
  if (total === 0) return []
  const counter = orderKind === 'counter'
  switch (tender) {
    case 'card':
      return [card(total)]
    case 'split':
      return total > 1 ? [card(Math.ceil(total / 3)), cash(total - Math.ceil(total / 3), overpay, step)] : [cash(total, overpay, step)]
    case 'deposit':
      return counter || total < 2 ? [cash(total, overpay, step)] : [card(Math.floor(total / 2))]
    case 'none':
      return counter ? [card(total)] : []
    case 'cash':
      return [cash(total, overpay, step)]
  }
}

/**
 * A split of `refund` within what each method holds, as the drawn split asks: the methods are filled
 * in its order, each taking its share of the room it has, but never so little that the methods after
 * it could not hold the rest. The refund is never more than the order holds, so the split always adds up.
 */
function splitWithin(refund: number, held: Record<RefundMethod, number>, chosen: ChosenSplit): Array<{ method: RefundMethod; amount: number }> {
  const room = (method: RefundMethod) => Math.max(0, held[method])
  let left = refund
  return chosen.order
    .map((method, index) => {
      const later = chosen.order.slice(index + 1).reduce((sum, next) => sum + room(next), 0)
      const least = Math.max(0, left - later)
      const most = Math.min(left, room(method))
      const amount = index === chosen.order.length - 1 ? left : least + Math.floor(((most - least) * chosen.shares[index]!) / 1000)
      left -= amount
      return { method, amount }
    })
    .filter((part) => part.amount > 0)
}

/**
 * Three for 10 with a coupon, paid part card and part cash, then returned whole by a cashier's split
 * (cash first, half of it); and three wines with a line discount and one bread, which only the Food
 * category's rule covers, returned in part.
 */
const ALWAYS_DRAWN: Op[] = [
  { kind: 'sell', orderKind: 'counter', lines: [{ product: 0, quantity: 3, discount: 0 }], orderDiscount: 0, coupon: 'PCT10', tender: 'split', overpay: 0 },
  { kind: 'return', pick: 0, line: 0, quantity: 3, all: true, split: { order: ['cash', 'card', 'other'], shares: [500, 1000] } },
  {
    kind: 'sell',
    orderKind: 'counter',
    lines: [
      { product: 1, quantity: 3, discount: 1500 },
      { product: 0, quantity: 1, discount: 0 }
    ],
    orderDiscount: 0,
    coupon: null,
    tender: 'card',
    overpay: 0
  },
  { kind: 'return', pick: 1, line: 0, quantity: 2, all: false, split: 'default' }
]

/** What the runs went through, so the test fails if the cases it names were never drawn. */
const seen = { promotion: 0, categoryPromotion: 0, discountedPromotion: 0, coupon: 0, chosenSplit: 0 }

async function apply(till: TestTill, variants: readonly SeededVariant[], orders: number[], op: Op, step: number): Promise<void> {
  const pick = (index: number) => orders[index % Math.max(1, orders.length)]
  switch (op.kind) {
    case 'sell': {
      const cart = await cartWith(
        till,
        op.lines.map((line) => ({ variantId: variants[line.product]!.variantId, quantity: line.quantity }))
      )
      for (const [index, line] of cart.lines.entries()) {
        const discount = op.lines.find((wanted) => variants[wanted.product]!.variantId === line.variantId)?.discount ?? 0
        if (discount > 0 && index % 2 === 0)
          await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: line.id, discount: { kind: 'percent', value: discount } })
      }
      if (op.orderDiscount > 0) await till.ok('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'percent', value: op.orderDiscount } })
      if (op.coupon) await till.ok('cart.applyCoupon', { cartId: cart.id, code: op.coupon })
      const { totals } = await till.ok('cart.get', { cartId: cart.id })
      const order = await till.ok('cart.checkout', {
        cartId: cart.id,
        kind: op.orderKind,
        payments: tenders(op.tender, totals.total, op.orderKind, op.overpay, step)
      })
      expect(order.total).toBe(totals.total)
      orders.push(order.id)
      return
    }
    case 'cancel': {
      const orderId = pick(op.pick)
      if (orderId) await till.call('orders.cancel', { orderId })
      return
    }
    case 'return': {
      const orderId = pick(op.pick)
      if (!orderId) return
      const order = await till.ok('orders.get', { orderId })
      const open = order.lines.filter((line) => line.quantity > line.quantityReturned)
      if (open.length === 0) return
      const lines = op.all
        ? open.map((line) => ({ orderLineId: line.id, quantity: line.quantity - line.quantityReturned, damaged: false }))
        : [open[op.line % open.length]!].map((line) => ({
            orderLineId: line.id,
            quantity: 1 + ((op.quantity - 1) % (line.quantity - line.quantityReturned)),
            damaged: false
          }))
      if (op.split === 'default') {
        await till.call('orders.return', { orderId, lines })
        return
      }
      // The cashier's own split: asked with an empty split, the refusal says what goes back and what
      // each method holds (and writes nothing); then given as drawn, within what each method paid.
      const asked = await till.call('orders.return', { orderId, lines, refundSplit: [] })
      if (asked.ok || asked.error.code !== 'REFUND_SPLIT_INVALID') return
      const { refund, heldCash, heldCard, heldOther } = asked.error.details as { refund: number; heldCash: number; heldCard: number; heldOther: number }
      const held = { cash: heldCash, card: heldCard, other: heldOther }
      expect(
        REFUND_METHODS.reduce((sum, method) => sum + Math.max(0, held[method]), 0),
        'a return never pays back more than is held'
      ).toBeGreaterThanOrEqual(refund)
      const refundSplit = splitWithin(refund, held, op.split)
      const done = await till.call('orders.return', { orderId, lines, refundSplit })
      expect(done.ok, `a split within what each method paid is taken: ${JSON.stringify(done)}`).toBe(true)
      if (refundSplit.length > 0) seen.chosenSplit++
      return
    }
    case 'pay': {
      const orderId = pick(op.pick)
      if (!orderId) return
      const order = await till.ok('orders.get', { orderId })
      if (order.amountDue > 0) {
        const payment: PaymentInput =
          op.method === 'card' ? { method: 'card', amount: order.amountDue, reference: 'T-2' } : { method: 'cash', amount: order.amountDue }
        await till.call('orders.pay', { orderId, payments: [payment] })
      }
      return
    }
    case 'wait':
      till.clock.advance(op.minutes * 60_000)
      return
  }
}

function moved(order: OrderDetail) {
  const paid = order.payments.filter((payment) => payment.kind === 'payment').reduce((sum, payment) => sum + payment.amount, 0)
  const refunded = order.payments.filter((payment) => payment.kind === 'refund').reduce((sum, payment) => sum + payment.amount, 0)
  return paid - refunded
}

function checkOrder(order: OrderDetail, step: number): void {
  const held = moved(order)
  const owed = order.status === 'cancelled' ? 0 : order.total - order.returnedTotal
  expect(held, `order ${order.id} holds what it is owed less what is due`).toBe(owed - order.amountDue)
  expect(held).toBeGreaterThanOrEqual(0)
  expect(order.amountDue).toBeGreaterThanOrEqual(0)
  for (const rate of order.taxByRate) expect(rate.net + rate.tax, `order ${order.id} rate ${rate.rateBp}`).toBe(rate.gross)
  expect(order.taxByRate.reduce((sum, rate) => sum + rate.gross, 0)).toBe(order.total)
  expect(order.taxByRate.reduce((sum, rate) => sum + rate.tax, 0)).toBe(order.taxTotal)
  expect(order.promotionDiscountTotal).toBe(order.lines.reduce((sum, line) => sum + line.promotionDiscount, 0))
  for (const line of order.lines) {
    expect(line.net).toBe(line.gross - line.lineDiscount - line.promotionDiscount - line.orderDiscount - line.couponDiscount)
    // A promotion takes off at most what is left after the line's own discount, and is named.
    if (line.promotionDiscount > 0) expect(line.promotionName).not.toBe('')
    expect(line.promotionDiscount).toBeLessThanOrEqual(line.gross - line.lineDiscount)
  }
  for (const payment of order.payments) {
    if (payment.method !== 'cash') expect(payment.rounding).toBe(0)
    else if (step > 1) expect((payment.amount + payment.rounding) % step, `cash of payment ${payment.id} is whole coins`).toBe(0)
    if (payment.change !== null && step > 1) expect(payment.change % step).toBe(0)
  }
  const rounding = order.payments.reduce((sum, payment) => sum + (payment.kind === 'payment' ? payment.rounding : -payment.rounding), 0)
  expect(order.roundingTotal).toBe(rounding)
}

/** The receipt of the order in every layout carries one row per rate, with its net, tax and gross. */
async function checkReceipts(till: TestTill, order: OrderDetail): Promise<void> {
  const printable = await loadPrintableOrder(till.context.db, order.id)
  expect(printable.taxRates).toEqual(order.taxByRate)
  for (const paper of PAPER_SIZES) {
    const html = await renderOrderHtml(printable, 'receipt', paper, false)
    for (const line of order.lines) if (line.promotionDiscount > 0) expect(html, `${paper} receipt names the promotion`).toContain(line.promotionName)
    const table = /<table class="tax-rates" data-tax-rates>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? ''
    expect(table.match(/<tr>/g)?.length ?? 0, `${paper} receipt of order ${order.id}: a row per rate and the heading`).toBe(
      order.taxByRate.length + (order.taxByRate.length > 0 ? 1 : 0)
    )
    for (const rate of order.taxByRate) {
      for (const amount of [rate.net, rate.tax, rate.gross]) expect(table).toContain(formatMoney(amount, printable))
      expect(table).toContain(formatRate(rate.rateBp, printable.locale))
    }
    const thermal = decodeEscPos(renderOrderEscPos(printable, 'receipt', { paper, codePage: 'cp858' }, { reprint: false, openDrawer: false }))
    const text = thermal.lines.join('\n')
    for (const rate of order.taxByRate) expect(text, `${paper} thermal receipt of order ${order.id}`).toContain(formatRate(rate.rateBp, printable.locale))
  }
}

describe('money adds up in every case (issue 12)', () => {
  it('payments less refunds = what each order holds, the payment mix = money moved by method, per-rate net + tax = gross, stats = recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom('inclusive' as const, 'exclusive' as const),
        fc.constantFrom('line' as const, 'rate' as const),
        fc.array(opArb, { minLength: 1, maxLength: 25 }),
        async (money, taxMode, taxRounding, ops) => {
          const till = openTestTill()
          try {
            await till.ok('settings.update', {
              currency: money.currency,
              timeZone: TIME_ZONE,
              taxMode,
              taxRounding,
              cashRoundingStep: money.step,
              cashRoundingRule: 'nearest'
            })
            const variants = await seedProducts(
              till.context,
              PRODUCTS.map((product) => ({ ...product, stock: 10_000 }))
            )
            const [bread, , , soap] = variants as [SeededVariant, SeededVariant, SeededVariant, SeededVariant]
            await till.ok('promotions.create', { name: '3 for 10', productId: bread.productId, kind: 'multi_price', quantity: 3, price: 1000 })
            await till.ok('promotions.create', { name: 'Buy 2 get 1', productId: soap.productId, kind: 'buy_get', quantity: 2, freeQuantity: 1 })
            await till.ok('promotions.create', { name: FOOD_RULE, category: 'Food', kind: 'buy_get', quantity: 3, freeQuantity: 1 })
            await till.ok('coupons.create', { code: 'PCT10', kind: 'percent', value: 1000 })
            await till.ok('coupons.create', { code: 'OFF3', kind: 'amount', value: 300 })
            const orders: number[] = []
            for (const op of ops) await apply(till, variants, orders, op, money.step)

            const details = await Promise.all(orders.map((orderId) => till.ok('orders.get', { orderId })))
            for (const order of details) {
              if (order.promotionDiscountTotal > 0) seen.promotion++
              if (order.lines.some((line) => line.promotionName === FOOD_RULE && line.promotionDiscount > 0)) seen.categoryPromotion++
              if (order.lines.some((line) => line.promotionDiscount > 0 && line.lineDiscount > 0)) seen.discountedPromotion++
              if (order.couponDiscountTotal > 0) seen.coupon++
              expect(order.currency).toBe(money.currency)
              checkOrder(order, money.step)
              await checkReceipts(till, order)
            }

            // The payment mix over the whole run is the money that moved, by method.
            const days = [...new Set(details.flatMap((order) => order.payments.map((payment) => payment.businessDay)))].sort()
            if (days.length > 0) {
              const stats = await till.ok('stats.overview', { from: days[0]!, to: days[days.length - 1]! })
              expect(stats.currency).toBe(money.currency)
              const byMethod = new Map<string, { paid: number; refunded: number; rounding: number }>()
              for (const payment of details.flatMap((order) => order.payments)) {
                const figure = byMethod.get(payment.method) ?? { paid: 0, refunded: 0, rounding: 0 }
                if (payment.kind === 'payment') {
                  figure.paid += payment.amount
                  figure.rounding += payment.rounding
                } else {
                  figure.refunded += payment.amount
                  figure.rounding -= payment.rounding
                }
                byMethod.set(payment.method, figure)
              }
              const mix = Object.fromEntries(
                stats.paymentMix.map((share) => [share.method, { paid: share.paid, refunded: share.refunded, rounding: share.rounding }])
              )
              const expected = Object.fromEntries([...byMethod].filter(([, figure]) => figure.paid !== 0 || figure.refunded !== 0 || figure.rounding !== 0))
              expect(
                Object.fromEntries(Object.entries(mix).filter(([, figure]) => figure.paid !== 0 || figure.refunded !== 0 || figure.rounding !== 0))
              ).toEqual(expected)
              for (const share of stats.paymentMix) expect(share.net).toBe(share.paid - share.refunded)
              expect(stats.summary.cashRounding).toBe(byMethod.get('cash')?.rounding ?? 0)
              for (const rate of stats.taxByRate) expect(rate.net + rate.tax, `stats rate ${rate.rateBp}`).toBe(rate.gross)
            }

            expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, TIME_ZONE))
            expect(till.logged).toEqual([])
          } finally {
            await till.cleanup()
          }
        }
      ),
      // A third of the cases in the everyday run; all of them under `npm run test:soak`. The example
      // is always run as well: a promotion, a coupon and a chosen split, whatever the random cases draw.
      { numRuns: soak(8, 25), examples: [[CURRENCIES[1], 'inclusive', 'line', ALWAYS_DRAWN]] }
    )
    expect(seen.promotion, 'orders a promotion priced').toBeGreaterThan(0)
    expect(seen.categoryPromotion, 'orders the category rule priced').toBeGreaterThan(0)
    expect(seen.discountedPromotion, 'lines with a line discount and a promotion').toBeGreaterThan(0)
    expect(seen.coupon, 'orders a coupon took off').toBeGreaterThan(0)
    expect(seen.chosenSplit, 'returns refunded by a chosen split').toBeGreaterThan(0)
  }, 300_000)
})
