import type { CsvImportResult } from '../../shared/catalog-import'
import type { EmittedEvent } from '../core/command'

/**
 * An import's id lists as the worker hands them to the main process: the result's products and
 * the ids of each catalog.changed and stock.changed it published. 50,000 ids in an array cost the
 * main thread milliseconds to rebuild from a message; in a Float64Array they are handed over
 * whole, and the array is made from it in one pass.
 */
export interface PackedIds {
  productIds: Float64Array<ArrayBuffer>
  /** One per published event: its ids, or null for an event without a list. */
  events: Array<Float64Array<ArrayBuffer> | null>
}

type Packed = { result: CsvImportResult; published: EmittedEvent[]; ids: PackedIds }

/** The result and events with their id lists emptied, the lists in `ids`, and the buffers to transfer. */
export function packIds(result: CsvImportResult, published: readonly EmittedEvent[]): Packed & { transfer: ArrayBuffer[] } {
  const ids: PackedIds = { productIds: Float64Array.from(result.productIds), events: [] }
  const emptied = published.map((event): EmittedEvent => {
    if (event.name === 'catalog.changed') {
      ids.events.push(Float64Array.from(event.payload.productIds))
      return { name: event.name, payload: { ...event.payload, productIds: [] } }
    }
    if (event.name === 'stock.changed') {
      ids.events.push(Float64Array.from(event.payload.variantIds))
      return { name: event.name, payload: { ...event.payload, variantIds: [] } }
    }
    ids.events.push(null)
    return event
  })
  const transfer = [ids.productIds, ...ids.events].flatMap((list) => (list ? [list.buffer] : []))
  return { result: { ...result, productIds: [] }, published: emptied, ids, transfer }
}

/** What packIds was given. */
export function unpackIds({ result, published, ids }: Packed): { result: CsvImportResult; published: EmittedEvent[] } {
  const list = (index: number) => Array.from(ids.events[index] ?? [])
  return {
    result: { ...result, productIds: Array.from(ids.productIds) },
    published: published.map((event, index): EmittedEvent => {
      if (event.name === 'catalog.changed') return { name: event.name, payload: { ...event.payload, productIds: list(index) } }
      if (event.name === 'stock.changed') return { name: event.name, payload: { ...event.payload, variantIds: list(index) } }
      return event
    })
  }
}
