import { Quantity } from '../../components/Quantity'
import { useCallback, useMemo } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Product } from '../../../../shared/catalog'
import { Badge } from '../../components/Badge'
import { Money } from '../../components/Money'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useFormatCount } from '../../i18n/use-locale'
import { useProductListStore } from './product-list-store'
import { hasLowStock, hasStockBelowZero, summarize } from './product-rows'

function PriceRange({ product }: { product: Product }) {
  const { minPrice, maxPrice, sellableVariants } = summarize(product)
  if (sellableVariants === 0) return <span className="muted">—</span>
  if (minPrice === maxPrice) return <Money amount={minPrice} />
  // "from" the lowest price fits the column; the whole range is in the row's detail.
  return (
    <span data-testid="product-row-price-from">
      <Trans i18nKey="products.list.priceFrom" components={{ muted: <span className="muted" />, money: <Money amount={minPrice} /> }} />
    </span>
  )
}

function columns(t: TFunction, formatCount: (value: number) => string): ReadonlyArray<Column<Product>> {
  return [
    {
      key: 'name',
      header: t('products.list.product'),
      width: 'minmax(0, 1fr)',
      render: (product) => (
        <div className="product-cell">
          <span className="product-cell__name" title={product.name} data-testid="product-row-name">
            {product.name}
          </span>
          <span className="product-cell__meta">
            {product.category || t('products.noCategory')}
            {' · '}
            {product.variants.length > 1
              ? t('products.list.variantCount', { count: product.variants.length, n: formatCount(product.variants.length) })
              : (product.variants[0]?.sku ?? '')}
          </span>
        </div>
      )
    },
    { key: 'price', header: t('products.list.price'), width: '104px', align: 'end', render: (product) => <PriceRange product={product} /> },
    {
      key: 'stock',
      header: t('products.list.stock'),
      width: '148px',
      align: 'end',
      render: (product) => (
        <span className="product-stock">
          {product.archived ? (
            <Badge>{t('products.list.archived')}</Badge>
          ) : hasLowStock(product) ? (
            <Badge tone="warning">{t('products.list.low')}</Badge>
          ) : null}
          {/* Sold below zero (sell anyway): the figure itself is marked, the column has no room for a badge too. */}
          <span
            className={hasStockBelowZero(product) ? 'tabular product-stock__below-zero' : 'tabular'}
            title={hasStockBelowZero(product) ? t('products.list.belowZero') : undefined}
            data-testid="product-row-stock"
          >
            <Quantity quantity={summarize(product).stock} soldBy={product.soldBy} />
          </span>
        </span>
      )
    }
  ]
}

export function ProductList() {
  const { t } = useTranslation()
  const formatCount = useFormatCount()
  const cols = useMemo(() => columns(t, formatCount), [t, formatCount])
  const rows = useProductListStore((state) => state.rows)
  const selectedId = useProductListStore((state) => state.selectedId)
  const select = useProductListStore((state) => state.select)
  const loadMore = useProductListStore((state) => state.loadMore)
  const search = useProductListStore((state) => state.search)
  const view = useProductListStore((state) => state.filter.view)
  const loading = useProductListStore((state) => state.loading)
  const onEndReached = useCallback(() => void loadMore(), [loadMore])
  const empty = loading
    ? t('products.list.loading')
    : search.trim()
      ? view === 'archived'
        ? t('products.list.archivedSearch')
        : t('products.list.noMatch', { search: search.trim() })
      : view === 'archived'
        ? t('products.list.noArchived')
        : view === 'lowStock'
          ? t('products.list.nothingLow')
          : t('products.list.noProducts')
  return (
    <VirtualTable
      label={t('products.title')}
      testId="product-list"
      rows={rows}
      columns={cols}
      rowKey={(product) => product.id}
      rowHeight={72}
      selectedKey={selectedId}
      onRowClick={(product) => select(product.id)}
      onEndReached={onEndReached}
      rowTestId={() => 'product-row'}
      empty={empty}
    />
  )
}
