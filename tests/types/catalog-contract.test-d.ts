import { describe, expectTypeOf, it } from 'vitest'
import type { Product, ProductInput, ProductPage, SellableVariant } from '../../src/shared/catalog'
import type { CsvImportResult } from '../../src/shared/catalog-import'
import type { EventPayload, InputOf, OutputOf, TillpointApi } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'

describe('the catalog contract', () => {
  it('locks the catalog channels', () => {
    expectTypeOf<InputOf<'catalog.createProduct'>>().toEqualTypeOf<ProductInput>()
    expectTypeOf<OutputOf<'catalog.createProduct'>>().toEqualTypeOf<Product>()
    expectTypeOf<OutputOf<'catalog.listProducts'>>().toEqualTypeOf<ProductPage>()
    expectTypeOf<OutputOf<'catalog.search'>>().toEqualTypeOf<SellableVariant[]>()
    expectTypeOf<OutputOf<'catalog.importCsv'>>().toEqualTypeOf<CsvImportResult>()
    expectTypeOf<TillpointApi['catalog']['findByBarcode']>().returns.toEqualTypeOf<Promise<Result<SellableVariant>>>()
    expectTypeOf<TillpointApi['catalog']['isEmpty']>().parameters.toEqualTypeOf<[input?: Record<string, never> | undefined]>()
  })

  it('names the products that changed', () => {
    expectTypeOf<EventPayload<'catalog.changed'>>().toEqualTypeOf<{ productIds: number[] }>()
  })
})
