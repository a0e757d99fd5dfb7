import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { quickPinHash } from '../support/staff'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter } from '../support/sales'
import { readRollup, recomputeRollup } from '../support/stats-recompute'
import { readOutbox } from '../support/sync-harness'
import { loadPrintableOrder } from '../../src/main/print/load-printable-order'
import { renderOrderEscPos, renderOrderHtml } from '../../src/main/print/render-documents'
import { decodeEscPos } from '../support/escpos-decode'
import { PAPER_SIZES } from '../../src/shared/print'

let till: TestTill
let cola: SeededVariant
let water: SeededVariant
let soap: SeededVariant
beforeEach(async () => {
  till = openTestTill({ staff: { hashPin: quickPinHash } })
  await till.ok('settings.update', { taxMode: 'inclusive', currency: 'EUR' })
  ;[cola, water, soap] = (await seedProducts(till.context, [
    { name: 'Cola', price: 200, stock: 50, taxRateBp: 1900, category: 'Drinks' },
    { name: 'Water', price: 150, stock: 50, taxRateBp: 700, category: 'Drinks' },
    { name: 'Olive Soap', price: 400, stock: 50, taxRateBp: 700, category: 'Bath' }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

const anyThreeDrinks = (price = 500) => ({ name: `Any 3 drinks ${price}`, category: 'Drinks', kind: 'multi_price' as const, quantity: 3, price })

describe('quantity promotions per category', () => {
  it('a manager sets one for a category; a cashier is refused and nothing is written', async () => {
    const cashierId = await till.addStaff('Cara Cashier', 'cashier', '4826')
    const managerId = await till.addStaff('Max Manager', 'manager', '7391')
    const cashier = till.window(2)
    await cashier.unlock(cashierId, '4826')
    const manager = till.window(3)
    await manager.unlock(managerId, '7391')

    const made = await manager.ok('promotions.create', anyThreeDrinks())
    expect(made).toMatchObject({ productId: null, productName: null, category: 'Drinks', kind: 'multi_price', quantity: 3, price: 500, active: true })
    const before = await snapshotDatabase(till)
    expect(await cashier.call('promotions.create', { ...anyThreeDrinks(), category: 'Bath' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { permission: 'coupons.manage' } }
    })
    expect({ ...(await snapshotDatabase(till)), journal: null }).toEqual({ ...before, journal: null })
    expect(await cashier.ok('promotions.list')).toEqual([made])
  })

  it.each([
    ['a product and a category at once', { ...anyThreeDrinks(), productId: 1 }],
    ['neither a product nor a category', { name: 'Any 3', kind: 'multi_price', quantity: 3, price: 500 }],
    ['an empty category', { ...anyThreeDrinks(), category: '   ' }],
    ['a category longer than a product may carry', { ...anyThreeDrinks(), category: 'D'.repeat(81) }],
    ['a category that is not text', { ...anyThreeDrinks(), category: 7 }]
  ])('refuses %s at the boundary, writing nothing', async (_name, input) => {
    const before = await snapshotDatabase(till)
    expect(await till.call('promotions.create', input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('refuses a category no product is in, and a second active rule on one category; a switched-off one may wait beside it', async () => {
    const first = await till.ok('promotions.create', anyThreeDrinks())
    const before = await snapshotDatabase(till)
    expect(await till.call('promotions.create', { ...anyThreeDrinks(), category: 'Drinkz' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'category' }] }
    })
    expect(await till.call('promotions.create', anyThreeDrinks(450))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'category' }], details: { promotionId: first.id } }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
    expect(await till.ok('promotions.create', { ...anyThreeDrinks(450), active: false })).toMatchObject({ active: false, category: 'Drinks' })
  })

  it('counts the units of every product of the category together; the order, receipts, stats, sync and journal carry it', async () => {
    await till.ok('promotions.create', anyThreeDrinks())
    // Two colas and a water: 5.50 as three drinks for 5.00; the soap is in another category.
    const cart = await cartWith(till, [
      { variantId: cola.variantId, quantity: 2 },
      { variantId: water.variantId, quantity: 1 },
      { variantId: soap.variantId, quantity: 1 }
    ])
    // 50 spread by the value each line put in the group: 400 and 150 of 550 -> 36.4 and 13.6.
    expect(cart.lines.map((line) => [line.promotionDiscount, line.promotionName])).toEqual([
      [36, 'Any 3 drinks 500'],
      [14, 'Any 3 drinks 500'],
      [0, '']
    ])
    expect(cart.totals).toMatchObject({ subtotal: 950, promotionDiscountTotal: 50, total: 900, promotions: [{ name: 'Any 3 drinks 500', discount: 50 }] })
    for (const rate of cart.totals.taxByRate) expect(rate.net + rate.tax).toBe(rate.gross)

    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 900 }] })
    expect(order.lines.map((line) => [line.promotionDiscount, line.promotionName, line.total])).toEqual([
      [36, 'Any 3 drinks 500', 364],
      [14, 'Any 3 drinks 500', 136],
      [0, '', 400]
    ])
    const printable = await loadPrintableOrder(till.context.db, order.id)
    for (const paper of PAPER_SIZES) {
      expect(await renderOrderHtml(printable, 'receipt', paper, false), paper).toContain('Any 3 drinks 500')
      const thermal = decodeEscPos(renderOrderEscPos(printable, 'receipt', { paper, codePage: 'cp858' }, { reprint: false, openDrawer: false }))
      expect(thermal.lines.join('\n'), paper).toContain('Any 3 drinks 500')
    }
    const settings = await till.ok('settings.get')
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, settings.timeZone))
    expect((await till.ok('stats.overview', { from: order.businessDay, to: order.businessDay })).summary).toMatchObject({ discounts: 50 })
    const sent = (await readOutbox(till.context.db)).find((row) => row.type === 'order.changed' && row.order_id === order.id)?.payload as {
      order: { promotionDiscountTotal: number; lines: Array<{ promotionDiscount: number; promotionName: string }> }
    }
    expect(sent.order.promotionDiscountTotal).toBe(50)
    expect(sent.order.lines.map((line) => [line.promotionDiscount, line.promotionName])).toEqual([
      [36, 'Any 3 drinks 500'],
      [14, 'Any 3 drinks 500'],
      [0, '']
    ])
    expect(await till.ok('journal.verify')).toMatchObject({ intact: true })
    // Returning the water refunds what its line sold for, not its 1.50 shelf price.
    expect((await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[1]!.id, quantity: 1 }] })).refundedTotal).toBe(136)
  })
})

describe('a product rule and its category rule on one cart', () => {
  it('the cart takes whichever mix takes more off, and says which rule priced each line', async () => {
    await till.ok('promotions.create', { name: 'Cola 1+1', productId: cola.productId, kind: 'buy_get', quantity: 1, freeQuantity: 1 })
    await till.ok('promotions.create', anyThreeDrinks(400))
    // Two colas and a water: the cola's own rule takes 2.00 off, three drinks for 4.00 only 1.50.
    const own = await cartWith(till, [
      { variantId: cola.variantId, quantity: 2 },
      { variantId: water.variantId, quantity: 1 }
    ])
    expect(own.lines.map((line) => [line.promotionDiscount, line.promotionName])).toEqual([
      [200, 'Cola 1+1'],
      [0, '']
    ])
    // One cola and three waters: the cola alone takes nothing by its own rule; the category's rule
    // on all four (cola + 2 waters for 4.00) takes 1.00, more than 0.50 on the waters alone.
    const category = await cartWith(till, [
      { variantId: cola.variantId, quantity: 1 },
      { variantId: water.variantId, quantity: 3 }
    ])
    expect(category.totals).toMatchObject({ promotionDiscountTotal: 100, promotions: [{ name: 'Any 3 drinks 400', discount: 100 }] })
    expect(category.lines.map((line) => line.promotionName)).toEqual(['Any 3 drinks 400', 'Any 3 drinks 400'])
  })

  it('on a tie the product keeps its own rule', async () => {
    await till.ok('promotions.create', { name: 'Cola 2 for 3.00', productId: cola.productId, kind: 'multi_price', quantity: 2, price: 300 })
    await till.ok('promotions.create', { name: 'Any 2 drinks 3.00', category: 'Drinks', kind: 'multi_price', quantity: 2, price: 300 })
    const cart = await cartWith(till, [{ variantId: cola.variantId, quantity: 2 }])
    expect(cart.totals.promotions).toEqual([{ promotionId: expect.any(Number), name: 'Cola 2 for 3.00', discount: 100 }])
  })
})

describe('a promotion on a line with the cashier’s line discount', () => {
  it('takes the line discount first, then prices the group at what is left', async () => {
    await till.ok('promotions.create', { name: '3 for 10.00', productId: soap.productId, kind: 'multi_price', quantity: 3, price: 1000 })
    const cart = await cartWith(till, [{ variantId: soap.variantId, quantity: 3 }])
    // 10% off 12.00 leaves 10.80; three for 10.00 takes the last 0.80.
    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cart.lines[0]!.id, discount: { kind: 'percent', value: 1000 } })
    const tenPercent = await till.ok('cart.get', { cartId: cart.id })
    expect(tenPercent.lines[0]).toMatchObject({ gross: 1200, lineDiscount: 120, promotionDiscount: 80, promotionName: '3 for 10.00', total: 1000 })
    // Half off leaves 6.00, already below the group price: the promotion takes nothing more.
    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cart.lines[0]!.id, discount: { kind: 'percent', value: 5000 } })
    const half = await till.ok('cart.get', { cartId: cart.id })
    expect(half.lines[0]).toMatchObject({ lineDiscount: 600, promotionDiscount: 0, promotionName: '', total: 600 })

    await till.ok('cart.setLineDiscount', { cartId: cart.id, lineId: cart.lines[0]!.id, discount: { kind: 'percent', value: 1000 } })
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'card', amount: 1000, reference: 'T-1' }] })
    expect(order.lines[0]).toMatchObject({ lineDiscount: 120, promotionDiscount: 80, total: 1000 })
    const html = await renderOrderHtml(await loadPrintableOrder(till.context.db, order.id), 'receipt', '80mm', false)
    expect(html).toContain('3 for 10.00')
  })
})

describe('a switched-off category rule', () => {
  it('no longer applies; a sold order keeps its name and discount', async () => {
    const rule = await till.ok('promotions.create', anyThreeDrinks())
    const sold = await sellAtCounter(till, [{ variantId: cola.variantId, quantity: 3 }])
    expect(sold).toMatchObject({ total: 500, promotionDiscountTotal: 100 })
    await till.ok('promotions.update', { promotionId: rule.id, promotion: { ...anyThreeDrinks(), name: 'Renamed', active: false } })
    expect((await cartWith(till, [{ variantId: cola.variantId, quantity: 3 }])).totals).toMatchObject({ total: 600, promotionDiscountTotal: 0 })
    expect((await till.ok('orders.get', { orderId: sold.id })).lines[0]).toMatchObject({ promotionName: 'Any 3 drinks 500', promotionDiscount: 100 })
  })
})
