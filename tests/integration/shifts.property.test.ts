import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith } from '../support/sales'
import { recomputeShift } from '../support/shift-recompute'
import { soak } from '../support/soak'

type Op =
  | {
      kind: 'sell'
      orderKind: 'counter' | 'pickup'
      lines: Array<{ product: number; quantity: number }>
      payment: 'cash' | 'split' | 'card' | 'none' | 'part'
      extra: number
      discount: number
    }
  | { kind: 'cancel'; pick: number }
  | { kind: 'return'; pick: number; line: number; quantity: number; cash: boolean }
  | { kind: 'pay'; pick: number; cash: boolean }
  | { kind: 'deliver'; pick: number }
  | { kind: 'cash'; direction: 'paid_in' | 'paid_out'; amount: number }
  | { kind: 'noSale' }
  | { kind: 'close'; off: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sell' as const),
      orderKind: fc.constantFrom('counter' as const, 'pickup' as const),
      lines: fc.array(fc.record({ product: fc.nat(3), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }),
      payment: fc.constantFrom('cash' as const, 'split' as const, 'card' as const, 'none' as const, 'part' as const),
      extra: fc.constantFrom(0, 0, 1, 45, 2000),
      discount: fc.constantFrom(0, 0, 1000, 2500)
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('return' as const), pick: fc.nat(), line: fc.nat(), quantity: fc.integer({ min: 1, max: 4 }), cash: fc.boolean() })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pay' as const), pick: fc.nat(), cash: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cash' as const),
      direction: fc.constantFrom('paid_in' as const, 'paid_out' as const),
      amount: fc.integer({ min: 1, max: 50_000 })
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('noSale' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), off: fc.integer({ min: -3000, max: 3000 }) }) }
)

async function apply(till: TestTill, variants: readonly SeededVariant[], orders: number[], op: Op): Promise<void> {
  const pick = (index: number) => orders[index % Math.max(1, orders.length)]
  switch (op.kind) {
    case 'sell': {
      const cart = await cartWith(
        till,
        op.lines.map((line) => ({ variantId: variants[line.product]!.variantId, quantity: line.quantity }))
      )
      if (op.discount > 0) await till.ok('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'percent', value: op.discount } })
      const { total } = (await till.ok('cart.get', { cartId: cart.id })).totals
      const cash = (amount: number) => ({ method: 'cash' as const, amount, tendered: amount + op.extra })
      const payment = op.orderKind === 'counter' && (op.payment === 'none' || op.payment === 'part') ? 'cash' : op.payment
      const payments =
        payment === 'cash'
          ? [cash(total)]
          : payment === 'card'
            ? [{ method: 'card' as const, amount: total, reference: 'T' }]
            : payment === 'split' && total > 1
              ? [{ method: 'card' as const, amount: 1, reference: 'T' }, cash(total - 1)]
              : payment === 'part' && total > 1
                ? [cash(Math.floor(total / 2))]
                : payment === 'split'
                  ? [cash(total)]
                  : []
      orders.push((await till.ok('cart.checkout', { cartId: cart.id, kind: op.orderKind, payments })).id)
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
      const line = order.lines[op.line % order.lines.length]!
      const left = line.quantity - line.quantityReturned
      if (left === 0) return
      await till.call('orders.return', {
        orderId,
        lines: [{ orderLineId: line.id, quantity: 1 + ((op.quantity - 1) % left), damaged: false }],
        ...(op.cash ? { refundMethod: 'cash' as const } : {})
      })
      return
    }
    case 'pay': {
      const orderId = pick(op.pick)
      if (!orderId) return
      const order = await till.ok('orders.get', { orderId })
      if (order.amountDue <= 0) return
      const payment = op.cash
        ? { method: 'cash' as const, amount: order.amountDue, tendered: order.amountDue + 5 }
        : { method: 'other' as const, amount: order.amountDue, note: 'Voucher' }
      await till.call('orders.pay', { orderId, payments: [payment] })
      return
    }
    case 'deliver': {
      const orderId = pick(op.pick)
      if (orderId) for (const status of ['confirmed', 'processing', 'shipped'] as const) await till.call('orders.setStatus', { orderId, status })
      return
    }
    case 'cash':
      await till.ok('shifts.payInOut', { kind: op.direction, amount: op.amount, reason: 'test', drawerShortConfirmed: true })
      return
    case 'noSale':
      await till.ok('shifts.noSale', {})
      return
    case 'close': {
      const x = await till.ok('shifts.xReport')
      await checkShift(till, x.shiftId, x)
      const counted = Math.max(0, x.cash.expected + op.off)
      await till.ok('shifts.count', { count: { total: counted } })
      const z = await till.ok('shifts.close', { reason: 'property test', keepOpenCarts: true })
      expect(z.overShort).toBe(counted - x.cash.expected)
      await checkShift(till, z.shiftId, z)
      await till.ok('shifts.open', { float: { total: op.off > 0 ? op.off : 0 } })
      return
    }
  }
}

/** The figures equal a recomputation from the shift's rows; the cash is float + cash in − cash out. */
async function checkShift(till: TestTill, shiftId: number, figures: object): Promise<void> {
  const recomputed = await recomputeShift(till.context.db, shiftId)
  expect(figures).toMatchObject(recomputed)
  const db = till.context.db
  const shift = await db.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirstOrThrow()
  const cash = await db.selectFrom('payments').select(['kind', 'amount']).where('shift_id', '=', shiftId).where('method', '=', 'cash').execute()
  const movements = await db.selectFrom('shift_cash_movements').select(['kind', 'amount']).where('shift_id', '=', shiftId).execute()
  const cashIn =
    cash.filter((p) => p.kind === 'payment').reduce((sum, p) => sum + p.amount, 0) +
    movements.filter((m) => m.kind === 'paid_in').reduce((sum, m) => sum + m.amount, 0)
  const cashOut =
    cash.filter((p) => p.kind === 'refund').reduce((sum, p) => sum + p.amount, 0) +
    movements.filter((m) => m.kind === 'paid_out').reduce((sum, m) => sum + m.amount, 0)
  expect((figures as { cash: { expected: number } }).cash.expected).toBe(shift.float_amount + cashIn - cashOut)
}

describe('shift figures', () => {
  it('equal a recomputation from the rows after any sequence of sales, split tenders, refunds, cancels, paid in/out and closes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('inclusive' as const, 'exclusive' as const),
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(opArb, { minLength: 1, maxLength: 30 }),
        async (taxMode, float, ops) => {
          const till = openTestTill()
          try {
            await till.ok('settings.update', { taxMode })
            const variants = await seedProducts(till.context, [
              { name: 'Tea', price: 455, stock: 10_000, taxRateBp: 1000 },
              { name: 'Mug', price: 1299, stock: 10_000, taxRateBp: 2000 },
              { name: 'Cake', price: 333, stock: 10_000, taxRateBp: 550 },
              { name: 'Card', price: 199, stock: 10_000 }
            ])
            await till.ok('shifts.open', { float: { total: float } })
            const orders: number[] = []
            for (const op of ops) {
              await apply(till, variants, orders, op)
              till.clock.advance(60_000)
            }
            const x = await till.ok('shifts.xReport')
            await checkShift(till, x.shiftId, x)
            // Every row of the sequence sits in exactly one shift.
            for (const table of ['orders', 'payments', 'order_returns', 'order_events'] as const) {
              const unplaced = await till.context.db.selectFrom(table).select('id').where('shift_id', 'is', null).execute()
              expect(unplaced).toEqual([])
            }
            const numbers = (await till.context.db.selectFrom('z_reports').select('number').orderBy('number').execute()).map((row) => row.number)
            expect(numbers).toEqual(numbers.map((_, index) => index + 1))
          } finally {
            await till.cleanup()
          }
        }
      ),
      // A third of the cases in the everyday run; all of them under `npm run test:soak`.
      { numRuns: soak(8, 25) }
    )
  }, 240_000)
})
