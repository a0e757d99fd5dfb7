import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CsvImportResult } from '../../src/shared/catalog-import'
import type { EmittedEvent } from '../../src/main/core/command'
import { packIds, unpackIds } from '../../src/main/catalog/id-lists'

const ids = fc.array(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { maxLength: 40 })
const event: fc.Arbitrary<EmittedEvent> = fc.oneof(
  ids.map((productIds) => ({ name: 'catalog.changed' as const, payload: { productIds } })),
  ids.map((variantIds) => ({ name: 'stock.changed' as const, payload: { variantIds } })),
  fc
    .integer({ min: 1, max: 1000 })
    .map((orderId) => ({ name: 'order.changed' as const, payload: { orderId, change: 'created' as const, status: 'pending' as const } }))
)
const result = (productIds: number[]) => ({ imported: true, productCount: productIds.length, productIds }) as unknown as CsvImportResult

describe('an import’s id lists handed from the worker as buffers', () => {
  it('come back as they were sent, in order, for the result and every event; what is sent holds no list and every buffer is transferred', () => {
    fc.assert(
      fc.property(ids, fc.array(event, { maxLength: 6 }), (productIds, published) => {
        const sent = packIds(result(productIds), published)
        expect(sent.result.productIds).toEqual([])
        for (const each of sent.published) {
          if (each.name === 'catalog.changed') expect(each.payload.productIds).toEqual([])
          if (each.name === 'stock.changed') expect(each.payload.variantIds).toEqual([])
        }
        const lists = [sent.ids.productIds, ...sent.ids.events].filter((list) => list !== null)
        expect(sent.transfer).toEqual(lists.map((list) => list.buffer))
        // As structured clone hands them over: the buffers, not the sender's objects.
        const received = structuredClone({ result: sent.result, published: sent.published, ids: sent.ids }, { transfer: sent.transfer })
        expect(unpackIds(received)).toEqual({ result: result(productIds), published })
      })
    )
  })
})
