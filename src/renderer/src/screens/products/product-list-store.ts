import { create } from 'zustand'
import type { Product, ProductCursor } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { call } from '../../lib/call'
import { matchesFilter, patchRows, type ProductFilter } from './product-rows'

const PAGE_SIZE = 100
/** Products fetched for one search: the search answers with variants, at most 100 of them. */
const SEARCH_LIMIT = 100

interface ProductListState {
  filter: ProductFilter
  search: string
  rows: Product[]
  next: ProductCursor | null
  loading: boolean
  error: AppErrorData | null
  selectedId: number | null
  setFilter(filter: Partial<ProductFilter>): void
  setSearch(text: string): void
  select(id: number | null): void
  reload(): Promise<void>
  loadMore(): Promise<void>
  /** Brings in what another screen or window changed, without reloading the list. */
  refreshProducts(ids: readonly number[]): Promise<void>
  refreshVariants(variantIds: readonly number[]): Promise<void>
}

let generation = 0
/** Up to this many changed products are read again one by one; more, and the list reloads once. */
const REFRESH_ONE_BY_ONE = 20

/**
 * The product list: keyset pages by name in the list view, matching products while searching.
 * Changes arrive as events naming what changed, and only those products are read again.
 */
export const useProductListStore = create<ProductListState>()((set, get) => ({
  filter: { view: 'active', category: null },
  search: '',
  rows: [],
  next: null,
  loading: false,
  error: null,
  selectedId: null,

  setFilter(filter) {
    set({ filter: { ...get().filter, ...filter } })
    void get().reload()
  },

  setSearch(text) {
    set({ search: text })
    void get().reload()
  },

  select(id) {
    set({ selectedId: id })
  },

  async reload() {
    const request = ++generation
    const { filter, search } = get()
    set({ loading: true })
    const text = search.trim()
    const result = text ? await searchProducts(text, filter) : await listPage(filter, undefined)
    if (request !== generation) return
    if (!result.ok) set({ loading: false, error: result.error })
    else set({ loading: false, error: null, rows: result.rows, next: result.next })
  },

  async loadMore() {
    const { next, loading, filter } = get()
    if (!next || loading) return
    const request = generation
    set({ loading: true })
    const result = await listPage(filter, next)
    if (request !== generation) return
    if (!result.ok) set({ loading: false, error: result.error })
    else set({ loading: false, error: null, rows: [...get().rows, ...result.rows], next: result.next })
  },

  async refreshProducts(ids) {
    // An import names thousands of products: one fresh page costs less than reading each of them.
    if (get().search.trim() || ids.length > REFRESH_ONE_BY_ONE) return get().reload()
    const request = generation
    const fetched = await Promise.all(ids.map((id) => call(() => window.api.catalog.getProduct({ id }))))
    if (request !== generation) return
    const changed = fetched.flatMap((result) => (result.ok ? [result.data] : []))
    const removed = ids.filter((_id, index) => {
      const result = fetched[index]
      return result !== undefined && !result.ok && result.error.code === 'NOT_FOUND'
    })
    const { rows, filter, next } = get()
    set({ rows: patchRows(rows, changed, removed, filter, next) })
  },

  async refreshVariants(variantIds) {
    const { rows, filter } = get()
    const wanted = new Set(variantIds)
    const affected = rows.filter((product) => product.variants.some((variant) => wanted.has(variant.id))).map((product) => product.id)
    // In the low-stock view a product not shown yet may have just run low: read the view again.
    if (filter.view === 'lowStock' && affected.length < variantIds.length) return get().reload()
    if (affected.length > 0) await get().refreshProducts(affected)
  }
}))

type Loaded = { ok: true; rows: Product[]; next: ProductCursor | null } | { ok: false; error: AppErrorData }

async function listPage(filter: ProductFilter, after: ProductCursor | undefined): Promise<Loaded> {
  const result = await call(() =>
    window.api.catalog.listProducts({
      archived: filter.view === 'archived',
      lowStock: filter.view === 'lowStock',
      ...(filter.category !== null ? { category: filter.category } : {}),
      ...(after ? { after } : {}),
      limit: PAGE_SIZE
    })
  )
  return result.ok ? { ok: true, rows: result.data.items, next: result.data.next } : result
}

/** `catalog.search` finds variants (archived ones in the archived view); the list shows their products, in the order found. */
async function searchProducts(text: string, filter: ProductFilter): Promise<Loaded> {
  const found = await call(() => window.api.catalog.search({ text, archived: filter.view === 'archived', limit: SEARCH_LIMIT }))
  if (!found.ok) return found
  const ids = [...new Set(found.data.map((variant) => variant.productId))]
  const products = await Promise.all(ids.map((id) => call(() => window.api.catalog.getProduct({ id }))))
  const rows = products.flatMap((result) => (result.ok ? [result.data] : []))
  return { ok: true, rows: rows.filter((product) => matchesFilter(product, filter)), next: null }
}
