import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type TestTill, type TillWindow } from '../support/test-till'
import { simpleProduct } from '../support/catalog-fixtures'
import { cartWith, snapshotSales } from '../support/sales'
import { MANAGER_PIN, openStaffedTill } from '../support/staffed-till'

let till: TestTill
let cashier: TillWindow
let cashierId: string
let managerId: string

beforeEach(async () => {
  ;({ till, cashier, cashierId, managerId } = await openStaffedTill())
})
afterEach(() => till.cleanup())

/** Two products: a croissant with 1 in stock and tea with plenty. */
async function shortCart(window: Pick<TillWindow, 'ok'> = cashier): Promise<{ cartId: number; total: number; croissant: number; tea: number }> {
  const croissant = (await till.ok('catalog.createProduct', simpleProduct('Croissant', { sku: 'CRO', price: 180, stock: 1 }))).variants[0]!.id
  const tea = (await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', price: 300, stock: 9 }))).variants[0]!.id
  let cart = await window.ok('cart.current')
  cart = await window.ok('cart.addLine', { cartId: cart.id, variantId: croissant, quantity: 3 })
  cart = await window.ok('cart.addLine', { cartId: cart.id, variantId: tea, quantity: 1 })
  return { cartId: cart.id, total: cart.totals.total, croissant, tea }
}

function sale(cartId: number, total: number, sellBelowStock?: boolean) {
  return {
    cartId,
    kind: 'counter' as const,
    payments: [{ method: 'cash' as const, amount: total }],
    ...(sellBelowStock === undefined ? {} : { sellBelowStock })
  }
}

/** What a refused sale must leave as it was; the journal keeps the refusal itself, so it is left out. */
async function salesState(): Promise<Record<string, unknown>> {
  const { journal: _journal, journal_orders: _orders, ...rest } = await snapshotSales(till)
  return rest
}

function movements() {
  return till.context.db
    .selectFrom('stock_movements')
    .select(['variant_id', 'delta', 'stock_after', 'reason', 'actor_id', 'approver_id', 'allowed_by'])
    .where('reason', '=', 'sale')
    .orderBy('id')
    .execute()
}

describe('sell anyway', () => {
  it('is refused while the shop refuses short stock, even when asked for, and nothing is written', async () => {
    const { cartId, total } = await shortCart(till)
    const before = await salesState()
    for (const flag of [undefined, true]) {
      const result = await till.call('cart.checkout', sale(cartId, total, flag))
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'STOCK_INSUFFICIENT', details: { product: 'Croissant', available: 1, requested: 3, sellAnyway: false } }
      })
    }
    expect(await salesState()).toEqual(before)
  })

  it('tells the till it may offer "sell anyway", and needs stock.sellBelowZero for it: a cashier is refused naming it, nothing written', async () => {
    await till.ok('settings.update', { shortStock: 'sell_anyway' })
    const { cartId, total } = await shortCart()
    const before = await salesState()
    expect(await cashier.call('cart.checkout', sale(cartId, total))).toMatchObject({
      ok: false,
      error: { code: 'STOCK_INSUFFICIENT', details: { sellAnyway: true } }
    })
    expect(await cashier.call('cart.checkout', sale(cartId, total, true))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { permission: 'stock.sellBelowZero' } }
    })
    expect(await salesState()).toEqual(before)
  })

  it('sells with a manager’s approval: the stock goes negative, the movement names the manager as who allowed it', async () => {
    await till.ok('settings.update', { shortStock: 'sell_anyway' })
    const { cartId, total, croissant, tea } = await shortCart()
    const order = await cashier.approved({ staffId: managerId, pin: MANAGER_PIN }).ok('cart.checkout', sale(cartId, total, true))
    expect(order.status).toBe('delivered')
    const stock = await till.context.db.selectFrom('variants').select(['id', 'stock']).orderBy('id').execute()
    expect(stock).toEqual([
      { id: croissant, stock: -2 },
      { id: tea, stock: 8 }
    ])
    expect(await movements()).toEqual([
      { variant_id: croissant, delta: -3, stock_after: -2, reason: 'sale', actor_id: cashierId, approver_id: managerId, allowed_by: managerId },
      // a line that had the stock is an ordinary movement: nobody had to allow it
      { variant_id: tea, delta: -1, stock_after: 8, reason: 'sale', actor_id: cashierId, approver_id: managerId, allowed_by: null }
    ])
    const row = await till.context.db.selectFrom('orders').select(['created_by', 'approver_id']).where('id', '=', order.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ created_by: cashierId, approver_id: managerId })
    // The Products screen reads the negative stock as it is.
    const product = await till.ok('catalog.getProduct', { id: order.lines[0]!.productId })
    expect(product.variants[0]!.stock).toBe(-2)
  })

  it('lets staff holding the permission sell anyway themselves, named as who allowed it; later sales of the negative item need it again', async () => {
    await till.ok('settings.update', { shortStock: 'sell_anyway' })
    const { cartId, total, croissant } = await shortCart(till)
    await till.ok('cart.checkout', sale(cartId, total, true))
    const owner = (await movements())[0]!
    expect(owner).toMatchObject({ stock_after: -2, approver_id: null, allowed_by: owner.actor_id })
    expect(owner.actor_id).not.toBe(cashierId)

    const again = await cartWith(till, [{ variantId: croissant }])
    expect(await till.call('cart.checkout', sale(again.id, again.totals.total))).toMatchObject({
      ok: false,
      error: { code: 'STOCK_INSUFFICIENT', details: { available: -2, requested: 1 } }
    })
  })

  it('leaves a hand adjustment below zero refused, and a return into negative stock needs nobody to allow it', async () => {
    await till.ok('settings.update', { shortStock: 'sell_anyway' })
    const { cartId, total, croissant } = await shortCart(till)
    const order = await till.ok('cart.checkout', sale(cartId, total, true))
    const before = await salesState()
    expect(await till.call('stock.adjust', { variantId: croissant, delta: -1, reason: 'damaged' })).toMatchObject({
      ok: false,
      error: { code: 'STOCK_INSUFFICIENT' }
    })
    expect(await salesState()).toEqual(before)
    const line = order.lines.find((entry) => entry.variantId === croissant)!
    await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })
    const returned = await till.context.db
      .selectFrom('stock_movements')
      .select(['stock_after', 'allowed_by'])
      .where('reason', '=', 'return')
      .executeTakeFirstOrThrow()
    expect(returned).toEqual({ stock_after: -1, allowed_by: null })
  })

  it('is held by the schema: a movement that takes stock below zero without naming who allowed it is refused', () => {
    const insert = (stockAfter: number, allowedBy: string | null) =>
      till.sqlite
        .prepare(
          "INSERT INTO stock_movements (variant_id, delta, stock_after, reason, actor_id, allowed_by, created_at) VALUES (?, -1, ?, 'sale', 'owner', ?, 0)"
        )
        .run(variantId, stockAfter, allowedBy)
    till.sqlite.prepare("INSERT INTO products (id, name, tax_rate_bp, created_at, updated_at) VALUES (90, 'P', 0, 0, 0)").run()
    const variantId = Number(
      till.sqlite.prepare("INSERT INTO variants (product_id, sku, price, created_at, updated_at) VALUES (90, 'P-1', 100, 0, 0)").run().lastInsertRowid
    )
    expect(() => insert(-1, null)).toThrow(/CHECK constraint/)
    expect(() => insert(0, 'owner')).toThrow(/CHECK constraint/)
    expect(() =>
      till.sqlite
        .prepare("INSERT INTO stock_movements (variant_id, delta, stock_after, reason, actor_id, created_at) VALUES (?, 1, 1, 'gift', 'owner', 0)")
        .run(variantId)
    ).toThrow(/CHECK constraint/)
    expect(() => insert(-1, 'owner')).not.toThrow()
  })
})
