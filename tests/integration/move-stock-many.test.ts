import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OWNER } from '../../src/shared/actor'
import { runCommand, systemCaller } from '../../src/main/core/command'
import { moveStockMany, type StockMove } from '../../src/main/stock/move-stock'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { seedProducts, stockOf, type SeededVariant } from '../support/seed-products'

let till: TestTill
let tea: SeededVariant
let mug: SeededVariant
let candle: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  ;[tea, mug, candle] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20 },
    { name: 'Blue Mug', price: 1200, stock: 5, label: 'Large' },
    { name: 'Last Candle', price: 800, stock: 1 }
  ])) as [SeededVariant, SeededVariant, SeededVariant]
})
afterEach(() => till.cleanup())

const moveAll = (moves: StockMove[]) => runCommand(till.context, systemCaller(OWNER, 'test.moveStockMany'), (scope) => moveStockMany(scope, moves))

describe('moveStockMany', () => {
  it('moves every variant, writes one movement each with the stock after it, and announces them once', async () => {
    const events = till.recordEvents()
    const movements = await moveAll([
      { variantId: tea.variantId, delta: -3, reason: 'sale', note: 'T-1' },
      { variantId: mug.variantId, delta: 2, reason: 'return' },
      { variantId: candle.variantId, delta: -1, reason: 'sale' }
    ])
    expect(movements.map(({ variantId, delta, stockAfter, reason, note }) => ({ variantId, delta, stockAfter, reason, note }))).toEqual([
      { variantId: tea.variantId, delta: -3, stockAfter: 17, reason: 'sale', note: 'T-1' },
      { variantId: mug.variantId, delta: 2, stockAfter: 7, reason: 'return', note: '' },
      { variantId: candle.variantId, delta: -1, stockAfter: 0, reason: 'sale', note: '' }
    ])
    expect([await stockOf(till.context, tea.variantId), await stockOf(till.context, mug.variantId), await stockOf(till.context, candle.variantId)]).toEqual([
      17, 7, 0
    ])
    const stored = await till.ok('stock.movements', { variantId: mug.variantId })
    expect(stored.map(({ id, delta, stockAfter }) => ({ id, delta, stockAfter }))).toContainEqual({ id: movements[1]!.id, delta: 2, stockAfter: 7 })
    expect(events.filter((event) => event.name === 'stock.changed')).toEqual([
      { name: 'stock.changed', payload: { variantIds: [tea.variantId, mug.variantId, candle.variantId] } }
    ])
  })

  it('refuses a move below zero naming the first product short, and nothing is moved', async () => {
    const before = await snapshotDatabase(till)
    const refused = moveAll([
      { variantId: tea.variantId, delta: -1, reason: 'sale' },
      { variantId: mug.variantId, delta: -6, reason: 'sale' },
      { variantId: candle.variantId, delta: -2, reason: 'sale' }
    ])
    await expect(refused).rejects.toMatchObject({
      code: 'STOCK_INSUFFICIENT',
      message: 'Not enough stock of Blue Mug (Large): 5 left.',
      extra: { details: { variantId: mug.variantId, product: 'Blue Mug (Large)', available: 5, requested: 6 } }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('refuses a variant that does not exist', async () => {
    await expect(
      moveAll([
        { variantId: tea.variantId, delta: -1, reason: 'sale' },
        { variantId: 9999, delta: -1, reason: 'sale' }
      ])
    ).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    expect(await stockOf(till.context, tea.variantId)).toBe(20)
  })

  it('moves a variant named twice one move at a time, each movement with its own stock after', async () => {
    const movements = await moveAll([
      { variantId: tea.variantId, delta: -2, reason: 'sale' },
      { variantId: mug.variantId, delta: -1, reason: 'sale' },
      { variantId: tea.variantId, delta: -5, reason: 'sale' }
    ])
    expect(movements.map(({ variantId, stockAfter }) => ({ variantId, stockAfter }))).toEqual([
      { variantId: tea.variantId, stockAfter: 18 },
      { variantId: mug.variantId, stockAfter: 4 },
      { variantId: tea.variantId, stockAfter: 13 }
    ])
    expect(await stockOf(till.context, tea.variantId)).toBe(13)
  })
})
