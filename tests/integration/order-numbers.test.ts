import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatOrderNumber } from '../../src/main/orders/order-rows'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales } from '../support/sales'

const tills: TestTill[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const till of tills.splice(0)) await till.cleanup()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function open(dir?: string): TestTill {
  const till = openTestTill(dir ? { dir } : {})
  tills.push(till)
  return till
}

async function counterValue(till: TestTill): Promise<number> {
  const row = await till.context.db.selectFrom('order_counter').select('last_sequence').executeTakeFirstOrThrow()
  return row.last_sequence
}

describe('order numbers', () => {
  it('are the prefix, a dash and the sequence padded to six digits', () => {
    expect(formatOrderNumber('A', 1)).toBe('A-000001')
    expect(formatOrderNumber('SHOP2', 123_456)).toBe('SHOP2-123456')
    expect(formatOrderNumber('B', 1_234_567)).toBe('B-1234567')
    // the dash keeps prefixes apart: without it A1 + 000001 and A + 1000001 would collide
    expect(formatOrderNumber('A1', 1)).not.toBe(formatOrderNumber('A', 1_000_001))
  })

  it('follow one sequence across kinds and a change of prefix', async () => {
    const till = open()
    const [item] = (await seedProducts(till.context, [{ name: 'Pen', price: 100, stock: 50 }])) as [SeededVariant]
    expect((await sellAtCounter(till, [{ variantId: item.variantId }])).number).toBe('A-000001')
    const cart = await cartWith(till, [{ variantId: item.variantId }])
    expect((await till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup' })).number).toBe('A-000002')
    await till.ok('settings.update', { orderPrefix: 'kb' })
    expect((await sellAtCounter(till, [{ variantId: item.variantId }])).number).toBe('KB-000003')
  })

  it('are not drawn by a refused checkout, and never handed out twice', async () => {
    const till = open()
    const [item, scarce] = (await seedProducts(till.context, [
      { name: 'Pen', price: 100, stock: 50 },
      { name: 'Rare Ink', price: 900, stock: 1 }
    ])) as [SeededVariant, SeededVariant]
    await sellAtCounter(till, [{ variantId: item.variantId }])
    const cart = await cartWith(till, [{ variantId: scarce.variantId, quantity: 2 }])
    const before = await snapshotSales(till)
    const refused = await till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 1800 }] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'STOCK_INSUFFICIENT' } })
    expect(await snapshotSales(till)).toEqual(before)
    expect(await counterValue(till)).toBe(1)
    expect((await sellAtCounter(till, [{ variantId: item.variantId }])).number).toBe('A-000002')
    const numbers = await till.context.db.selectFrom('orders').select('number').execute()
    expect(new Set(numbers.map((row) => row.number)).size).toBe(numbers.length)
  })

  it('carry on after the database is closed and opened again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-numbers-'))
    dirs.push(dir)
    const first = openTestTill({ dir })
    const [item] = (await seedProducts(first.context, [{ name: 'Pen', price: 100, stock: 50 }])) as [SeededVariant]
    await sellAtCounter(first, [{ variantId: item.variantId }])
    await sellAtCounter(first, [{ variantId: item.variantId }])
    await first.cleanup()
    const second = open(dir)
    expect(await counterValue(second)).toBe(2)
    expect((await sellAtCounter(second, [{ variantId: item.variantId }])).number).toBe('A-000003')
  })

  it('come from the counter, not from the orders present', async () => {
    const till = open()
    const [item] = (await seedProducts(till.context, [{ name: 'Pen', price: 100, stock: 50 }])) as [SeededVariant]
    await till.context.db.updateTable('order_counter').set({ last_sequence: 41 }).execute()
    expect((await sellAtCounter(till, [{ variantId: item.variantId }])).number).toBe('A-000042')
  })
})
