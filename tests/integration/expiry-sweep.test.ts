import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sweepExpiredOrders, startExpirySweeper } from '../../src/main/orders/expiry-sweep'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, stockOf, type SeededVariant } from '../support/seed-products'
import { sellAtCounter, takePickup } from '../support/sales'

const MINUTE = 60_000
let till: TestTill
let jam: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { holdMinutes: 30 })
  ;[jam] = (await seedProducts(till.context, [{ name: 'Plum Jam', price: 500, stock: 10 }])) as [SeededVariant]
})
afterEach(() => till.cleanup())

describe('the hold expiry sweep', () => {
  it('cancels unpaid pending orders past the hold time as expired and releases their stock', async () => {
    const old = await takePickup(till, [{ variantId: jam.variantId, quantity: 3 }])
    till.clock.advance(10 * MINUTE)
    const deposit = await takePickup(till, [{ variantId: jam.variantId }], [{ method: 'cash', amount: 100 }])
    const confirmed = await takePickup(till, [{ variantId: jam.variantId }])
    await till.ok('orders.setStatus', { orderId: confirmed.id, status: 'confirmed' })
    const counter = await sellAtCounter(till, [{ variantId: jam.variantId }])
    till.clock.advance(15 * MINUTE)
    const young = await takePickup(till, [{ variantId: jam.variantId }])
    expect(await stockOf(till.context, jam.variantId)).toBe(3)

    till.clock.advance(15 * MINUTE) // old: 40 min, deposit/confirmed/counter: 30 min (not past), young: 15 min
    expect(await sweepExpiredOrders(till.context)).toEqual([old.id])
    till.clock.advance(1)
    const events = till.recordEvents()
    expect(await sweepExpiredOrders(till.context)).toEqual([])

    const expired = await till.ok('orders.get', { orderId: old.id })
    expect(expired).toMatchObject({ status: 'cancelled', paymentState: 'unpaid' })
    expect(expired.events.at(-1)).toMatchObject({ from: 'pending', to: 'cancelled', actorId: 'system:expiry', note: expect.stringContaining('30 minutes') })
    expect(await stockOf(till.context, jam.variantId)).toBe(6)
    const movements = await till.ok('stock.movements', { variantId: jam.variantId })
    expect(movements[0]).toMatchObject({ delta: 3, reason: 'expired', orderId: old.id })
    expect(events).toEqual([])
    for (const kept of [deposit, confirmed, counter, young]) {
      expect((await till.ok('orders.get', { orderId: kept.id })).status).not.toBe('cancelled')
    }
  })

  it('uses the hold time in force when it runs', async () => {
    const order = await takePickup(till, [{ variantId: jam.variantId }])
    till.clock.advance(20 * MINUTE)
    expect(await sweepExpiredOrders(till.context)).toEqual([])
    await till.ok('settings.update', { holdMinutes: 15 })
    const events = till.recordEvents()
    expect(await sweepExpiredOrders(till.context)).toEqual([order.id])
    expect(events).toContainEqual({ name: 'order.changed', payload: { orderId: order.id, change: 'status', status: 'cancelled' } })
  })

  it('runs at start and on its timer, and stops cleanly', async () => {
    const order = await takePickup(till, [{ variantId: jam.variantId }])
    till.clock.advance(31 * MINUTE)
    const errors: unknown[] = []
    const sweeper = startExpirySweeper(till.context, (error) => errors.push(error), 20)
    await sweeper.stop()
    expect((await till.ok('orders.get', { orderId: order.id })).status).toBe('cancelled')

    const later = await takePickup(till, [{ variantId: jam.variantId }])
    const ticking = startExpirySweeper(till.context, (error) => errors.push(error), 20)
    till.clock.advance(31 * MINUTE)
    await expect.poll(async () => (await till.ok('orders.get', { orderId: later.id })).status, { timeout: 2000 }).toBe('cancelled')
    await ticking.stop()
    expect(errors).toEqual([])
  })

  it('is started by the app and stopped by close(), so a closed till does not keep running it', async () => {
    const order = await takePickup(till, [{ variantId: jam.variantId }])
    till.clock.advance(31 * MINUTE)
    const reopened = openTestTill({ dir: till.dir, start: till.clock.now() })
    await expect.poll(async () => (await reopened.ok('orders.get', { orderId: order.id })).status, { timeout: 2000 }).toBe('cancelled')
    await reopened.close()
  })
})
