import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { CompiledQuery } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OrderFilter } from '../../src/shared/orders'
import { orderListQuery } from '../../src/main/orders/order-list'
import { chooseSaveTo } from '../support/save-to'
import { openTestTill, type TestTill } from '../support/test-till'
import { archiveProduct, seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales, takePickup } from '../support/sales'

const HOUR = 3_600_000
let till: TestTill
let rose: SeededVariant
let tulip: SeededVariant
let vase: SeededVariant
beforeEach(async () => {
  // 2026-03-02 09:00 UTC is 04:00 in New York
  till = openTestTill()
  await till.ok('settings.update', { timeZone: 'America/New_York', orderPrefix: 'F' })
  ;[rose, tulip, vase] = (await seedProducts(till.context, [
    { name: 'Red Rose', price: 250, stock: 500 },
    { name: 'Yellow Tulip', price: 150, stock: 500 },
    { name: 'Glass Vase', price: 2000, stock: 50, label: 'Tall' }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

async function allPages(filter: OrderFilter, limit = 2): Promise<string[]> {
  const numbers: string[] = []
  let after: { createdAt: number; id: number } | undefined
  do {
    const page = await till.ok('orders.list', { filter, limit, ...(after ? { after } : {}) })
    numbers.push(...page.orders.map((order) => order.number))
    after = page.next ?? undefined
  } while (after)
  return numbers
}

describe('the order list', () => {
  it('comes newest first in keyset pages and filters by status, kind, payment, customer, dates and text', async () => {
    const ada = await till.ok('customers.create', { name: 'Ada Byron', phone: '555 0101' })
    const sale1 = await sellAtCounter(till, [{ variantId: rose.variantId }]) // F-000001, Mar 2 04:00 local
    till.clock.advance(22 * HOUR) // Mar 3 02:00 local
    const cart = await cartWith(till, [{ variantId: tulip.variantId }, { variantId: vase.variantId }])
    await till.ok('cart.attachCustomer', { cartId: cart.id, customerId: ada.id })
    const pickup = await till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup' }) // F-000002 unpaid
    till.clock.advance(HOUR)
    const sale3 = await sellAtCounter(till, [{ variantId: tulip.variantId, quantity: 3 }]) // F-000003
    till.clock.advance(24 * HOUR) // Mar 4 03:00 local
    const delivery = await cartWith(till, [{ variantId: rose.variantId }])
    await till.ok('cart.attachCustomer', { cartId: delivery.id, customerId: ada.id })
    const order4 = await till.ok('cart.checkout', {
      cartId: delivery.id,
      kind: 'delivery',
      deliveryAddress: 'Here',
      payments: [{ method: 'card', amount: 100 }]
    })
    await till.ok('orders.cancel', { orderId: pickup.id })

    expect(await allPages({})).toEqual(['F-000004', 'F-000003', 'F-000002', 'F-000001'])
    expect(await allPages({ status: 'delivered' })).toEqual(['F-000003', 'F-000001'])
    expect(await allPages({ status: 'cancelled' })).toEqual(['F-000002'])
    expect(await allPages({ kind: 'delivery' })).toEqual(['F-000004'])
    expect(await allPages({ paymentState: 'partial' })).toEqual(['F-000004'])
    expect(await allPages({ paymentState: 'paid' }, 1)).toEqual(['F-000003', 'F-000001'])
    expect(await allPages({ customerId: ada.id })).toEqual(['F-000004', 'F-000002'])
    expect(await allPages({ from: '2026-03-03', to: '2026-03-03' })).toEqual(['F-000003', 'F-000002'])
    expect(await allPages({ from: '2026-03-03' })).toEqual(['F-000004', 'F-000003', 'F-000002'])
    expect(await allPages({ to: '2026-03-02' })).toEqual(['F-000001'])
    expect(await allPages({ text: 'tulip' }, 1)).toEqual(['F-000003', 'F-000002'])
    expect(await allPages({ text: 'ada' })).toEqual(['F-000004', 'F-000002'])
    expect(await allPages({ text: '0101' })).toEqual(['F-000004', 'F-000002'])
    expect(await allPages({ text: 'F-000003' })).toEqual(['F-000003'])
    expect(await allPages({ text: '3' })).toEqual(['F-000003'])
    expect(await allPages({ text: 'glass tall' })).toEqual(['F-000002'])
    expect(await allPages({ text: 'rose', from: '2026-03-04' })).toEqual(['F-000004'])
    expect(await allPages({ text: 'rose', to: '2026-03-03' })).toEqual(['F-000001'])
    expect(await allPages({ text: 'rose', from: '2026-03-05' })).toEqual([])
    expect(await allPages({ text: 'tulip', status: 'delivered', kind: 'counter' })).toEqual(['F-000003'])
    expect(await allPages({ text: '"); DROP TABLE orders; --' })).toEqual([])

    const page = await till.ok('orders.list', { limit: 1 })
    expect(page.orders[0]).toMatchObject({
      id: order4.id,
      number: 'F-000004',
      kind: 'delivery',
      status: 'pending',
      paymentState: 'partial',
      customerName: 'Ada Byron',
      customerId: ada.id,
      itemCount: 1,
      total: 250,
      paidTotal: 100,
      businessDay: '2026-03-04'
    })
    expect(sale1.businessDay).toBe('2026-03-02')
    expect(sale3.businessDay).toBe('2026-03-03')
  })

  it('keeps newest first in id order when the clock steps back', async () => {
    await sellAtCounter(till, [{ variantId: rose.variantId }])
    till.clock.advance(-2 * HOUR)
    const second = await sellAtCounter(till, [{ variantId: rose.variantId }])
    expect(second.createdAt).toBe((await till.ok('orders.list', {})).orders[1]!.createdAt)
    expect(await allPages({ text: 'rose' }, 1)).toEqual(await allPages({}, 1))
  })

  it.each<[string, OrderFilter, string]>([
    ['no filter', {}, 'orders_created'],
    ['status', { status: 'pending' }, 'orders_status'],
    ['kind', { kind: 'pickup' }, 'orders_kind'],
    ['payment state', { paymentState: 'unpaid' }, 'orders_payment_state'],
    ['customer', { customerId: 7 }, 'orders_customer'],
    ['staff member', { staffId: 'owner' }, 'orders_created_by'],
    ['staff member, status and dates', { staffId: 'owner', status: 'pending', from: '2026-03-01' }, 'orders_created_by'],
    ['date range', { from: '2026-03-01', to: '2026-03-31' }, 'orders_created'],
    ['status and kind', { status: 'pending', kind: 'delivery' }, 'orders_status_kind'],
    ['status and payment', { status: 'pending', paymentState: 'unpaid' }, 'orders_status'],
    ['kind and payment', { kind: 'pickup', paymentState: 'partial', to: '2026-03-31' }, 'orders_payment_state'],
    ['status, dates and customer', { status: 'delivered', customerId: 3, from: '2026-01-01' }, 'orders_customer'],
    ['everything', { status: 'pending', kind: 'pickup', paymentState: 'unpaid', from: '2026-01-01', to: '2026-12-31' }, 'orders_status_kind'],
    ['text', { text: 'rose' }, 'orders_fts'],
    ['text with filters', { text: 'rose', status: 'delivered', customerId: 4, from: '2026-03-01' }, 'orders_fts']
  ])('reads one index in order for %s: no full scan, no sort', async (_name, filter, index) => {
    for (let count = 0; count < 3; count += 1) await sellAtCounter(till, [{ variantId: rose.variantId }])
    for (const after of [undefined, { createdAt: till.clock.now(), id: 2 }]) {
      const compiled = (await orderListQuery(till.context.db, { filter, limit: 50, ...(after ? { after } : {}) })).compile(till.context.db)
      const plan = await till.context.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]))
      const details = plan.rows.map((row) => row.detail)
      expect(details.join(' | ')).not.toMatch(/TEMP B-TREE/)
      expect(details.some((detail) => /^SCAN orders\b(?!_fts)/.test(detail))).toBe(false)
      if (index === 'orders_fts') {
        expect(details).toEqual([expect.stringMatching(/^SCAN orders_fts VIRTUAL TABLE/), 'SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)'])
      } else {
        expect(details).toEqual([expect.stringMatching(new RegExp(`^SEARCH orders USING (COVERING )?INDEX ${index} \\(.*created_at<\\?\\)$`))])
      }
    }
  })
})

describe('the order detail', () => {
  it('holds lines, payments and the event history', async () => {
    const order = await takePickup(till, [{ variantId: vase.variantId }], [{ method: 'other', amount: 500, note: 'Voucher 77' }])
    await till.ok('orders.setStatus', { orderId: order.id, status: 'processing', note: 'Wrapping' })
    const detail = await till.ok('orders.get', { orderId: order.id })
    expect(detail.lines).toMatchObject([{ name: 'Glass Vase', variantLabel: 'Tall', quantity: 1, total: 2000 }])
    expect(detail.payments).toMatchObject([{ method: 'other', amount: 500, note: 'Voucher 77' }])
    expect(detail.events.map((event) => event.to)).toEqual(['pending', 'processing'])
    expect(detail).toMatchObject({ amountDue: 1500, paymentState: 'partial' })
  })
})

describe('reorder', () => {
  it("fills the empty active cart at today's prices, for the same customer, leaving out archived products", async () => {
    const cart = await cartWith(till, [{ variantId: rose.variantId, quantity: 2 }, { variantId: vase.variantId }, { variantId: tulip.variantId }])
    await till.ok('cart.attachCustomer', { cartId: cart.id, newCustomer: { name: 'Grace' } })
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 2650 }] })
    await till.context.db.updateTable('variants').set({ price: 300 }).where('id', '=', rose.variantId).execute()
    await archiveProduct(till.context, vase.productId)
    const events = till.recordEvents()
    const result = await till.ok('orders.reorder', { orderId: order.id })
    expect(result.skipped).toEqual([{ name: 'Glass Vase', sku: vase.sku, variantLabel: 'Tall' }])
    expect(result.cart.lines.map((line) => [line.name, line.quantity, line.unitPrice])).toEqual([
      ['Red Rose', 2, 300],
      ['Yellow Tulip', 1, 150]
    ])
    expect(result.cart).toMatchObject({ status: 'active', customer: { name: 'Grace' } })
    expect(result.cart.totals.total).toBe(750)
    expect(events).toContainEqual({ name: 'cart.changed', payload: { cartId: result.cart.id } })
  })

  it('refuses while a sale is in progress, and changes nothing', async () => {
    const order = await sellAtCounter(till, [{ variantId: rose.variantId }])
    await cartWith(till, [{ variantId: tulip.variantId }])
    const before = await snapshotSales(till)
    expect(await till.call('orders.reorder', { orderId: order.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await snapshotSales(till)).toEqual(before)
  })
})

describe('CSV export', () => {
  it('streams the filtered list, newest first, to the chosen file and answers the row count', async () => {
    await till.ok('settings.update', { currency: 'KWD' })
    for (let index = 0; index < 7; index += 1) {
      await sellAtCounter(till, [{ variantId: rose.variantId, quantity: index + 1 }])
      till.clock.advance(60_000)
    }
    await takePickup(till, [{ variantId: tulip.variantId }])
    const path = join(till.dir, 'orders.csv')
    const result = await till.ok('orders.exportCsv', { filter: { kind: 'counter' }, saveToken: await chooseSaveTo(till, path) })
    expect(result).toEqual({ rows: 7, path })
    const records = parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, bom: true })
    expect(records).toHaveLength(7)
    expect(records.map((record) => record.number)).toEqual(['F-000007', 'F-000006', 'F-000005', 'F-000004', 'F-000003', 'F-000002', 'F-000001'])
    expect(records[6]).toMatchObject({
      kind: 'counter',
      status: 'delivered',
      payment_state: 'paid',
      items: '1',
      currency: 'KWD',
      total: '0.250',
      business_day: '2026-03-02'
    })
    expect(records[0]?.total).toBe('1.750')
    expect(existsSync(`${path}.partial`)).toBe(false)

    const none = await till.ok('orders.exportCsv', { filter: { status: 'returned' }, saveToken: await chooseSaveTo(till, path) })
    expect(none.rows).toBe(0)
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1)
  })

  it('walks every keyset page of a long list', async () => {
    await till.context.db.transaction().execute(async (trx) => {
      for (let index = 0; index < 1203; index += 1) {
        await trx
          .insertInto('orders')
          .values({
            sequence: index + 1,
            number: `F-${index + 1}`,
            kind: 'counter',
            status: 'delivered',
            payment_state: 'paid',
            customer_id: null,
            customer_name: '',
            customer_phone: '',
            customer_email: '',
            delivery_address: '',
            note: '',
            coupon_id: null,
            coupon_code: '',
            tax_mode: 'exclusive',
            currency: 'USD',
            item_count: 1,
            subtotal: 100,
            line_discount_total: 0,
            order_discount_total: 0,
            coupon_discount_total: 0,
            tax_total: 0,
            total: 100,
            paid_total: 100,
            refunded_total: 0,
            returned_total: 0,
            tax_rounding: 'line',
            business_day: '2026-03-02',
            created_by: 'owner',
            created_at: till.clock.now() + Math.floor(index / 3),
            updated_at: till.clock.now()
          })
          .execute()
      }
    })
    const path = join(till.dir, 'all.csv')
    expect(await till.ok('orders.exportCsv', { filter: {}, saveToken: await chooseSaveTo(till, path) })).toEqual({ rows: 1203, path })
    const records = parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, bom: true })
    expect(new Set(records.map((record) => record.number)).size).toBe(1203)
    expect(records[0]?.number).toBe('F-1203')
    expect(records.at(-1)?.number).toBe('F-1')
  })

  it('refuses a chosen folder that does not exist', async () => {
    const saveToken = await chooseSaveTo(till, '/no/such/folder/orders.csv')
    expect(await till.call('orders.exportCsv', { saveToken })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})
