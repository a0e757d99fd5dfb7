import { useCallback, useEffect, useRef, useState } from 'react'
import type { ProductCursor, SellableVariant } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { call } from '../../lib/call'
import { sellableVariantsOf } from './sellable'

const PAGE_SIZE = 60
const SEARCH_LIMIT = 60

// "Item 2" before "Item 10", as a person counts; a product's variants keep their own order (the sort is stable).
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
export const byNaturalName = (a: SellableVariant, b: SellableVariant) => collator.compare(a.productName, b.productName)

export interface ProductTiles {
  tiles: SellableVariant[]
  error: AppErrorData | null
  loading: boolean
  /** Another keyset page exists (browsing only; a search shows its best matches). */
  hasMore: boolean
  loadMore(): void
}

/**
 * What the grid shows: the best matches of a search, or the products of a category a page at a
 * time. A catalog or stock change anywhere reads what is shown again.
 */
export function useProductTiles(query: string, category: string | null): ProductTiles {
  const [state, setState] = useState<{ tiles: SellableVariant[]; next: ProductCursor | null; error: AppErrorData | null; loading: boolean }>({
    tiles: [],
    next: null,
    error: null,
    loading: true
  })
  const generation = useRef(0)
  const pages = useRef(1)

  const load = useCallback(async () => {
    const request = ++generation.current
    setState((current) => ({ ...current, loading: true }))
    if (query) {
      const found = await call(() => window.api.catalog.search({ text: query, limit: SEARCH_LIMIT }))
      if (request !== generation.current) return
      setState(found.ok ? { tiles: found.data, next: null, error: null, loading: false } : (current) => ({ ...current, error: found.error, loading: false }))
      return
    }
    let tiles: SellableVariant[] = []
    let after: ProductCursor | undefined
    let next: ProductCursor | null = null
    for (let page = 0; page < pages.current; page++) {
      const result = await call(() => window.api.catalog.listProducts({ limit: PAGE_SIZE, ...(category ? { category } : {}), ...(after ? { after } : {}) }))
      if (request !== generation.current) return
      if (!result.ok) {
        setState((current) => ({ ...current, error: result.error, loading: false }))
        return
      }
      tiles = [...tiles, ...sellableVariantsOf(result.data.items)]
      next = result.data.next
      if (!next) break
      after = next
    }
    setState({ tiles: [...tiles].sort(byNaturalName), next, error: null, loading: false })
  }, [query, category])

  useEffect(() => {
    pages.current = 1
    void load()
  }, [load])

  useEffect(() => {
    const stops = [window.api.on('catalog.changed', () => void load()), window.api.on('stock.changed', () => void load())]
    return () => stops.forEach((stop) => stop())
  }, [load])

  const loadMore = useCallback(() => {
    pages.current += 1
    void load()
  }, [load])

  return { tiles: state.tiles, error: state.error, loading: state.loading, hasMore: state.next !== null, loadMore }
}
