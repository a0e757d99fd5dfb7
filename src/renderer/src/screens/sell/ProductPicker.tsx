import { memo, useCallback, useState } from 'react'
import type { CategorySummary, SellableVariant } from '../../../../shared/catalog'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Kbd } from '../../components/Kbd'
import { Money } from '../../components/Money'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { formatQuantity, unitLabel } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { SearchBox } from './SearchBox'
import { useSellStore } from './sell-store'
import { useProductTiles } from './use-product-tiles'
import { Trans, useTranslation } from 'react-i18next'

function Tile({ variant, first, onPick }: { variant: SellableVariant; first: boolean; onPick(variant: SellableVariant): void }) {
  const { t } = useTranslation()
  const { locale } = useShopSettings()
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
          {variant.openPrice ? (
            <span className="sell-tile__price">{t('counter.tile.typedPrice')}</span>
          ) : (
            <span className="sell-tile__price">
              <Money amount={variant.price} />
              {variant.soldBy === 'each' ? null : t('counter.tile.perUnit', { unit: unitLabel(variant.soldBy) })}
            </span>
          )}
          {variant.openPrice ? null : variant.stock === 0 ? (
            <Badge tone="danger">{t('sell.outOfStock')}</Badge>
          ) : (
            <span className={`tabular ${low ? 'sell-tile__stock--low' : 'muted'}`}>
              {variant.soldBy === 'each'
                ? t('sell.left', { count: variant.stock })
                : t('counter.tile.left', { amount: formatQuantity(variant.stock, variant.soldBy, locale) })}
            </span>
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
  const { t } = useTranslation()
  return (
    <ul className="sell-grid" aria-label={searching ? t('sell.matches') : t('sell.products')} data-testid="sell-grid">
      {tiles.map((variant, index) => (
        <Tile key={variant.variantId} variant={variant} first={searching && index === 0} onPick={onPick} />
      ))}
    </ul>
  )
})

function LastAction() {
  const { t } = useTranslation()
  const lastAction = useSellStore((state) => state.lastAction)
  const setQuickAdd = useSellStore((state) => state.setQuickAdd)
  const setSpecial = useSellStore((state) => state.setSpecial)
  if (!lastAction) return null
  if (lastAction.tone === 'error') return <ErrorNotice error={lastAction.error} testId="sell-action-error" />
  if (lastAction.tone === 'unknown') {
    return (
      <div className="notice notice--info sell-unknown" role="status" data-testid="sell-unknown-code">
        <p className="notice__sentence">{t('sell.unknownCode', { code: lastAction.code })}</p>
        <Button
          size="small"
          variant="primary"
          onClick={() => setQuickAdd({ code: lastAction.code, quantity: lastAction.quantity })}
          data-testid="sell-unknown-add"
        >
          {t('sell.addWithCode')}
        </Button>
        <Button
          size="small"
          onClick={() => setSpecial({ kind: 'price', code: lastAction.code, variant: null, quantity: lastAction.quantity })}
          data-testid="sell-unknown-price"
        >
          {t('counter.sellAtPrice')}
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
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [category, setCategory] = useState<string | null>(null)
  const sell = useSellStore((state) => state.sell)
  const setLastAction = useSellStore((state) => state.setLastAction)
  const setSpecial = useSellStore((state) => state.setSpecial)
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
      else setLastAction({ tone: 'info', text: t('sell.nothingMatches', { text }) })
    },
    [sell, setLastAction, t]
  )

  return (
    <section className="sell-picker" aria-label={t('sell.products')}>
      <SearchBox onQuery={setQuery} onSubmit={(text) => void sellBestMatch(text)} />
      <p className="sell-hint muted" data-testid="sell-hint">
        <Trans i18nKey="sell.hint" components={{ key: <kbd /> }} />
      </p>
      <div className="sell-open-row">
        <Button size="small" onClick={() => setSpecial({ kind: 'price', code: '', variant: null, quantity: 1 })} data-testid="sell-open-price">
          {t('counter.misc')}
        </Button>
      </div>
      <LastAction />
      {query ? null : (
        <div className="sell-categories" role="tablist" aria-label={t('sell.categories')}>
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
              {name === null ? t('sell.allCategories') : name || t('sell.noCategory')}
            </button>
          ))}
        </div>
      )}
      <ErrorNotice error={products.error} testId="sell-error" />
      {!products.loading && products.tiles.length === 0 ? (
        <p className="muted sell-empty" data-testid="sell-empty">
          {query ? t('sell.nothingMatches', { text: query }) : t('sell.noProducts')}
        </p>
      ) : null}
      <ProductGrid tiles={products.tiles} searching={Boolean(query)} onPick={pick} />
      {products.hasMore ? (
        <button type="button" className="button button--secondary sell-more" onClick={products.loadMore} data-testid="sell-more">
          <span>{t('sell.moreProducts')}</span>
        </button>
      ) : null}
    </section>
  )
}
