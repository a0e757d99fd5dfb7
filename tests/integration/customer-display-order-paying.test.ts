import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { After } from '../../src/main/display/customer-display-service'
import type { CustomerDisplayState } from '../../src/shared/customer-display'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'

/**
 * A payment taken outside Pay (`display.orderPaying`: Orders' take payment on a pickup paid on
 * collection) on the customer's screen: shown as it is typed, the paid screen once `orders.pay`
 * takes it, then the welcome. Read through `display.current` as the customer's window reads it.
 */
let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
let published: CustomerDisplayState[]
let timers: Array<() => void>

const after: After = (_ms, work) => {
  timers.push(work)
  return () => timers.splice(timers.indexOf(work) >>> 0, 1)
}

beforeEach(async () => {
  timers = []
  till = openTestTill({ display: { after } })
  await till.ok('settings.update', { shopName: 'Corner Shop', taxMode: 'exclusive' })
  ;[tea, mug] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20, taxRateBp: 1000 },
    { name: 'Blue Mug', price: 1200, stock: 5, taxRateBp: 2000 }
  ])) as [SeededVariant, SeededVariant]
  published = []
  till.context.bus.subscribe((name, payload) => {
    if (name === 'display.changed') published.push((payload as { state: CustomerDisplayState }).state)
  })
})
afterEach(async () => {
  await till.cleanup()
  expect(till.logged).toEqual([])
})

/** A pickup of a tea and a mug (19.35 with tax) checked out unpaid, on a till with a customer display: its order id. */
async function unpaidPickup(): Promise<{ orderId: number; number: string }> {
  await till.ok('settings.updateTill', { customerDisplay: true })
  const cart = await till.ok('cart.current')
  await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
  await till.ok('cart.addLine', { cartId: cart.id, variantId: mug.variantId })
  const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup' })
  expect(order.amountDue).toBe(1935)
  // The welcome between the checkout and the collection.
  for (const work of timers.splice(0)) work()
  expect(await till.ok('display.current')).toMatchObject({ screen: 'idle' })
  return { orderId: order.id, number: order.number }
}

const shop = { shopName: 'Corner Shop', currency: 'USD', locale: 'en-US', currencyDigits: 2, language: 'en' }

describe('a payment taken on an order outside Pay', () => {
  it('shows the order and the payment as it is typed, the paid screen once taken, then the welcome', async () => {
    const { orderId, number } = await unpaidPickup()
    expect(await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 1000 }] })).toEqual({ shown: true })
    const typed = await till.ok('display.current')
    expect(typed).toMatchObject({
      screen: 'orderPayment',
      ...shop,
      orderNumber: number,
      total: 1935,
      paidBefore: 0,
      due: 1935,
      paying: { payments: [{ method: 'cash', amount: 1000, tendered: null }], remaining: 935, change: 0 }
    })
    expect(typed.screen === 'orderPayment' && typed.lines.map((line) => [line.name, line.quantity, line.amount])).toEqual([
      ['Green Tea', 1, 450],
      ['Blue Mug', 1, 1200]
    ])

    // Split: the card's reference and digits never reach the customer's screen.
    const payments = [
      { method: 'card' as const, amount: 1000, reference: 'AUTH 4821', lastFour: '4242' },
      { method: 'cash' as const, amount: 935, tendered: 1000 }
    ]
    await till.ok('display.orderPaying', { orderId, payments })
    const split = await till.ok('display.current')
    expect(split).toMatchObject({
      screen: 'orderPayment',
      paying: {
        payments: [
          { method: 'card', amount: 1000, tendered: null },
          { method: 'cash', amount: 935, tendered: 1000 }
        ],
        remaining: 0,
        change: 65
      }
    })
    expect(JSON.stringify(split)).not.toMatch(/4242|AUTH/)

    await till.ok('orders.pay', { orderId, payments })
    const paid = await till.ok('display.current')
    expect(paid).toEqual({
      screen: 'paid',
      ...shop,
      orderNumber: number,
      total: 1935,
      paidBefore: 0,
      payments: [
        { method: 'card', amount: 1000, tendered: null },
        { method: 'cash', amount: 935, tendered: 1000 }
      ],
      change: 65,
      remaining: 0
    })
    // The dialog closing afterwards changes nothing: the change stays up for the customer.
    expect(await till.ok('display.orderPaying', { orderId, payments: [] })).toEqual({ shown: false })
    expect(await till.ok('display.current')).toEqual(paid)
    // The order takes no more payment: a late call shows nothing.
    expect(await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 100 }] })).toEqual({ shown: false })
    expect(await till.ok('display.current')).toEqual(paid)

    expect(timers).toHaveLength(1)
    timers.shift()!()
    await expect.poll(async () => (await till.ok('display.current')).screen).toBe('idle')
    expect(published.map((state) => state.screen).slice(-4)).toEqual(['orderPayment', 'orderPayment', 'paid', 'idle'])
  })

  it('a part payment leaves what is still due, and the next one starts from it', async () => {
    const { orderId } = await unpaidPickup()
    await till.ok('display.orderPaying', { orderId, payments: [{ method: 'card', amount: 1000 }] })
    await till.ok('orders.pay', { orderId, payments: [{ method: 'card', amount: 1000 }] })
    expect(await till.ok('display.current')).toMatchObject({ screen: 'paid', total: 1935, paidBefore: 0, change: 0, remaining: 935 })

    await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 935, tendered: 2000 }] })
    expect(await till.ok('display.current')).toMatchObject({
      screen: 'orderPayment',
      total: 1935,
      paidBefore: 1000,
      due: 935,
      paying: { remaining: 0, change: 1065 }
    })
    await till.ok('orders.pay', { orderId, payments: [{ method: 'cash', amount: 935, tendered: 2000 }] })
    // Only the payment just taken, and what was paid on the order before it.
    expect(await till.ok('display.current')).toMatchObject({
      screen: 'paid',
      total: 1935,
      paidBefore: 1000,
      payments: [{ method: 'cash', amount: 935, tendered: 2000 }],
      change: 1065,
      remaining: 0
    })
  })

  it('closing the dialog unpaid, or ringing up a sale, brings the sale back', async () => {
    const { orderId } = await unpaidPickup()
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    const sale = await till.ok('display.current')
    expect(sale).toMatchObject({ screen: 'sale', total: 495 })

    await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 1935 }] })
    expect((await till.ok('display.current')).screen).toBe('orderPayment')
    expect(await till.ok('display.orderPaying', { orderId, payments: [] })).toEqual({ shown: true })
    expect(await till.ok('display.current')).toEqual(sale)

    await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 1935 }] })
    await till.ok('cart.addLine', { cartId: cart.id, variantId: mug.variantId })
    expect(await till.ok('display.current')).toMatchObject({ screen: 'sale', total: 1935 })
    expect(await till.ok('display.orderPaying', { orderId, payments: [] })).toEqual({ shown: false })
  })

  it('shows nothing without a customer display, and NOT_FOUND for an order that does not exist', async () => {
    const { orderId } = await unpaidPickup()
    await till.ok('settings.updateTill', { customerDisplay: false })
    published.length = 0
    expect(await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 1935 }] })).toEqual({ shown: false })
    expect(published).toEqual([])
    await till.ok('settings.updateTill', { customerDisplay: true })
    const answer = await till.call('display.orderPaying', { orderId: orderId + 100, payments: [{ method: 'cash', amount: 100 }] })
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await till.ok('display.current')).screen).toBe('idle')
  })

  it('refuses payments orders.pay would refuse, and bad input, writing and showing nothing', async () => {
    const { orderId } = await unpaidPickup()
    await till.ok('display.orderPaying', { orderId, payments: [{ method: 'cash', amount: 1935, tendered: 2000 }] })
    const shown = await till.ok('display.current')
    const before = await snapshotDatabase(till)
    const refusals: Array<[unknown, string]> = [
      [{ orderId, payments: [{ method: 'cash', amount: 2000 }] }, 'payments'],
      [{ orderId, payments: [{ method: 'cash', amount: 1935, tendered: 1000 }] }, 'payments.0.tendered'],
      [{ orderId, payments: [{ method: 'cash', amount: 0 }] }, 'payments.0.amount'],
      [{ orderId, payments: [{ method: 'cheque', amount: 100 }] }, 'payments.0.method'],
      [{ orderId, payments: [{ method: 'card', amount: 100, lastFour: '4242424242424242' }] }, 'payments.0.lastFour'],
      [{ orderId, payments: Array.from({ length: 11 }, () => ({ method: 'card', amount: 1 })) }, 'payments'],
      [{ orderId, payments: [], staffId: 1 }, ''],
      [{ payments: [] }, 'orderId']
    ]
    for (const [input, path] of refusals) {
      const answer = await till.call('display.orderPaying', input as never)
      expect(answer, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      if (!answer.ok && path) expect(answer.error.issues?.map((issue) => issue.path)).toContain(path)
    }
    expect(await snapshotDatabase(till)).toEqual(before)
    expect(await till.ok('display.current')).toEqual(shown)
  })
})
