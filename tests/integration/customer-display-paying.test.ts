import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CustomerDisplayState } from '../../src/shared/customer-display'
import { MAX_AMOUNT } from '../../src/shared/money'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'

/**
 * The payment as the cashier types it in Pay (`display.paying`), and a sale past the amount limit,
 * on the customer's screen. The till's own display service is the one under test here, read
 * through `display.current` as the customer's window reads it.
 */
let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
let gold: SeededVariant
let published: CustomerDisplayState[]

beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { shopName: 'Corner Shop', taxMode: 'exclusive' })
  ;[tea, mug, gold] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20, taxRateBp: 1000 },
    { name: 'Blue Mug', price: 1200, stock: 5, taxRateBp: 2000 },
    { name: 'Gold bar', price: 100_000_000_000, stock: 10 }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
  published = []
  till.context.bus.subscribe((name, payload) => {
    if (name === 'display.changed') published.push((payload as { state: CustomerDisplayState }).state)
  })
})
afterEach(async () => {
  await till.cleanup()
  expect(till.logged).toEqual([])
})

/** A sale of a tea and a mug (19.35 with tax) on a till with a customer display. */
async function saleOnDisplay(): Promise<number> {
  await till.ok('settings.updateTill', { customerDisplay: true })
  const cart = await till.ok('cart.current')
  await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
  await till.ok('cart.addLine', { cartId: cart.id, variantId: mug.variantId })
  expect(await till.ok('display.current')).toMatchObject({ screen: 'sale', total: 1935, paying: null })
  return cart.id
}

async function paying() {
  const state = await till.ok('display.current')
  return state.screen === 'sale' ? state.paying : state.screen
}

describe('the payment while the cashier types it in Pay', () => {
  it('shows what each method settles, what was handed over and the change, as it is typed', async () => {
    const cartId = await saleOnDisplay()
    expect(await till.ok('display.paying', { cartId, payments: [{ method: 'cash', amount: 1935 }] })).toEqual({ shown: true })
    expect(await paying()).toEqual({ payments: [{ method: 'cash', amount: 1935, tendered: null }], remaining: 0, change: 0 })

    await till.ok('display.paying', { cartId, payments: [{ method: 'cash', amount: 1935, tendered: 5000 }] })
    expect(await paying()).toEqual({ payments: [{ method: 'cash', amount: 1935, tendered: 5000 }], remaining: 0, change: 3065 })

    // Split: part by card (its reference and digits never reach the customer's screen), the rest in cash.
    await till.ok('display.paying', {
      cartId,
      payments: [
        { method: 'card', amount: 1000, reference: 'AUTH 4821', lastFour: '4242' },
        { method: 'cash', amount: 935, tendered: 1000 }
      ]
    })
    const split = await till.ok('display.current')
    expect(split).toMatchObject({ screen: 'sale', total: 1935 })
    expect(await paying()).toEqual({
      payments: [
        { method: 'card', amount: 1000, tendered: null },
        { method: 'cash', amount: 935, tendered: 1000 }
      ],
      remaining: 0,
      change: 65
    })
    expect(JSON.stringify(split)).not.toMatch(/4242|AUTH/)

    // Part paid so far: what is still to pay.
    await till.ok('display.paying', { cartId, payments: [{ method: 'card', amount: 1000 }] })
    expect(await paying()).toEqual({ payments: [{ method: 'card', amount: 1000, tendered: null }], remaining: 935, change: 0 })

    // Pay closed: nothing typed any more.
    await till.ok('display.paying', { cartId, payments: [] })
    expect(await paying()).toBeNull()
  })

  it('takes cash to the smallest coin as checkout will', async () => {
    await till.ok('settings.update', { cashRoundingStep: 5, cashRoundingRule: 'nearest' })
    const cartId = await saleOnDisplay()
    const cart = await till.ok('cart.addLine', { cartId, variantId: tea.variantId })
    // 19.35 + 4.95 = 24.30; 0.02 by card and 24.28 in cash, taken as 24.30: 30.00 handed over, 5.70 back.
    expect(cart.totals.total).toBe(2430)
    await till.ok('display.paying', {
      cartId,
      payments: [
        { method: 'card', amount: 2 },
        { method: 'cash', amount: 2428, tendered: 3000 }
      ]
    })
    expect(await paying()).toEqual({
      payments: [
        { method: 'card', amount: 2, tendered: null },
        { method: 'cash', amount: 2428, tendered: 3000 }
      ],
      remaining: 0,
      change: 570
    })
  })

  it('drops the payment when the cart changes, and a late call after checkout changes nothing', async () => {
    const cartId = await saleOnDisplay()
    await till.ok('display.paying', { cartId, payments: [{ method: 'cash', amount: 1935, tendered: 2000 }] })
    await till.ok('cart.addLine', { cartId, variantId: tea.variantId })
    expect(await till.ok('display.current')).toMatchObject({ screen: 'sale', total: 2430, paying: null })

    await till.ok('display.paying', { cartId, payments: [{ method: 'cash', amount: 2430, tendered: 3000 }] })
    await till.ok('cart.checkout', { cartId, kind: 'counter', payments: [{ method: 'cash', amount: 2430, tendered: 3000 }] })
    const paid = await till.ok('display.current')
    expect(paid).toMatchObject({ screen: 'paid', total: 2430, change: 570 })
    // Pay closing after the sale clears what it typed: too late, the sale is paid.
    expect(await till.ok('display.paying', { cartId, payments: [] })).toEqual({ shown: false })
    expect(await till.ok('display.current')).toEqual(paid)
    // The screens went sale → paid, never back to the sale with its payment.
    expect(published.map((state) => state.screen).slice(-2)).toEqual(['sale', 'paid'])
  })

  it('shows nothing without a customer display, or for a cart that is not the sale on it', async () => {
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    expect(await till.ok('display.paying', { cartId: cart.id, payments: [{ method: 'cash', amount: 495 }] })).toEqual({ shown: false })
    expect(published).toEqual([])
    await till.ok('settings.updateTill', { customerDisplay: true })
    expect(await till.ok('display.paying', { cartId: cart.id + 1, payments: [{ method: 'cash', amount: 495 }] })).toEqual({ shown: false })
    expect(await paying()).toBeNull()
  })

  it('refuses payments checkout would refuse, and bad input, writing and showing nothing', async () => {
    const cartId = await saleOnDisplay()
    await till.ok('display.paying', { cartId, payments: [{ method: 'cash', amount: 1935, tendered: 2000 }] })
    const shown = await till.ok('display.current')
    const before = await snapshotDatabase(till)
    const refusals: Array<[unknown, string]> = [
      [{ cartId, payments: [{ method: 'cash', amount: 2000 }] }, 'payments'],
      [{ cartId, payments: [{ method: 'cash', amount: 1935, tendered: 1000 }] }, 'payments.0.tendered'],
      [{ cartId, payments: [{ method: 'cash', amount: 0 }] }, 'payments.0.amount'],
      [{ cartId, payments: [{ method: 'cheque', amount: 100 }] }, 'payments.0.method'],
      [{ cartId, payments: [{ method: 'card', amount: 100, lastFour: '4242424242424242' }] }, 'payments.0.lastFour'],
      [{ cartId, payments: [], staffId: 1 }, ''],
      [{ payments: [] }, 'cartId']
    ]
    for (const [input, path] of refusals) {
      const answer = await till.call('display.paying', input as never)
      expect(answer, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      if (!answer.ok && path) expect(answer.error.issues?.map((issue) => issue.path)).toContain(path)
    }
    expect(await snapshotDatabase(till)).toEqual(before)
    expect(await till.ok('display.current')).toEqual(shown)
  })
})

describe('a sale past the amount limit', () => {
  it('asks the customer to see the cashier instead of showing 0.00 totals, and comes back when it is mended', async () => {
    await till.ok('settings.updateTill', { customerDisplay: true })
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    const withGold = await till.ok('cart.addLine', { cartId: cart.id, variantId: gold.variantId, quantity: 3 })
    expect(await till.ok('display.current')).toMatchObject({ screen: 'sale', itemCount: 4 })
    // A price raised afterwards takes the cart past what a till holds: the display hears the catalog.
    await till.ok('catalog.updateVariant', { id: gold.variantId, price: MAX_AMOUNT })
    expect((await till.ok('cart.current')).overLimit).toMatchObject({ code: 'AMOUNT_TOO_LARGE' })
    const seeCashier = await till.ok('display.current')
    expect(seeCashier).toEqual({ screen: 'seeCashier', shopName: 'Corner Shop', currency: 'USD', locale: 'en-US', currencyDigits: 2, language: 'en' })
    expect(await till.ok('display.paying', { cartId: cart.id, payments: [{ method: 'cash', amount: 450 }] })).toEqual({ shown: false })

    const goldLine = withGold.lines.find((line) => line.variantId === gold.variantId)!
    await till.ok('cart.removeLine', { cartId: cart.id, lineId: goldLine.id })
    expect(await till.ok('display.current')).toMatchObject({ screen: 'sale', itemCount: 1, total: 495 })
  })
})
