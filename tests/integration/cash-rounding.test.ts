import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OrderDetail } from '../../src/shared/orders'
import { roundCash } from '../../src/shared/cash-rounding'
import { CASH_ROUNDING_RULES } from '../../src/shared/settings'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales } from '../support/sales'
import { recomputeShift } from '../support/shift-recompute'
import { readRollup, recomputeRollup } from '../support/stats-recompute'

let till: TestTill
let cheese: SeededVariant
let bread: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { currency: 'CHF', cashRoundingStep: 5, cashRoundingRule: 'nearest', taxMode: 'inclusive' })
  ;[cheese, bread] = (await seedProducts(till.context, [
    { name: 'Gruyère', price: 1002, stock: 100 },
    { name: 'Bread', price: 343, stock: 100 }
  ])) as [SeededVariant, SeededVariant]
  await till.ok('shifts.open', { float: { total: 100_00 } })
})
afterEach(async () => {
  if (till.logged.length) console.log(till.logged.join('\n'))
  await till.cleanup()
})

const cash = (order: OrderDetail) => order.payments.filter((payment) => payment.method === 'cash')

describe('cash rounded to the smallest coin, card never', () => {
  it('a CHF 10.02 sale paid in cash takes 10.00: the payment settles 10.02 with a rounding of −0.02, change from what was handed over', async () => {
    const sale = await sellAtCounter(till, [{ variantId: cheese.variantId }], (total) => [{ method: 'cash', amount: total, tendered: 20_00 }])
    expect(sale).toMatchObject({ total: 1002, paidTotal: 1002, amountDue: 0, paymentState: 'paid', roundingTotal: -2 })
    expect(cash(sale)).toMatchObject([{ amount: 1002, rounding: -2, tendered: 20_00, change: 10_00 }])
  })

  it('a card pays the exact amount; in a split only the cash part is rounded', async () => {
    const card = await sellAtCounter(till, [{ variantId: cheese.variantId }], (total) => [{ method: 'card', amount: total, reference: 'T1' }])
    expect(card.payments).toMatchObject([{ method: 'card', amount: 1002, rounding: 0 }])
    expect(card.roundingTotal).toBe(0)
    // 10.02 + 3.43 = 13.45: 10.02 on the card, the 3.43 in cash becomes 3.45
    const split = await sellAtCounter(till, [{ variantId: cheese.variantId }, { variantId: bread.variantId }], () => [
      { method: 'card', amount: 10_02, reference: 'T2' },
      { method: 'cash', amount: 3_43 }
    ])
    expect(split.payments.map(({ method, amount, rounding, tendered, change }) => ({ method, amount, rounding, tendered, change }))).toEqual([
      { method: 'card', amount: 10_02, rounding: 0, tendered: null, change: null },
      { method: 'cash', amount: 3_43, rounding: 2, tendered: 3_45, change: 0 }
    ])
  })

  it('refuses cash handed over below the rounded cash due, and writes nothing', async () => {
    const cart = await cartWith(till, [{ variantId: bread.variantId }])
    const before = await snapshotSales(till)
    // 3.43 in cash is 3.45 in coins: 3.44 does not cover it
    const refused = await till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 343, tendered: 344 }] })
    expect(refused.ok || refused.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'payments.0.tendered' }] })
    expect(await snapshotSales(till)).toEqual(before)
  })

  it('a full return of a rounded cash sale gives back the very cash it took, and the order, the drawer and the figures come back to zero', async () => {
    const sale = await sellAtCounter(till, [{ variantId: cheese.variantId }, { variantId: bread.variantId, quantity: 2 }])
    // 10.02 + 6.86 = 16.88 → 16.90 in cash
    expect(cash(sale)).toMatchObject([{ amount: 16_88, rounding: 2, tendered: 16_90, change: 0 }])
    const back = await till.ok('orders.return', { orderId: sale.id, lines: sale.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity })) })
    const refund = back.payments.find((payment) => payment.kind === 'refund')!
    expect(refund).toMatchObject({ method: 'cash', amount: 16_88, rounding: 2 })
    expect(back.roundingTotal).toBe(0)
    const x = await till.ok('shifts.xReport')
    expect(x.cash).toMatchObject({ float: 100_00, cashSales: 16_88, cashRefunds: 16_88, rounding: 0, expected: 100_00 })
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))
  })

  it('a partial return in cash rounds the cash given back on its own', async () => {
    const sale = await sellAtCounter(till, [{ variantId: cheese.variantId }, { variantId: bread.variantId }])
    const breadLine = sale.lines.find((line) => line.variantId === bread.variantId)!
    const back = await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: breadLine.id, quantity: 1 }] })
    const refund = back.payments.find((payment) => payment.kind === 'refund')!
    // 13.45 taken for 13.45; 3.43 back becomes 3.45 given
    expect(refund).toMatchObject({ method: 'cash', amount: 343, rounding: 2 })
    expect(back.roundingTotal).toBe(-2)
    const x = await till.ok('shifts.xReport')
    expect(x.cash).toMatchObject({ cashSales: 13_45, cashRefunds: 343, rounding: -2, expected: 100_00 + 13_45 - 345 })
  })

  it('the Z shows the cash rounding as its own line, and the lines add up to the expected cash', async () => {
    await sellAtCounter(till, [{ variantId: cheese.variantId }])
    await sellAtCounter(till, [{ variantId: bread.variantId }])
    await till.ok('shifts.count', { count: { total: 100_00 + 10_00 + 3_45 } })
    const z = await till.ok('shifts.close', { reason: '', keepOpenCarts: false })
    expect(z.cash).toMatchObject({ cashSales: 13_45, rounding: 0, expected: 113_45 })
    expect(z.overShort).toBe(0)
  })
})

describe('for every sale, refund and rounding rule, the cash settles exactly and the day adds up', () => {
  it('random carts, steps, rules, split tenders and returns: cash taken − rounding = amount settled, cash a whole number of coins, shift and stats equal a recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(5, 10, 25, 100),
        fc.constantFrom(...CASH_ROUNDING_RULES),
        fc.array(
          fc.record({
            cheese: fc.integer({ min: 0, max: 3 }),
            bread: fc.integer({ min: 1, max: 3 }),
            cardPart: fc.integer({ min: 0, max: 100 }),
            returnBread: fc.integer({ min: 0, max: 3 }),
            handedOverExtra: fc.integer({ min: 0, max: 4 })
          }),
          { minLength: 1, maxLength: 4 }
        ),
        async (step, rule, sales) => {
          await till.ok('settings.update', { cashRoundingStep: step, cashRoundingRule: rule })
          const setting = { cashRoundingStep: step, cashRoundingRule: rule }
          const shift = (await till.ok('shifts.state')).open!
          for (const plan of sales) {
            const lines = [
              { variantId: bread.variantId, quantity: plan.bread },
              ...(plan.cheese ? [{ variantId: cheese.variantId, quantity: plan.cheese }] : [])
            ]
            const sale = await sellAtCounter(till, lines, (total) => {
              const card = Math.floor((total * plan.cardPart) / 100)
              const inCash = total - card
              return [
                ...(card > 0 ? [{ method: 'card' as const, amount: card, reference: 'T' }] : []),
                ...(inCash > 0 ? [{ method: 'cash' as const, amount: inCash, tendered: roundCash(inCash, setting) + plan.handedOverExtra * step }] : [])
              ]
            })
            for (const payment of cash(sale)) {
              expect(payment.tendered! - payment.change! - payment.rounding).toBe(payment.amount)
              expect((payment.tendered! - payment.change!) % step).toBe(0)
              expect(payment.change! % step).toBe(0)
            }
            expect(sale.payments.filter((payment) => payment.method !== 'cash').every((payment) => payment.rounding === 0)).toBe(true)
            const breadLine = sale.lines.find((line) => line.variantId === bread.variantId)!
            const quantity = Math.min(plan.returnBread, breadLine.quantity)
            if (quantity > 0) {
              const back = await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: breadLine.id, quantity }] })
              for (const refund of back.payments.filter((payment) => payment.kind === 'refund' && payment.method === 'cash')) {
                expect((refund.amount + refund.rounding) % step).toBe(0)
              }
              const rounding = back.payments.reduce((sum, payment) => sum + (payment.kind === 'payment' ? payment.rounding : -payment.rounding), 0)
              expect(back.roundingTotal).toBe(rounding)
            }
          }
          const x = await till.ok('shifts.xReport')
          const { cash: recomputed } = await recomputeShift(till.context.db, shift.id)
          expect(x.cash).toEqual(recomputed)
          expect(x.cash.float + x.cash.cashSales - x.cash.cashRefunds + (x.cash.rounding ?? 0) + x.cash.paidIn - x.cash.paidOut).toBe(x.cash.expected)
          expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))
          const stats = await till.ok('stats.overview', {})
          const cashMix = stats.paymentMix.find((share) => share.method === 'cash')
          expect(stats.summary.cashRounding).toBe(cashMix?.rounding ?? 0)
        }
      ),
      { numRuns: 15 }
    )
  })
})
