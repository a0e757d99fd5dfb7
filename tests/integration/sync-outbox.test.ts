import { afterEach, describe, expect, it } from 'vitest'
import { runCommand, systemCaller } from '../../src/main/core/command'
import { OWNER } from '../../src/shared/actor'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { takePickup } from '../support/sales'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { waitUntil } from '../support/wait-until'

const tills: TestTill[] = []
function open(dir?: string): TestTill {
  const till = openTestTill(dir ? { dir } : {})
  tills.push(till)
  return till
}
afterEach(async () => {
  for (const till of tills.splice(0).reverse()) await till.cleanup()
})

async function outbox(till: TestTill) {
  const rows = await till.context.db.selectFrom('outbox').selectAll().orderBy('seq').execute()
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as Record<string, unknown> }))
}

describe('the sync outbox', () => {
  it('gets one event per product and one for stock in the same transaction as each change, numbered 1, 2, 3 ...', async () => {
    const till = open()
    const tea = await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'TEA-1', stock: 4 }))
    const tee = await till.ok('catalog.createProduct', teeShirt())
    const variantId = tea.variants[0]?.id as number
    await till.ok('stock.adjust', { variantId, delta: 6, reason: 'received' })
    await till.ok('catalog.updateProduct', { id: tea.id, name: 'Sencha' })

    const rows = await outbox(till)
    const { tillId } = await till.ok('sync.status')
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1))
    expect(rows.every((row) => row.till_id === tillId && row.state === 'pending')).toBe(true)
    expect(new Set(rows.map((row) => row.event_id)).size).toBe(rows.length)
    expect(rows.every((row) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(row.event_id))).toBe(true)

    const productEvents = rows.filter((row) => row.type === 'product.changed')
    expect(productEvents.map((row) => row.payload.productId)).toEqual([tea.id, tee.id, tea.id])
    expect(productEvents[2]?.payload).toMatchObject({ currency: 'USD', product: { name: 'Sencha', variants: [{ sku: 'TEA-1', stock: 10, price: 250 }] } })
    const teePayload = productEvents[1]?.payload as { product: { variants: unknown[]; options: unknown[] } }
    expect(teePayload.product.variants).toHaveLength(4)
    expect(teePayload.product.options).toEqual([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] }
    ])
    const stockEvents = rows.filter((row) => row.type === 'stock.changed')
    expect(stockEvents.at(-1)?.payload).toEqual({
      variants: [{ variantId, productId: tea.id, sku: 'TEA-1', stock: 10 }],
      by: { id: 'owner', name: 'Owner' },
      approvedBy: null
    })
  })

  it('writes nothing when the command is refused: the change and its event roll back together', async () => {
    const till = open()
    const tea = await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'TEA-1', stock: 1 }))
    const before = await snapshotDatabase(till)
    const refused = await till.call('stock.adjust', { variantId: tea.variants[0]?.id as number, delta: -5, reason: 'damaged' })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('STOCK_INSUFFICIENT')
    const duplicate = await till.call('catalog.createProduct', simpleProduct('Other tea', { sku: 'TEA-1' }))
    expect(duplicate.ok).toBe(false)
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('folds one command’s events: the same product twice is one event, stock of many variants is one event', async () => {
    const till = open()
    const tee = await till.ok('catalog.createProduct', teeShirt())
    const [first, second] = tee.variants
    const countBefore = (await outbox(till)).length
    await runCommand(till.context, systemCaller(OWNER, 'test.emit'), async (scope) => {
      scope.emit('catalog.changed', { productIds: [tee.id] })
      scope.emit('stock.changed', { variantIds: [first?.id as number] })
      scope.emit('catalog.changed', { productIds: [tee.id] })
      scope.emit('stock.changed', { variantIds: [second?.id as number, first?.id as number] })
    })
    const added = (await outbox(till)).slice(countBefore)
    expect(added.map((row) => row.type)).toEqual(['product.changed', 'stock.changed'])
    expect((added[1]?.payload.variants as Array<{ variantId: number }>).map((variant) => variant.variantId)).toEqual(
      [first?.id, second?.id].sort((a, b) => (a as number) - (b as number))
    )
    const settings = await till.ok('settings.get')
    await runCommand(till.context, systemCaller(OWNER, 'test.emit'), async (scope) => scope.emit('settings.changed', { settings }))
    expect(await outbox(till)).toHaveLength(countBefore + 2)
  })

  it('keeps the till id for the life of the database', async () => {
    const till = open()
    const { tillId } = await till.ok('sync.status')
    expect(tillId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    await till.close()
    tills.pop()
    const reopened = open(till.dir)
    expect((await reopened.ok('sync.status')).tillId).toBe(tillId)
    const other = open()
    expect((await other.ok('sync.status')).tillId).not.toBe(tillId)
  })

  it('queues what existed before the outbox once, so turning sync on later sends the whole history', async () => {
    const till = open()
    const tea = await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'TEA-1', stock: 4 }))
    const tee = await till.ok('catalog.createProduct', teeShirt())
    const pickup = await takePickup(till, [{ variantId: tea.variants[0]?.id as number }])
    await till.ok('orders.pay', { orderId: pickup.id, payments: [{ method: 'cash', amount: pickup.total }] })
    // As a database from before sync existed: products, but no outbox and no history queued.
    await till.context.db.deleteFrom('outbox').execute()
    await till.context.db.updateTable('sync_state').set({ history_queued_at: null }).execute()
    await till.close()
    tills.pop()

    const upgraded = open(till.dir)
    await upgraded.ok('sync.status')
    await waitUntil('the history to be queued', async () => (await outbox(upgraded)).length >= 3, 10_000)
    const rows = await outbox(upgraded)
    expect(rows.map((row) => [row.seq, row.type, row.payload.productId ?? row.payload.orderId])).toEqual([
      [1, 'product.changed', tea.id],
      [2, 'product.changed', tee.id],
      [3, 'order.changed', pickup.id]
    ])
    expect(rows[2]).toMatchObject({ order_id: pickup.id, payload: { changes: ['created', 'payment'], order: { paymentState: 'paid' } } })
    await upgraded.close()
    tills.pop()
    const again = open(till.dir)
    await again.ok('sync.status')
    expect(await outbox(again)).toHaveLength(3)
  })
})
