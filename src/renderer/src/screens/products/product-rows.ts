import { isLowStock, type Product, type ProductCursor } from '../../../../shared/catalog'

export type ProductView = 'active' | 'lowStock' | 'archived'

export interface ProductFilter {
  view: ProductView
  /** Only this category; null for all. */
  category: string | null
}

/** Whether a product belongs in the list as filtered: the same rules as `catalog.listProducts`. */
export function matchesFilter(product: Product, filter: ProductFilter): boolean {
  if (filter.category !== null && product.category !== filter.category) return false
  if (filter.view === 'archived') return product.archived
  if (product.archived) return false
  return filter.view === 'active' || hasLowStock(product)
}

/** Sold below zero (sell anyway): the stock needs counting. */
export function hasStockBelowZero(product: Product): boolean {
  return product.variants.some((variant) => !variant.archived && variant.stock < 0)
}

export function hasLowStock(product: Product): boolean {
  return product.variants.some((variant) => !variant.archived && isLowStock(variant))
}

/** SQLite's NOCASE folds ASCII letters only; the list is sorted by that, then by id. */
function nocase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
}

export function compareListOrder(a: { name: string; id: number }, b: { name: string; id: number }): number {
  const left = nocase(a.name)
  const right = nocase(b.name)
  if (left !== right) return left < right ? -1 : 1
  return a.id - b.id
}

/**
 * The loaded rows with these products put in, moved or taken out, as a fresh list would show
 * them. A product sorting after the last loaded row is left for the next page to bring.
 */
export function patchRows(
  rows: readonly Product[],
  changed: readonly Product[],
  removedIds: readonly number[],
  filter: ProductFilter,
  next: ProductCursor | null
): Product[] {
  const gone = new Set([...removedIds, ...changed.map((product) => product.id)])
  const kept = rows.filter((row) => !gone.has(row.id))
  const last = rows.at(-1)
  for (const product of changed) {
    if (!matchesFilter(product, filter)) continue
    if (next !== null && last && compareListOrder(product, last) > 0) continue
    const index = kept.findIndex((row) => compareListOrder(product, row) < 0)
    kept.splice(index === -1 ? kept.length : index, 0, product)
  }
  return kept
}

export interface ProductSummary {
  minPrice: number
  maxPrice: number
  stock: number
  sellableVariants: number
}

/** Prices and stock across the variants that can be sold. */
export function summarize(product: Product): ProductSummary {
  const live = product.variants.filter((variant) => !variant.archived)
  const prices = live.map((variant) => variant.price as number)
  return {
    minPrice: prices.length ? Math.min(...prices) : 0,
    maxPrice: prices.length ? Math.max(...prices) : 0,
    stock: live.reduce((total, variant) => total + variant.stock, 0),
    sellableVariants: live.length
  }
}
