import { useRef, useState } from 'react'
import type { SellableVariant } from '../../../../shared/catalog'
import { Badge } from '../../components/Badge'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Kbd } from '../../components/Kbd'
import { Money } from '../../components/Money'
import { ScreenHeader } from '../../components/ScreenHeader'
import { useHotkey } from '../../lib/hotkeys'
import { useLiveQuery } from '../../lib/use-live-query'
import { sellableVariantsOf } from './sellable'
import './sell.css'

/** What can be rung up: the first products, or what matches the search. Changes show at once. */
export function SellScreen() {
  const [text, setText] = useState('')
  const search = useRef<HTMLInputElement>(null)
  useHotkey('F2', () => search.current?.focus())
  const query = text.trim()
  const products = useLiveQuery<SellableVariant[]>(
    async () => {
      if (query) return window.api.catalog.search({ text: query, limit: 60 })
      const page = await window.api.catalog.listProducts({ limit: 60 })
      return page.ok ? { ok: true, data: sellableVariantsOf(page.data.items) } : page
    },
    [query],
    ['catalog.changed', 'stock.changed']
  )

  return (
    <div className="screen" data-testid="sell-screen">
      <ScreenHeader title="Sell" />
      <label className="sell-search">
        <span className="visually-hidden">Search products</span>
        <input
          ref={search}
          className="input sell-search__input"
          type="search"
          placeholder="Search by name, SKU or barcode"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-keyshortcuts="F2"
          data-testid="sell-search"
          autoFocus
        />
        <Kbd hotkey="F2" />
      </label>
      <ErrorNotice error={products.error} testId="sell-error" />
      {products.data && products.data.length === 0 ? (
        <p className="muted sell-empty" data-testid="sell-empty">
          {query ? `Nothing matches “${query}”.` : 'No products yet. Add them on the Products screen or import a CSV file.'}
        </p>
      ) : null}
      <ul className="sell-grid" aria-label="Products">
        {(products.data ?? []).map((variant) => (
          <li key={variant.variantId} className="sell-tile" data-testid="sell-product">
            <span className="sell-tile__name">{variant.productName}</span>
            {variant.label ? <span className="sell-tile__label">{variant.label}</span> : null}
            <span className="sell-tile__bottom">
              <Money amount={variant.price} className="sell-tile__price" />
              {variant.stock === 0 ? <Badge tone="danger">Out of stock</Badge> : <span className="muted tabular">{variant.stock} in stock</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
