import { useEffect, useState, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { CategorySummary } from '../../../../shared/catalog'
import { useLiveQuery } from '../../lib/use-live-query'
import { useProductListStore } from './product-list-store'
import type { ProductView } from './product-rows'

const VIEWS: readonly ProductView[] = ['active', 'lowStock', 'archived']

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
  const { t } = useTranslation()
  const categories = useLiveQuery<CategorySummary[]>(() => window.api.catalog.categories(), [], ['catalog.changed'])

  useEffect(() => {
    if (text === useProductListStore.getState().search) return
    const timer = setTimeout(() => setSearch(text), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, setSearch])

  return (
    <div className="products-toolbar">
      <label className="products-search">
        <span className="visually-hidden">{t('products.toolbar.searchLabel')}</span>
        <input
          ref={searchRef}
          className="input"
          type="search"
          placeholder={t('products.toolbar.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-keyshortcuts="F2"
          data-testid="products-search"
        />
        {shortcut}
      </label>
      <div className="segmented" role="radiogroup" aria-label={t('products.toolbar.show')}>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            role="radio"
            aria-checked={filter.view === view}
            className="segmented__option"
            onClick={() => setFilter({ view })}
            data-testid={`products-view-${view}`}
          >
            {t(`products.toolbar.view.${view}`)}
          </button>
        ))}
      </div>
      <label className="products-category">
        <span className="visually-hidden">{t('products.toolbar.category')}</span>
        <select
          className="select"
          value={filter.category ?? ALL_CATEGORIES}
          onChange={(event) => setFilter({ category: event.target.value === ALL_CATEGORIES ? null : event.target.value })}
          data-testid="products-category"
        >
          <option value={ALL_CATEGORIES}>{t('products.toolbar.allCategories')}</option>
          {(categories.data ?? []).map((category) => (
            <option key={category.name} value={category.name}>
              {t('products.toolbar.categoryOption', { name: category.name || t('products.noCategory'), count: category.productCount })}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
