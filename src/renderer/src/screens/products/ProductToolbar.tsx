import { useEffect, useState, type ReactNode, type RefObject } from 'react'
import type { CategorySummary } from '../../../../shared/catalog'
import { useLiveQuery } from '../../lib/use-live-query'
import { useProductListStore } from './product-list-store'
import type { ProductView } from './product-rows'

const VIEWS: ReadonlyArray<{ value: ProductView; label: string }> = [
  { value: 'active', label: 'On sale' },
  { value: 'lowStock', label: 'Low stock' },
  { value: 'archived', label: 'Archived' }
]

/** The select's value for "every category"; a real category name can never hold this character. */
const ALL_CATEGORIES = '\u0001'

/** Typing pauses this long before the search runs, so a fast typist sends one query, not ten. */
const SEARCH_DELAY_MS = 200

/** Search, which products to show, and the category. */
export function ProductToolbar({ searchRef, shortcut }: { searchRef: RefObject<HTMLInputElement | null>; shortcut: ReactNode }) {
  const filter = useProductListStore((state) => state.filter)
  const setFilter = useProductListStore((state) => state.setFilter)
  const setSearch = useProductListStore((state) => state.setSearch)
  const [text, setText] = useState(useProductListStore.getState().search)
  const categories = useLiveQuery<CategorySummary[]>(() => window.api.catalog.categories(), [], ['catalog.changed'])

  useEffect(() => {
    if (text === useProductListStore.getState().search) return
    const timer = setTimeout(() => setSearch(text), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, setSearch])

  return (
    <div className="products-toolbar">
      <label className="products-search">
        <span className="visually-hidden">Search products</span>
        <input
          ref={searchRef}
          className="input"
          type="search"
          placeholder="Search by name, SKU or barcode"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-keyshortcuts="F2"
          data-testid="products-search"
        />
        {shortcut}
      </label>
      <div className="segmented" role="radiogroup" aria-label="Show">
        {VIEWS.map((view) => (
          <button
            key={view.value}
            type="button"
            role="radio"
            aria-checked={filter.view === view.value}
            className="segmented__option"
            onClick={() => setFilter({ view: view.value })}
            data-testid={`products-view-${view.value}`}
          >
            {view.label}
          </button>
        ))}
      </div>
      <label className="products-category">
        <span className="visually-hidden">Category</span>
        <select
          className="select"
          value={filter.category ?? ALL_CATEGORIES}
          onChange={(event) => setFilter({ category: event.target.value === ALL_CATEGORIES ? null : event.target.value })}
          data-testid="products-category"
        >
          <option value={ALL_CATEGORIES}>All categories</option>
          {(categories.data ?? []).map((category) => (
            <option key={category.name} value={category.name}>
              {category.name || 'No category'} ({category.productCount})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
