import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scaleLabelCode } from '../../src/shared/scale-barcode'
import { snapshotDatabase, type TestTill, type TillWindow } from '../support/test-till'
import { EVENT_SCHEMAS, protocolSchemas } from '../../src/sync-server/protocol-schemas'
import { simpleProduct } from '../support/catalog-fixtures'
import { readOutbox } from '../support/sync-harness'
import { MANAGER_PIN, openStaffedTill } from '../support/staffed-till'

let till: TestTill
let cashier: TillWindow
let managerId: string

beforeEach(async () => {
  ;({ till, cashier, managerId } = await openStaffedTill())
})
afterEach(() => till.cleanup())

/** What a refusal must leave as it was; the journal keeps refusals of permission, so it is left out. */
async function unchanged(): Promise<Record<string, unknown>> {
  const { journal: _journal, ...rest } = await snapshotDatabase(till)
  return rest
}

async function product(name: string, sku: string, price: number, stock: number, soldBy: 'each' | 'kg' | 'lb' = 'each', barcode: string | null = null) {
  return (await till.ok('catalog.createProduct', simpleProduct(name, { sku, price, stock, barcode }, { soldBy, taxRateBp: 1000 }))).variants[0]!.id
}

function cashSale(cartId: number, total: number) {
  return { cartId, kind: 'counter' as const, payments: [{ method: 'cash' as const, amount: total }] }
}

function stockOf(variantId: number) {
  return till.context.db.selectFrom('variants').select('stock').where('id', '=', variantId).executeTakeFirstOrThrow()
}

function storedLines(orderId: number) {
  return till.context.db
    .selectFrom('order_lines')
    .select(['name', 'unit_price', 'quantity', 'gross', 'sold_by', 'price_source', 'list_price', 'price_reason', 'price_by', 'tax_rate_bp'])
    .where('order_id', '=', orderId)
    .orderBy('position')
    .execute()
}

describe('open-price lines (Misc, "Sell at a price")', () => {
  it('sells a typed price at a typed tax rate as lines of their own, moving no stock, kept on the order and returned', async () => {
    const cart = await till.ok('cart.current')
    let next = await cashier.ok('cart.addOpenLine', { cartId: cart.id, unitPrice: 350, taxRateBp: 700 })
    next = await cashier.ok('cart.addOpenLine', { cartId: cart.id, unitPrice: 350, taxRateBp: 700 })
    next = await cashier.ok('cart.addOpenLine', { cartId: cart.id, unitPrice: 1299, taxRateBp: 2000, name: 'Gift wrap', code: '4006381333931', quantity: 2 })
    expect(next.lines.map((line) => [line.kind, line.name, line.unitPrice, line.taxRateBp, line.quantity, line.gross, line.code])).toEqual([
      ['open', 'Misc', 350, 700, 1, 350, ''],
      ['open', 'Misc', 350, 700, 1, 350, ''],
      ['open', 'Gift wrap', 1299, 2000, 2, 2598, '4006381333931']
    ])
    // tax-exclusive shop: 7% of 3.50 is 0.245 -> 0.25 per line, 20% of 25.98 is 5.196 -> 5.20
    expect(next.totals).toMatchObject({ itemCount: 4, subtotal: 3298, taxTotal: 25 + 25 + 520, total: 3298 + 570 })
    const misc = await till.ok('catalog.search', { text: 'MISC' })
    expect(misc).toMatchObject([{ productName: 'Misc', sku: 'MISC', openPrice: true, stock: 0 }])

    const order = await cashier.ok('cart.checkout', cashSale(cart.id, next.totals.total))
    expect(await storedLines(order.id)).toEqual([
      expect.objectContaining({ name: 'Misc', unit_price: 350, price_source: 'open', list_price: null, price_by: null, tax_rate_bp: 700 }),
      expect.objectContaining({ name: 'Misc', unit_price: 350, price_source: 'open' }),
      expect.objectContaining({ name: 'Gift wrap', unit_price: 1299, quantity: 2, gross: 2598, price_source: 'open', tax_rate_bp: 2000 })
    ])
    expect(order.lines[2]).toMatchObject({ priceSource: 'open', soldBy: 'each', listPrice: null })
    expect(await till.context.db.selectFrom('stock_movements').selectAll().where('reason', 'in', ['sale', 'return']).execute()).toEqual([])

    const returned = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[2]!.id, quantity: 1 }] })
    expect(returned.returnedTotal).toBe(1299 + 260)
    expect(await stockOf(misc[0]!.variantId)).toEqual({ stock: 0 })
    expect(await till.context.db.selectFrom('stock_movements').selectAll().where('reason', '=', 'return').execute()).toEqual([])
  })

  it('uses the shop’s own open-price product when it has one, and refuses a plain add of it', async () => {
    const deli = (await till.ok('catalog.createProduct', simpleProduct('Deli counter', { sku: 'DELI', price: 0 }, { openPrice: true }))).variants[0]!.id
    const cart = await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    expect(await cashier.call('cart.addLine', { cartId: cart.id, variantId: deli, quantity: 1 })).toMatchObject({
      ok: false,
      error: { code: 'PRICE_REQUIRED' }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
    const next = await cashier.ok('cart.addOpenLine', { cartId: cart.id, unitPrice: 480, taxRateBp: 0 })
    expect(next.lines[0]).toMatchObject({ variantId: deli, name: 'Deli counter', kind: 'open' })
    // The one picked on Sell, when the shop has several; a product with its own price is refused.
    const flowers = (await till.ok('catalog.createProduct', simpleProduct('Flowers', { sku: 'FLOWERS', price: 0 }, { openPrice: true }))).variants[0]!.id
    const bread = await product('Bread', 'BREAD', 300, 10)
    const picked = await cashier.ok('cart.addOpenLine', { cartId: cart.id, unitPrice: 1500, taxRateBp: 700, variantId: flowers })
    expect(picked.lines[1]).toMatchObject({ variantId: flowers, name: 'Flowers', kind: 'open', unitPrice: 1500 })
    const added = await snapshotDatabase(till)
    expect(await cashier.call('cart.addOpenLine', { cartId: cart.id, unitPrice: 100, taxRateBp: 0, variantId: bread })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'variantId', message: expect.stringContaining('Bread') }] }
    })
    expect(await snapshotDatabase(till)).toEqual(added)
  })

  it('refuses a bad open line at the boundary and writes nothing (not even the Misc product)', async () => {
    const cart = await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    for (const input of [
      { cartId: cart.id, unitPrice: 0, taxRateBp: 0 },
      { cartId: cart.id, unitPrice: -5, taxRateBp: 0 },
      { cartId: cart.id, unitPrice: 1.5, taxRateBp: 0 },
      { cartId: cart.id, unitPrice: 100, taxRateBp: 10_001 },
      { cartId: cart.id, unitPrice: 100, taxRateBp: 0, name: 'a\u0007b' },
      { cartId: cart.id, unitPrice: 100, taxRateBp: 0, quantity: 0 },
      { cartId: cart.id, unitPrice: 100, taxRateBp: 0, extra: 1 }
    ]) {
      expect(await cashier.call('cart.addOpenLine', input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(await cashier.call('cart.addOpenLine', { cartId: 999, unitPrice: 100, taxRateBp: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('line price override', () => {
  it('needs cart.overridePrice: a cashier is refused naming it and nothing changes; approved by a manager the reason and approver reach the order', async () => {
    const coffee = await product('Coffee beans', 'BEANS', 1000, 10)
    let cart = await cashier.ok('cart.addLine', { cartId: (await cashier.ok('cart.current')).id, variantId: coffee, quantity: 2 })
    const lineId = cart.lines[0]!.id
    const before = await unchanged()
    const override = { unitPrice: 800, reason: 'Dented bag' }
    expect(await cashier.call('cart.setLinePrice', { cartId: cart.id, lineId, override })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { permission: 'cart.overridePrice' } }
    })
    const manager = cashier.approved({ staffId: managerId, pin: MANAGER_PIN })
    expect(await manager.call('cart.setLinePrice', { cartId: cart.id, lineId, override: { unitPrice: 800, reason: '  ' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await unchanged()).toEqual(before)

    cart = await manager.ok('cart.setLinePrice', { cartId: cart.id, lineId, override })
    expect(cart.lines[0]).toMatchObject({ unitPrice: 800, listPrice: 1000, priceReason: 'Dented bag', gross: 1600 })
    // a second scan adds to the overridden line at its price
    cart = await cashier.ok('cart.addLine', { cartId: cart.id, variantId: coffee, quantity: 1 })
    expect(cart.lines).toHaveLength(1)
    expect(cart.lines[0]).toMatchObject({ quantity: 3, gross: 2400 })

    const order = await cashier.ok('cart.checkout', cashSale(cart.id, cart.totals.total))
    expect(await storedLines(order.id)).toEqual([
      expect.objectContaining({ unit_price: 800, list_price: 1000, price_source: 'override', price_reason: 'Dented bag', price_by: managerId })
    ])
    const detail = await till.ok('orders.get', { orderId: order.id })
    expect(detail.lines[0]).toMatchObject({ priceSource: 'override', listPrice: 1000, priceReason: 'Dented bag', priceBy: managerId })
    const { entries } = await till.ok('journal.list', {})
    const sale = entries.find((entry) => entry.command === 'cart.checkout')!
    const body = JSON.parse((await till.ok('journal.get', { seq: sale.seq })).body) as unknown
    expect(JSON.stringify(body)).toContain('"priceReason":"Dented bag"')
    expect(JSON.stringify(body)).toContain(`"priceBy":"${managerId}"`)
  })

  it('holds a cut beyond the role’s discount limit to cart.discountOverLimit; a rise or a cut within it is the role’s own; null goes back to the list price', async () => {
    const role = await till.ok('staff.saveRole', { name: 'Senior', permissions: ['cart.overridePrice'], discountLimitBp: 1000 })
    const seniorId = await till.addStaff('Sam Senior', role.id, '1357')
    const senior = till.window(3)
    await senior.unlock(seniorId, '1357')
    const coffee = await product('Coffee beans', 'BEANS', 1000, 10)
    let cart = await senior.ok('cart.addLine', { cartId: (await senior.ok('cart.current')).id, variantId: coffee, quantity: 1 })
    const lineId = cart.lines[0]!.id
    const before = await unchanged()
    expect(await senior.call('cart.setLinePrice', { cartId: cart.id, lineId, override: { unitPrice: 899, reason: 'Old stock' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { permission: 'cart.discountOverLimit', limitBp: 1000 } }
    })
    expect(await unchanged()).toEqual(before)
    cart = await senior.ok('cart.setLinePrice', { cartId: cart.id, lineId, override: { unitPrice: 900, reason: 'Old stock' } })
    expect(cart.lines[0]).toMatchObject({ unitPrice: 900, priceReason: 'Old stock' })
    cart = await senior.ok('cart.setLinePrice', { cartId: cart.id, lineId, override: { unitPrice: 1500, reason: 'Gift box' } })
    expect(cart.lines[0]).toMatchObject({ unitPrice: 1500 })
    cart = await senior.ok('cart.setLinePrice', { cartId: cart.id, lineId, override: null })
    expect(cart.lines[0]).toMatchObject({ unitPrice: 1000, listPrice: 1000, priceReason: '' })
    const row = await till.context.db.selectFrom('cart_lines').select(['unit_price', 'price_by', 'price_reason']).executeTakeFirstOrThrow()
    expect(row).toEqual({ unit_price: null, price_by: null, price_reason: '' })
  })

  it('refuses to override a typed or label price', async () => {
    const cart = await till.ok('cart.addOpenLine', { cartId: (await till.ok('cart.current')).id, unitPrice: 100, taxRateBp: 0 })
    const before = await unchanged()
    expect(await till.call('cart.setLinePrice', { cartId: cart.id, lineId: cart.lines[0]!.id, override: { unitPrice: 50, reason: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await unchanged()).toEqual(before)
  })
})

describe('weighed items', () => {
  it('sells typed weights as lines of their own, price x weight rounded once; stock, returns and the order keep thousandths of a kg', async () => {
    const cheese = await product('Comté', 'COMTE', 2399, 5000, 'kg')
    const cart = await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    expect(await till.call('cart.addLine', { cartId: cart.id, variantId: cheese, quantity: 1 })).toMatchObject({
      ok: false,
      error: { code: 'WEIGHT_REQUIRED', details: { soldBy: 'kg' } }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
    await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: cheese, quantity: 1250 })
    let next = await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: cheese, quantity: 333 })
    // 23.99 x 1.25 = 29.9875 -> 29.99; 23.99 x 0.333 = 7.98867 -> 7.99
    expect(next.lines.map((line) => [line.kind, line.soldBy, line.quantity, line.gross])).toEqual([
      ['weighed', 'kg', 1250, 2999],
      ['weighed', 'kg', 333, 799]
    ])
    expect(next.totals.itemCount).toBe(2)
    next = await till.ok('cart.setQuantity', { cartId: cart.id, lineId: next.lines[1]!.id, quantity: 500 })
    expect(next.lines[1]).toMatchObject({ quantity: 500, gross: 1200 })

    const order = await till.ok('cart.checkout', cashSale(cart.id, next.totals.total))
    expect(order.itemCount).toBe(2)
    expect(await stockOf(cheese)).toEqual({ stock: 5000 - 1250 - 500 })
    expect(await storedLines(order.id)).toEqual([
      expect.objectContaining({ quantity: 1250, gross: 2999, sold_by: 'kg', price_source: 'catalog' }),
      expect.objectContaining({ quantity: 500, gross: 1200, sold_by: 'kg' })
    ])
    const returned = await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 250 }] })
    // a fifth of the line's total comes back, and 0.250 kg goes back on the shelf
    expect(returned.returnedTotal).toBe(Math.round(order.lines[0]!.total / 5))
    expect(await stockOf(cheese)).toEqual({ stock: 3250 + 250 })
    expect(await till.call('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1001 }] })).toMatchObject({
      ok: false,
      error: { code: 'RETURN_EXCEEDS_SOLD', message: expect.stringContaining('Only 1 of Comté') }
    })
  })

  it('refuses a weight for a product sold by the piece and a bad weight, writing nothing', async () => {
    const bread = await product('Bread', 'BREAD', 300, 10)
    const cheese = await product('Comté', 'COMTE', 2399, 5000, 'kg')
    const cart = await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    expect(await till.call('cart.addWeighedLine', { cartId: cart.id, variantId: bread, quantity: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    for (const quantity of [0, -1, 1.5, 100_000_001]) {
      expect(await till.call('cart.addWeighedLine', { cartId: cart.id, variantId: cheese, quantity })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' }
      })
    }
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('EAN-13 scale labels', () => {
  it('reads price labels (the amount printed is the line) and weight labels (at today’s price), each its own line', async () => {
    const cheese = await product('Comté', 'COMTE', 2399, 5000, 'kg', '12345')
    const cake = await product('Cake slice', 'CAKE', 450, 10, 'each', '00777')
    await till.ok('settings.update', { scalePrefixes: [21, 22], scaleItemDigits: 5, scaleValue: 'price' })
    const cart = await till.ok('cart.current')
    await till.ok('cart.addScaleLabel', { cartId: cart.id, code: scaleLabelCode(21, '12345', 599, 5) })
    let next = await till.ok('cart.addScaleLabel', { cartId: cart.id, code: scaleLabelCode(22, '00777', 399, 5) })
    // 5.99 / 23.99 per kg = 0.24969 kg -> 250 thousandths kept for the stock; the line is what the label says
    expect(next.lines.map((line) => [line.kind, line.variantId, line.quantity, line.gross, line.labelAmount])).toEqual([
      ['label', cheese, 250, 599, 599],
      ['label', cake, 1, 399, 399]
    ])
    await till.ok('settings.update', { scaleValue: 'weight', scaleItemDigits: 6 })
    // a 6-digit item code: the scale pads the PLU with a zero
    next = await till.ok('cart.addScaleLabel', { cartId: cart.id, code: scaleLabelCode(21, '012345', 1250, 6) })
    expect(next.lines).toHaveLength(3)
    expect(next.lines[2]).toMatchObject({ kind: 'label', variantId: cheese, quantity: 1250, gross: 2999, labelAmount: null })
  })

  it('refuses a wrong check digit, an unknown item, a weight for a counted product, a foreign prefix and a changed quantity, writing nothing', async () => {
    await product('Comté', 'COMTE', 2399, 5000, 'kg', '12345')
    await product('Cake slice', 'CAKE', 450, 10, 'each', '00777')
    await till.ok('settings.update', { scalePrefixes: [21], scaleItemDigits: 5, scaleValue: 'weight' })
    const cart = await till.ok('cart.current')
    const good = scaleLabelCode(21, '12345', 1250, 5)
    const wrongCheck = good.slice(0, 12) + String((Number(good[12]) + 1) % 10)
    const before = await snapshotDatabase(till)
    for (const code of [
      wrongCheck,
      scaleLabelCode(21, '99999', 100, 5),
      scaleLabelCode(21, '00777', 100, 5),
      scaleLabelCode(23, '12345', 100, 5),
      scaleLabelCode(21, '12345', 0, 5)
    ]) {
      expect(await till.call('cart.addScaleLabel', { cartId: cart.id, code })).toMatchObject({
        ok: false,
        error: { code: 'SCALE_LABEL_INVALID', details: { code } }
      })
    }
    expect(await till.call('cart.addScaleLabel', { cartId: cart.id, code: '4006381333931' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotDatabase(till)).toEqual(before)
    const next = await till.ok('cart.addScaleLabel', { cartId: cart.id, code: good })
    const labelled = await snapshotDatabase(till)
    expect(await till.call('cart.setQuantity', { cartId: cart.id, lineId: next.lines[0]!.id, quantity: 2000 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await snapshotDatabase(till)).toEqual(labelled)
  })
})

describe('counter lines on sync v2', () => {
  it('sends where each price came from and how a weighed quantity reads, as docs/schemas/v2 describe', async () => {
    const schemas = protocolSchemas()
    const cheese = await product('Comté', 'COMTE', 2399, 5000, 'kg', '12345')
    const coffee = await product('Coffee beans', 'BEANS', 1000, 10)
    await till.ok('settings.update', { scalePrefixes: [21], scaleItemDigits: 5, scaleValue: 'price' })
    const cartId = (await till.ok('cart.current')).id
    await till.ok('cart.addOpenLine', { cartId, unitPrice: 350, taxRateBp: 700 })
    await till.ok('cart.addWeighedLine', { cartId, variantId: cheese, quantity: 1250 })
    await till.ok('cart.addScaleLabel', { cartId, code: scaleLabelCode(21, '12345', 599, 5) })
    const lineId = (await till.ok('cart.addLine', { cartId, variantId: coffee, quantity: 1 })).lines[3]!.id
    const cart = await till.ok('cart.setLinePrice', { cartId, lineId, override: { unitPrice: 900, reason: 'Dented bag' } })
    const order = await till.ok('cart.checkout', cashSale(cartId, cart.totals.total))

    const rows = await readOutbox(till.context.db)
    for (const row of rows) expect(schemas.validate(EVENT_SCHEMAS[2].payloads[row.type]!, row.payload), `${row.type} seq ${row.seq}`).toEqual([])
    const sale = rows.find((row) => row.type === 'order.changed' && row.order_id === order.id)!.payload as { order: { lines: unknown[] } }
    expect(sale.order.lines).toEqual([
      expect.objectContaining({ name: 'Misc', priceSource: 'open', soldBy: 'each', listPrice: null }),
      expect.objectContaining({ quantity: 1250, soldBy: 'kg', priceSource: 'catalog' }),
      expect.objectContaining({ quantity: 250, soldBy: 'kg', priceSource: 'label', gross: 599, listPrice: 2399 }),
      expect.objectContaining({ priceSource: 'override', unitPrice: 900, listPrice: 1000, priceReason: 'Dented bag', priceBy: 'owner' })
    ])
    const products = rows
      .filter((row) => row.type === 'product.changed')
      .map((row) => (row.payload as { product: { name: string; soldBy: string; openPrice: boolean } }).product)
    expect(products.map(({ name, soldBy, openPrice }) => [name, soldBy, openPrice])).toEqual([
      ['Comté', 'kg', false],
      ['Coffee beans', 'each', false],
      ['Misc', 'each', true]
    ])
  })
})
