import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextBusinessDay } from '../../src/shared/business-day'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales } from '../support/sales'

let till: TestTill
let tea: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  ;[tea] = (await seedProducts(till.context, [{ name: 'Green Tea', price: 1250, stock: 500, taxRateBp: 2000 }])) as [SeededVariant]
})
afterEach(() => till.cleanup())

describe('the shop currency', () => {
  it('may change while there are no orders', async () => {
    expect((await till.ok('settings.update', { currency: 'JPY' })).currencyDigits).toBe(0)
    expect((await till.ok('settings.update', { currency: 'USD' })).currency).toBe('USD')
  })

  it('is refused once there are orders, saying why and what to do, and nothing changes', async () => {
    await sellAtCounter(till, [{ variantId: tea.variantId }])
    const before = await snapshotSales(till)
    const refused = await till.call('settings.update', { currency: 'JPY', shopName: 'Renamed' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CURRENCY_LOCKED', details: { currency: 'USD', requested: 'JPY' } } })
    if (!refused.ok) {
      expect(refused.error.message).toContain('start a new shop file')
      expect(refused.error.issues).toEqual([{ path: 'currency', message: refused.error.message }])
    }
    expect(await snapshotSales(till)).toEqual(before)
    // everything else may still change
    expect((await till.ok('settings.update', { shopName: 'Renamed', currency: 'USD' })).shopName).toBe('Renamed')
  })

  it('is stored on every order, payment and rollup row', async () => {
    const sale = await sellAtCounter(till, [{ variantId: tea.variantId }])
    await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 1 }] })
    await till.ok('stats.overview', {})
    const db = till.context.db
    const currencies = new Set<string>()
    for (const table of [
      'orders',
      'payments',
      'stats_days',
      'stats_hours',
      'stats_payments',
      'stats_product_days',
      'stats_product_months',
      'stats_tax_days'
    ] as const) {
      const rows = await db.selectFrom(table).select('currency').execute()
      expect(rows.length, table).toBeGreaterThan(0)
      for (const row of rows) currencies.add(row.currency)
    }
    expect([...currencies]).toEqual(['USD'])
  })
})

describe('tax mode', () => {
  it('applies to new sales only: refused while a sale is rung up or parked, orders keep their tax', async () => {
    const sold = await sellAtCounter(till, [{ variantId: tea.variantId }])
    expect(sold).toMatchObject({ taxMode: 'exclusive', total: 1500, taxTotal: 250 })
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    const before = await snapshotSales(till)
    const refused = await till.call('settings.update', { taxMode: 'inclusive' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'taxMode' }] } })
    expect(await snapshotSales(till)).toEqual(before)
    await till.ok('cart.removeLine', { cartId: cart.id, lineId: cart.lines[0]!.id })
    await till.ok('settings.update', { taxMode: 'inclusive' })
    expect(await till.ok('orders.get', { orderId: sold.id })).toMatchObject({ taxMode: 'exclusive', total: 1500, taxTotal: 250 })
    const next = await sellAtCounter(till, [{ variantId: tea.variantId }])
    expect(next).toMatchObject({ taxMode: 'inclusive', total: 1250, taxTotal: 208 })
  })
})

describe('the day an order belongs to', () => {
  it('is the same in the Orders list and in Stats, both ways, across a change of time zone', async () => {
    const HOUR = 3_600_000
    // Sales every 5 hours for three days in UTC, then the shop moves to Tokyo (UTC+9) and sells on.
    for (let index = 0; index < 15; index += 1) {
      await sellAtCounter(till, [{ variantId: tea.variantId, quantity: 1 + (index % 3) }])
      till.clock.advance(5 * HOUR)
      if (index === 7) await till.ok('settings.update', { timeZone: 'Asia/Tokyo' })
    }
    const all = await till.ok('orders.list', { limit: 200 })
    const days = [...new Set(all.orders.map((order) => order.businessDay))].sort()
    expect(days.length).toBeGreaterThan(2)
    const seen = new Set<number>()
    for (let day = days[0]!; day <= days.at(-1)!; day = nextBusinessDay(day)) {
      const listed = (await till.ok('orders.list', { filter: { from: day, to: day }, limit: 200 })).orders
      const stats = (await till.ok('stats.overview', { from: day, to: day })).summary
      // list -> stats: every order the list shows for the day is counted on that day, and no other
      expect(listed.every((order) => order.businessDay === day)).toBe(true)
      expect(stats.orders).toBe(listed.length)
      expect(stats.revenue).toBe(listed.reduce((sum, order) => sum + order.total, 0))
      for (const order of listed) {
        expect(seen.has(order.id)).toBe(false)
        seen.add(order.id)
      }
    }
    // stats -> list: the orders Stats counts over the whole span are exactly the orders listed
    const span = await till.ok('stats.overview', { from: days[0]!, to: days.at(-1)! })
    expect(span.summary.orders).toBe(all.orders.length)
    expect(seen.size).toBe(all.orders.length)
  })
})
