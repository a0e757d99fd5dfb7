import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OrderCursor, OrderPage } from '../../src/shared/orders'
import { openTestTill, snapshotDatabase, type TestTill, type TillWindow } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'

let till: TestTill
let tea: SeededVariant

beforeEach(async () => {
  till = openTestTill()
  ;[tea] = (await seedProducts(till.context, [{ name: 'Tea', price: 455, stock: 1000 }])) as [SeededVariant]
})
afterEach(() => till.cleanup())

/** A cash counter sale rung up in this window, as the person unlocked there. */
async function sellIn(window: Pick<TillWindow, 'ok'>): Promise<number> {
  let cart = await window.ok('cart.current')
  for (const line of cart.lines) cart = await window.ok('cart.removeLine', { cartId: cart.id, lineId: line.id })
  cart = await window.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId, quantity: 1 })
  const order = await window.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
  return order.id
}

describe('the orders list by staff member', () => {
  it('lists only the orders the chosen person took, page by page, and says who took each', async () => {
    const cleoId = await till.addStaff('Cleo', 'cashier', '4826')
    const cleo = till.window(2)
    await cleo.unlock(cleoId, '4826')
    const owners = [(await sellAtCounter(till, [{ variantId: tea.variantId }])).id]
    const cleos: number[] = []
    for (let sale = 0; sale < 5; sale += 1) {
      cleos.push(await sellIn(cleo))
      owners.push((await sellAtCounter(till, [{ variantId: tea.variantId }])).id)
    }
    const pages: number[] = []
    let after: OrderCursor | null = null
    do {
      const page: OrderPage = await till.ok('orders.list', { filter: { staffId: cleoId }, limit: 2, ...(after ? { after } : {}) })
      expect(page.orders.every((order) => order.createdBy === cleoId)).toBe(true)
      pages.push(...page.orders.map((order) => order.id))
      after = page.next
    } while (after)
    expect(pages).toEqual([...cleos].reverse())
    const mine = await till.ok('orders.list', { filter: { staffId: 'owner', text: 'tea' } })
    expect(mine.orders.map((order) => order.id)).toEqual([...owners].reverse())
    expect((await till.ok('orders.list', { filter: { staffId: 'nobody' } })).orders).toEqual([])
  })

  it('refuses a malformed staff filter with nothing written', async () => {
    await sellAtCounter(till, [{ variantId: tea.variantId }])
    const before = await snapshotDatabase(till)
    for (const staffId of ['', 'x'.repeat(65), 42]) {
      const refused = await till.call('orders.list', { filter: { staffId } } as never)
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})
