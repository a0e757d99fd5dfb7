import { memo, useCallback, useState } from 'react'
import type { CategorySummary, SellableVariant } from '../../../../shared/catalog'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Kbd } from '../../components/Kbd'
import { Money } from '../../components/Money'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { SearchBox } from './SearchBox'
import { useSellStore } from './sell-store'
import { useProductTiles } from './use-product-tiles'

function Tile({ variant, first, onPick }: { variant: SellableVariant; first: boolean; onPick(variant: SellableVariant): void }) {
  const low = variant.stock > 0 && variant.stock <= variant.lowStockThreshold
  return (
    <li>
      <button
        type="button"
        className={`sell-tile${variant.stock === 0 ? ' sell-tile--out' : ''}`}
        onClick={() => onPick(variant)}
        data-testid="sell-product"
        data-sku={variant.sku}
      >
        <span className="sell-tile__name">{variant.productName}</span>
        {variant.label ? <span className="sell-tile__label">{variant.label}</span> : null}
        <span className="sell-tile__bottom">
          <Money amount={variant.price} className="sell-tile__price" />
          {variant.stock === 0 ? (
            <Badge tone="danger">Out of stock</Badge>
          ) : (
            <span className={`tabular ${low ? 'sell-tile__stock--low' : 'muted'}`}>{variant.stock} left</span>
          )}
        </span>
        {first ? <Kbd hotkey="Enter" /> : null}
      </button>
    </li>
  )
}

const ProductGrid = memo(function ProductGrid({
  tiles,
  searching,
  onPick
}: {
  tiles: SellableVariant[]
  searching: boolean
  onPick(variant: SellableVariant): void
}) {
  return (
    <ul className="sell-grid" aria-label={searching ? 'Matches' : 'Products'} data-testid="sell-grid">
      {tiles.map((variant, index) => (
        <Tile key={variant.variantId} variant={variant} first={searching && index === 0} onPick={onPick} />
      ))}
    </ul>
  )
})

function LastAction() {
  const lastAction = useSellStore((state) => state.lastAction)
  const setQuickAdd = useSellStore((state) => state.setQuickAdd)
  if (!lastAction) return null
  if (lastAction.tone === 'error') return <ErrorNotice error={lastAction.error} testId="sell-action-error" />
  if (lastAction.tone === 'unknown') {
    return (
      <div className="notice notice--info sell-unknown" role="status" data-testid="sell-unknown-code">
        <p className="notice__sentence">No product has the code {lastAction.code}.</p>
        <Button
          size="small"
          variant="primary"
          onClick={() => setQuickAdd({ code: lastAction.code, quantity: lastAction.quantity })}
          data-testid="sell-unknown-add"
        >
          Add product with this code
        </Button>
      </div>
    )
  }
  return (
    <p className={`sell-last sell-last--${lastAction.tone}`} role="status" data-testid="sell-last-action">
      {lastAction.text}
    </p>
  )
}

/** The left half of Sell: the search box (also the quantity key), the categories and the product tiles. */
export function ProductPicker() {
  const [query, setQuery] = useState('')
  const [category, setCategory] = useState<string | null>(null)
  const sell = useSellStore((state) => state.sell)
  const setLastAction = useSellStore((state) => state.setLastAction)
  const products = useProductTiles(query, query ? null : category)
  const categories = useLiveQuery<CategorySummary[]>(() => window.api.catalog.categories(), [], ['catalog.changed'])

  const pick = useCallback(
    (variant: SellableVariant) => {
      void sell(variant)
      document.querySelector<HTMLElement>('[data-testid="sell-search"]')?.focus()
    },
    [sell]
  )
  const sellBestMatch = useCallback(
    async (text: string) => {
      const found = await call(() => window.api.catalog.search({ text, limit: 1 }))
      if (!found.ok) setLastAction({ tone: 'error', error: found.error })
      else if (found.data[0]) await sell(found.data[0])
      else setLastAction({ tone: 'info', text: `Nothing matches “${text}”.` })
    },
    [sell, setLastAction]
  )

  return (
    <section className="sell-picker" aria-label="Products">
      <SearchBox onQuery={setQuery} onSubmit={(text) => void sellBestMatch(text)} />
      <p className="sell-hint muted" data-testid="sell-hint">
        Scan anytime, wherever the cursor is. To sell several: type the number, then <kbd>*</kbd>, then scan or tap (2 * → two).
      </p>
      <LastAction />
      {query ? null : (
        <div className="sell-categories" role="tablist" aria-label="Categories">
          {[null, ...(categories.data ?? []).map((entry) => entry.name)].map((name) => (
            <button
              key={name ?? ''}
              type="button"
              role="tab"
              aria-selected={category === name}
              className="sell-category"
              onClick={() => setCategory(name)}
              data-testid="sell-category"
            >
              {name === null ? 'All' : name || 'No category'}
            </button>
          ))}
        </div>
      )}
      <ErrorNotice error={products.error} testId="sell-error" />
      {!products.loading && products.tiles.length === 0 ? (
        <p className="muted sell-empty" data-testid="sell-empty">
          {query ? `Nothing matches “${query}”.` : 'No products yet. Add them on the Products screen or import a CSV file.'}
        </p>
      ) : null}
      <ProductGrid tiles={products.tiles} searching={Boolean(query)} onPick={pick} />
      {products.hasMore ? (
        <button type="button" className="button button--secondary sell-more" onClick={products.loadMore} data-testid="sell-more">
          <span>More products</span>
        </button>
      ) : null}
    </section>
  )
}
