import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rebuildStats } from '../../src/main/stats/rebuild-stats'
import type { Approval } from '../../src/shared/staff'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { readStaffRollup, recomputeStaffRollup } from '../support/staff-stats-recompute'
import { openTestTill, TEST_OWNER_PIN, type TestTill, type TillWindow } from '../support/test-till'
import { soak } from '../support/soak'

const TIME_ZONE = 'Europe/Berlin'
const MANAGER_PIN = '4826'
const CASHIER_PIN = '7391'
/** The owner, a manager and a cashier, each at a window of their own. */
const PEOPLE = 3

interface Person {
  window: Pick<TillWindow, 'call' | 'ok'>
  /** The same person with the manager's approval, for what a cashier may not do alone. */
  approved: Pick<TillWindow, 'call' | 'ok'>
}

type Op =
  | {
      kind: 'sell'
      who: number
      orderKind: 'counter' | 'pickup'
      lines: Array<{ product: number; quantity: number }>
      payment: 'cash' | 'card' | 'none' | 'part'
    }
  | { kind: 'cancel'; who: number; pick: number; approved: boolean }
  | { kind: 'return'; who: number; pick: number; quantity: number; approved: boolean }
  | { kind: 'pay'; who: number; pick: number }
  | { kind: 'wait'; hours: number }

const who = fc.nat(PEOPLE - 1)
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sell' as const),
      who,
      orderKind: fc.constantFrom('counter' as const, 'pickup' as const),
      lines: fc.array(fc.record({ product: fc.nat(2), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
      payment: fc.constantFrom('cash' as const, 'card' as const, 'none' as const, 'part' as const)
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), who, pick: fc.nat(), approved: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('return' as const), who, pick: fc.nat(), quantity: fc.integer({ min: 1, max: 3 }), approved: fc.boolean() })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pay' as const), who, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 30 }) }) }
)

async function apply(till: TestTill, people: readonly Person[], variants: readonly SeededVariant[], orders: number[], op: Op): Promise<void> {
  const pick = (index: number) => orders[index % Math.max(1, orders.length)]
  switch (op.kind) {
    case 'sell': {
      const { window } = people[op.who]!
      let cart = await window.ok('cart.current')
      for (const line of cart.lines) cart = await window.ok('cart.removeLine', { cartId: cart.id, lineId: line.id })
      for (const line of op.lines)
        cart = await window.ok('cart.addLine', { cartId: cart.id, variantId: variants[line.product]!.variantId, quantity: line.quantity })
      const total = cart.totals.total
      const payments =
        op.orderKind === 'counter' || op.payment === 'cash'
          ? [op.payment === 'card' ? { method: 'card' as const, amount: total, reference: 'T' } : { method: 'cash' as const, amount: total }]
          : op.payment === 'part'
            ? [{ method: 'card' as const, amount: Math.floor(total / 2), reference: 'DEP' }]
            : []
      orders.push((await window.ok('cart.checkout', { cartId: cart.id, kind: op.orderKind, payments })).id)
      return
    }
    case 'cancel': {
      const orderId = pick(op.pick)
      const person = people[op.who]!
      // A cashier without approval is refused (FORBIDDEN): nothing may reach the figures then either.
      if (orderId) await (op.approved ? person.approved : person.window).call('orders.cancel', { orderId })
      return
    }
    case 'return': {
      const orderId = pick(op.pick)
      if (!orderId) return
      const person = people[op.who]!
      const order = await till.ok('orders.get', { orderId })
      const line = order.lines.find((candidate) => candidate.quantity > candidate.quantityReturned)
      if (!line) return
      const quantity = 1 + ((op.quantity - 1) % (line.quantity - line.quantityReturned))
      await (op.approved ? person.approved : person.window).call('orders.return', { orderId, lines: [{ orderLineId: line.id, quantity, damaged: false }] })
      return
    }
    case 'pay': {
      const orderId = pick(op.pick)
      if (!orderId) return
      const order = await till.ok('orders.get', { orderId })
      if (order.amountDue > 0) await people[op.who]!.window.call('orders.pay', { orderId, payments: [{ method: 'cash', amount: order.amountDue }] })
      return
    }
    case 'wait':
      till.clock.advance(op.hours * 3_600_000)
      return
  }
}

describe('sales and refunds per staff member', () => {
  it('always equal a recomputation from the rows, whoever sold, cancelled, took payment or took goods back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const till = openTestTill({ start: Date.UTC(2026, 2, 28, 20, 0) })
        try {
          await till.ok('settings.update', { timeZone: TIME_ZONE })
          const managerId = await till.addStaff('Mia Manager', 'manager', MANAGER_PIN)
          const cashierId = await till.addStaff('Cal Cashier', 'cashier', CASHIER_PIN)
          const approval: Approval = { staffId: managerId, pin: MANAGER_PIN }
          await till.window(2).unlock(managerId, MANAGER_PIN)
          await till.window(3).unlock(cashierId, CASHIER_PIN)
          const people: Person[] = [
            { window: till, approved: till.approved({ staffId: 'owner', pin: TEST_OWNER_PIN }) },
            { window: till.window(2), approved: till.window(2).approved(approval) },
            { window: till.window(3), approved: till.window(3).approved(approval) }
          ]
          const variants = await seedProducts(till.context, [
            { name: 'Tea', price: 455, stock: 10_000, taxRateBp: 1900 },
            { name: 'Mug', price: 1299, stock: 10_000, taxRateBp: 700 },
            { name: 'Card', price: 199, stock: 10_000 }
          ])
          const orders: number[] = []
          for (const op of ops) await apply(till, people, variants, orders, op)

          const expected = await recomputeStaffRollup(till.context.db)
          expect(await readStaffRollup(till.context.db)).toEqual(expected)
          // The people add up to the shop: the overview of the whole span and the per-staff report agree.
          const range = { from: '2026-03-01', to: '2026-04-30' }
          const overview = await till.ok('stats.overview', range)
          const report = await till.ok('stats.byStaff', range)
          const sum = (pick: (person: (typeof report.people)[number]) => number) => report.people.reduce((total, person) => total + pick(person), 0)
          expect([sum((p) => p.orders), sum((p) => p.gross), sum((p) => p.returns), sum((p) => p.refunds), sum((p) => p.net)]).toEqual([
            overview.summary.orders,
            overview.summary.revenue,
            overview.summary.returns,
            overview.summary.refunds,
            overview.summary.netRevenue
          ])
          expect(report.people.every((person) => person.name !== null)).toBe(true)
          // The one-pass rebuild (a till whose rollups were never built) lands on the same figures.
          await till.context.db.transaction().execute((trx) => rebuildStats(trx, TIME_ZONE))
          expect(await readStaffRollup(till.context.db)).toEqual(expected)
        } finally {
          await till.cleanup()
        }
      }),
      // A third of the cases in the everyday run; all of them under `npm run test:soak`.
      { numRuns: soak(7, 20) }
    )
  }, 300_000)
})
