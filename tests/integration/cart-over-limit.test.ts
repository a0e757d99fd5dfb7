import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_AMOUNT } from '../../src/shared/money'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { snapshotSales } from '../support/sales'

/**
 * Issue 12 point 8: a cart within the amount limit when its lines were added, pushed over it by a
 * later price change. The cart is kept and read (its refusal on it, its amounts unpriced), Pay is
 * refused with AMOUNT_TOO_LARGE writing nothing, a change that raises it more is refused, and
 * taking the line off or lowering it brings the cart back to a sale that goes through.
 */
let till: TestTill
let big: SeededVariant
let tea: SeededVariant

beforeEach(async () => {
  till = openTestTill()
  const seeded = await seedProducts(till.context, [
    { name: 'Gold bar', price: 100_000_000_000, stock: 10 },
    { name: 'Tea', price: 450, stock: 10 }
  ])
  big = seeded[0]!
  tea = seeded[1]!
})
afterEach(() => till.cleanup())

async function cartPushedOverLimit() {
  let cart = await till.ok('cart.current')
  cart = await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId, quantity: 1 })
  cart = await till.ok('cart.addLine', { cartId: cart.id, variantId: big.variantId, quantity: 3 })
  expect(cart.overLimit).toBeNull()
  // A price raised afterwards: 3 × MAX_AMOUNT is past what a till holds.
  await till.ok('catalog.updateVariant', { id: big.variantId, price: MAX_AMOUNT })
  return cart
}

describe('a cart pushed over the amount limit by a later price change', () => {
  it('is kept and read with the refusal naming the line, its amounts unpriced', async () => {
    const before = await cartPushedOverLimit()
    const cart = await till.ok('cart.current')
    expect(cart.id).toBe(before.id)
    expect(cart.lines.map((line) => [line.name, line.quantity, line.unitPrice])).toEqual([
      ['Tea', 1, 450],
      ['Gold bar', 3, MAX_AMOUNT]
    ])
    expect(cart.overLimit).toMatchObject({ code: 'AMOUNT_TOO_LARGE', issues: [{ path: 'lines.1' }], details: { limit: MAX_AMOUNT } })
    expect(cart.totals).toMatchObject({ itemCount: 4, subtotal: 0, total: 0, taxByRate: [] })
    expect(await till.ok('cart.get', { cartId: cart.id })).toEqual(cart)
    expect(till.logged).toEqual([])
  })

  it('refuses Pay with AMOUNT_TOO_LARGE and writes nothing', async () => {
    const cart = await cartPushedOverLimit()
    const before = await snapshotSales(till)
    const answer = await till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 450 }] })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.code).toBe('AMOUNT_TOO_LARGE')
    expect(answer.error.issues?.[0]?.path).toBe('lines.1')
    expect(await snapshotSales(till)).toEqual(before)
    const pickup = await till.call('cart.checkout', { cartId: cart.id, kind: 'pickup', payments: [] })
    expect(pickup.ok ? null : pickup.error.code).toBe('AMOUNT_TOO_LARGE')
    expect(await snapshotSales(till)).toEqual(before)
  })

  it('refuses a change that raises it further, and keeps one that raises nothing', async () => {
    const cart = await cartPushedOverLimit()
    const gold = cart.lines[1]!
    const before = await snapshotSales(till)
    for (const raise of [
      till.call('cart.addLine', { cartId: cart.id, variantId: tea.variantId, quantity: 1 }),
      till.call('cart.setQuantity', { cartId: cart.id, lineId: gold.id, quantity: 4 })
    ]) {
      const answer = await raise
      expect(answer.ok ? null : answer.error.code).toBe('AMOUNT_TOO_LARGE')
    }
    expect(await snapshotSales(till)).toEqual(before)
    // A note, parking and resuming raise no amount: the cart stays as it is, refusal and all.
    const noted = await till.ok('cart.setNote', { cartId: cart.id, note: 'Ask the owner' })
    expect(noted.overLimit?.code).toBe('AMOUNT_TOO_LARGE')
    await till.ok('cart.park', { cartId: cart.id, label: 'Gold' })
    const resumed = await till.ok('cart.resume', { cartId: cart.id })
    expect(resumed.overLimit?.code).toBe('AMOUNT_TOO_LARGE')
  })

  it('lowering the line is kept while still over (then naming the total), and once under the limit Pay goes through', async () => {
    const cart = await cartPushedOverLimit()
    const [teaLine, gold] = cart.lines
    const stillOver = await till.ok('cart.setQuantity', { cartId: cart.id, lineId: gold!.id, quantity: 2 })
    expect(stillOver.overLimit?.issues?.[0]?.path).toBe('lines.1')
    // The line alone now fits; with the tea the sale is past the limit: named as the total.
    const totalOver = await till.ok('cart.setQuantity', { cartId: cart.id, lineId: gold!.id, quantity: 1 })
    expect(totalOver.overLimit?.issues?.[0]?.path).toBe('total')
    const fits = await till.ok('cart.removeLine', { cartId: cart.id, lineId: teaLine!.id })
    expect(fits.overLimit).toBeNull()
    expect(fits.totals.total).toBe(MAX_AMOUNT)
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup', payments: [] })
    expect(order.total).toBe(MAX_AMOUNT)
  })

  it('is listed parked with its refusal, not a total of 0, beside a priced parked cart', async () => {
    const over = await cartPushedOverLimit()
    await till.ok('cart.park', { cartId: over.id, label: 'Gold' })
    const teaCart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: teaCart.id, variantId: tea.variantId, quantity: 2 })
    await till.ok('cart.park', { cartId: teaCart.id, label: 'Tea' })
    const { carts } = await till.ok('cart.parked', {})
    expect(carts.map((cart) => [cart.label, cart.itemCount, cart.total, cart.overLimit?.code ?? null, cart.overLimit?.issues?.[0]?.path ?? null])).toEqual([
      ['Tea', 2, 900, null, null],
      ['Gold', 4, 0, 'AMOUNT_TOO_LARGE', 'lines.1']
    ])
  })

  it('taking the line off brings the cart back to a sale that goes through', async () => {
    const cart = await cartPushedOverLimit()
    const mended = await till.ok('cart.removeLine', { cartId: cart.id, lineId: cart.lines[1]!.id })
    expect(mended.overLimit).toBeNull()
    expect(mended.totals.total).toBe(450)
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 450 }] })
    expect(order.total).toBe(450)
  })
})
