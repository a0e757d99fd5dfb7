import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, snapshotDatabase, TEST_EPOCH, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, takePickup } from '../support/sales'
import { simpleProduct } from '../support/catalog-fixtures'

const HOUR = 3_600_000
const DAY = 24 * HOUR

let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  ;[tea, mug] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 50, taxRateBp: 1000 },
    { name: 'Blue Mug', price: 1200, stock: 20, taxRateBp: 2000 }
  ])) as [SeededVariant, SeededVariant]
  await till.ok('settings.update', { taxMode: 'exclusive' })
})
afterEach(() => till.cleanup())

describe('the day in figures', () => {
  it('starts at zero: every hour, the day, no payments, no best sellers, no orders in any status', async () => {
    const today = await till.ok('stats.overview', {})
    expect(today).toMatchObject({ from: '2026-03-02', to: '2026-03-02', today: '2026-03-02', paymentMix: [], topByUnits: [], topByRevenue: [] })
    expect(today.summary).toEqual({
      orders: 0,
      revenue: 0,
      averageOrderValue: 0,
      refunds: 0,
      returns: 0,
      netRevenue: 0,
      discounts: 0,
      tax: 0,
      items: 0,
      returnedItems: 0,
      cashRounding: 0,
      costOfGoods: 0,
      costedSales: 0,
      margin: 0
    })
    expect(today.byHour).toHaveLength(24)
    expect(today.byDay).toEqual([{ day: '2026-03-02', orders: 0, revenue: 0, refunds: 0 }])
    expect(Object.values(today.statusCounts).every((count) => count === 0)).toBe(true)
  })

  it('counts sales, discounts, tax, hours, payment methods and best sellers as they are rung up', async () => {
    // 2 x 4.50 + 10% = 9.90, and 12.00 + 20% = 14.40: 24.30, paid by card and cash
    await sellAtCounter(till, [{ variantId: tea.variantId, quantity: 2 }, { variantId: mug.variantId }], (total) => [
      { method: 'card', amount: 1000, reference: 'AUTH 1' },
      { method: 'cash', amount: total - 1000 }
    ])
    till.clock.advance(2 * HOUR)
    // 10% off the tea: 4.05 + 0.41 tax (rounded per line) = 4.46 (4.455 rounds up)
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cart.lines[0]!.id, discount: { kind: 'percent', value: 1000 } })
    const discounted = await till.ok('cart.current')
    const second = await till.ok('cart.checkout', { cartId: discounted.id, kind: 'counter', payments: [{ method: 'cash', amount: discounted.totals.total }] })
    const pickup = await takePickup(till, [{ variantId: mug.variantId, quantity: 3 }])

    const stats = await till.ok('stats.overview', {})
    const revenue = 2430 + second.total + pickup.total
    expect(stats.summary).toMatchObject({
      orders: 3,
      revenue,
      averageOrderValue: Math.round(revenue / 3),
      refunds: 0,
      netRevenue: revenue,
      discounts: second.lineDiscountTotal,
      tax: 330 + second.taxTotal + pickup.taxTotal,
      items: 7
    })
    expect(second.lineDiscountTotal).toBe(45)
    expect(stats.byHour[9]).toEqual({ hour: 9, orders: 1, revenue: 2430 })
    expect(stats.byHour[11]).toEqual({ hour: 11, orders: 2, revenue: second.total + pickup.total })
    expect(stats.byHour.reduce((sum, hour) => sum + hour.orders, 0)).toBe(3)
    expect(stats.paymentMix).toEqual([
      { method: 'cash', payments: 2, paid: 1430 + second.total, refunded: 0, net: 1430 + second.total, rounding: 0 },
      { method: 'card', payments: 1, paid: 1000, refunded: 0, net: 1000, rounding: 0 }
    ])
    expect(stats.topByUnits.map((top) => [top.name, top.units])).toEqual([
      ['Blue Mug', 4],
      ['Green Tea', 3]
    ])
    expect(stats.topByRevenue.map((top) => [top.name, top.revenue])).toEqual([
      ['Blue Mug', 1440 + pickup.total],
      ['Green Tea', 990 + second.total]
    ])
    expect(stats.statusCounts).toMatchObject({ delivered: 2, pending: 1, cancelled: 0 })
    expect(await till.ok('stats.statusCounts')).toEqual(stats.statusCounts)
  })

  it('takes a cancelled order off the day it was placed, and counts its refund by method', async () => {
    const kept = await sellAtCounter(till, [{ variantId: tea.variantId }])
    const pickup = await takePickup(till, [{ variantId: mug.variantId, quantity: 2 }], [{ method: 'card', amount: 500, reference: 'DEP' }])
    till.clock.advance(DAY)
    await till.ok('orders.cancel', { orderId: pickup.id, note: 'Changed their mind' })

    const placedDay = await till.ok('stats.overview', { from: '2026-03-02', to: '2026-03-02' })
    expect(placedDay.summary).toMatchObject({ orders: 1, revenue: kept.total, items: 1 })
    expect(placedDay.topByUnits.map((top) => top.name)).toEqual(['Green Tea'])
    expect(placedDay.paymentMix.find((share) => share.method === 'card')).toEqual({
      method: 'card',
      payments: 1,
      paid: 500,
      refunded: 0,
      net: 500,
      rounding: 0
    })
    const cancelDay = await till.ok('stats.overview', {})
    expect(cancelDay.today).toBe('2026-03-03')
    expect(cancelDay.summary).toMatchObject({ orders: 0, revenue: 0, refunds: 0 })
    expect(cancelDay.paymentMix).toEqual([{ method: 'card', payments: 0, paid: 0, refunded: 500, net: -500, rounding: 0 }])
    expect(cancelDay.statusCounts).toMatchObject({ delivered: 1, pending: 0, cancelled: 1 })
  })

  it('counts a return as a refund on the day of the return and takes its units off the best sellers', async () => {
    const sale = await sellAtCounter(till, [{ variantId: tea.variantId, quantity: 4 }, { variantId: mug.variantId }])
    till.clock.advance(DAY + HOUR)
    const teaLine = sale.lines.find((line) => line.variantId === tea.variantId)!
    const returned = await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: teaLine.id, quantity: 3, damaged: true }] })
    const refund = returned.refundedTotal

    const saleDay = await till.ok('stats.overview', { from: '2026-03-02', to: '2026-03-02' })
    expect(saleDay.summary).toMatchObject({ orders: 1, revenue: sale.total, refunds: 0 })
    const both = await till.ok('stats.overview', { from: '2026-03-02', to: '2026-03-03' })
    expect(both.summary).toMatchObject({ orders: 1, revenue: sale.total, refunds: refund, returns: refund, netRevenue: sale.total - refund, returnedItems: 3 })
    expect(both.byDay).toEqual([
      { day: '2026-03-02', orders: 1, revenue: sale.total, refunds: 0 },
      { day: '2026-03-03', orders: 0, revenue: 0, refunds: refund }
    ])
    // one unit each now: the tie goes to the one that brought in more
    expect(both.topByUnits.map((top) => [top.name, top.units])).toEqual([
      ['Blue Mug', 1],
      ['Green Tea', 1]
    ])
    expect(both.topByRevenue.map((top) => [top.name, top.revenue])).toEqual([
      ['Blue Mug', 1440],
      ['Green Tea', teaLine.total - refund]
    ])
    expect(both.paymentMix).toEqual([{ method: 'cash', payments: 1, paid: sale.total, refunded: refund, net: sale.total - refund, rounding: 0 }])
    expect(both.statusCounts).toMatchObject({ delivered: 0, returned: 1 })
  })

  it('counts the margin of the goods whose cost is known, at the cost they had when sold; returns take it off on their day, cancels on the day placed', async () => {
    await till.ok('catalog.updateVariant', { id: tea.variantId, cost: 200 })
    // 2 Green Tea at 4.50 net (cost 2.00 each) and a Blue Mug with no cost known: only the tea has a margin.
    const sale = await sellAtCounter(till, [{ variantId: tea.variantId, quantity: 2 }, { variantId: mug.variantId }])
    const doomed = await takePickup(till, [{ variantId: tea.variantId, quantity: 5 }])
    await till.ok('orders.cancel', { orderId: doomed.id })
    const saleDay = await till.ok('stats.overview', {})
    expect(saleDay.summary).toMatchObject({ costOfGoods: 400, costedSales: 900, margin: 500 })

    // The cost changes, then one tea comes back the next day: it takes off the 2.00 it cost when sold.
    await till.ok('catalog.updateVariant', { id: tea.variantId, cost: 300 })
    till.clock.advance(DAY)
    const teaLine = sale.lines.find((line) => line.variantId === tea.variantId)!
    await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: teaLine.id, quantity: 1, damaged: false }] })
    expect((await till.ok('stats.overview', {})).summary).toMatchObject({ costOfGoods: -200, costedSales: -450, margin: -250 })
    expect((await till.ok('stats.overview', { from: '2026-03-02', to: '2026-03-02' })).summary).toMatchObject({
      costOfGoods: 400,
      costedSales: 900,
      margin: 500
    })
    expect((await till.ok('stats.overview', { from: '2026-03-02', to: '2026-03-03' })).summary).toMatchObject({
      costOfGoods: 200,
      costedSales: 450,
      margin: 250
    })
  })

  it('places sales in the hours and days of the shop; a new time zone places new sales only', async () => {
    await sellAtCounter(till, [{ variantId: tea.variantId }])
    expect((await till.ok('stats.overview', {})).byHour[9]!.orders).toBe(1)
    await till.ok('settings.update', { timeZone: 'America/New_York' })
    const kept = await till.ok('stats.overview', { from: '2026-03-02', to: '2026-03-02' })
    expect(kept.byHour[9]).toMatchObject({ orders: 1 })
    expect(kept.byHour[4]).toMatchObject({ orders: 0 })
    till.clock.set(Date.UTC(2026, 2, 3, 3, 30)) // 22:30 on the 2nd in New York
    await sellAtCounter(till, [{ variantId: mug.variantId }])
    const late = await till.ok('stats.overview', {})
    expect(late).toMatchObject({ today: '2026-03-02', summary: { orders: 2 } })
    expect(late.byHour[22]).toMatchObject({ orders: 1, revenue: 1440 })
  })
})

describe('asking for a range', () => {
  it('refuses a range that is backwards, too long, half given or badly written, and writes nothing', async () => {
    await till.ok('stats.overview', {})
    const cases = [
      [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'to'],
      [{ from: '2026-03-02' }, 'to'],
      [{ to: '2026-03-02' }, 'from'],
      [{ from: '2026-3-2', to: '2026-03-02' }, 'from'],
      [{ from: '2026-03-01', to: '2026-03-02', top: 0 }, 'top'],
      [{ from: '2026-03-01', to: '2026-03-02', extra: true }, '']
    ] as const
    for (const [input, path] of cases) {
      const before = await snapshotDatabase(till)
      const result = await till.call('stats.overview', input)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('VALIDATION')
      expect(result.error.issues?.some((issue) => issue.path === path)).toBe(true)
      expect(await snapshotDatabase(till)).toEqual(before)
    }
    const year = await till.ok('stats.overview', { from: '2025-03-03', to: '2026-03-02' })
    expect(year.byDay).toHaveLength(365)
    expect((await till.ok('stats.overview', { from: '2024-01-01', to: '2024-12-31' })).byDay).toHaveLength(366)
  })
})

describe('the low-stock list', () => {
  it('lists variants on sale at or under their threshold, a page at a time, and follows sales', async () => {
    const created = []
    for (const [index, name] of ['Oat Milk', 'Rye Bread', 'Honey', 'Jam'].entries()) {
      created.push(
        await till.ok('catalog.createProduct', simpleProduct(name, { sku: `LOW-${index}`, price: 300, stock: 5, lowStockThreshold: index < 3 ? 4 : 0 }))
      )
    }
    const [milk, bread, honey] = created as [(typeof created)[0], (typeof created)[0], (typeof created)[0]]
    expect((await till.ok('stats.lowStock', {})).items).toEqual([])
    await sellAtCounter(till, [{ variantId: milk.variants[0]!.id }, { variantId: honey.variants[0]!.id, quantity: 3 }])
    await sellAtCounter(till, [
      { variantId: bread.variants[0]!.id, quantity: 2 },
      { variantId: created[3]!.variants[0]!.id, quantity: 5 }
    ])
    const first = await till.ok('stats.lowStock', { limit: 2 })
    expect(first.items.map((item) => [item.name, item.stock, item.threshold])).toEqual([
      ['Oat Milk', 4, 4],
      ['Rye Bread', 3, 4]
    ])
    const second = await till.ok('stats.lowStock', { limit: 2, after: first.next! })
    expect(second).toEqual({ items: [expect.objectContaining({ name: 'Honey', stock: 2, sku: 'LOW-2' })], next: null })
    await till.ok('catalog.archiveProduct', { id: honey.id })
    expect((await till.ok('stats.lowStock', {})).items.map((item) => item.name)).toEqual(['Oat Milk', 'Rye Bread'])
  })
})

it('the test clock starts on a Monday morning in UTC', () => {
  expect(new Date(TEST_EPOCH).toISOString()).toBe('2026-03-02T09:00:00.000Z')
})
