import { Quantity } from '../../components/Quantity'
import { useCallback } from 'react'
import type { Product } from '../../../../shared/catalog'
import { Badge } from '../../components/Badge'
import { Money } from '../../components/Money'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useProductListStore } from './product-list-store'
import { hasLowStock, hasStockBelowZero, summarize } from './product-rows'

function PriceRange({ product }: { product: Product }) {
  const { minPrice, maxPrice, sellableVariants } = summarize(product)
  if (sellableVariants === 0) return <span className="muted">—</span>
  if (minPrice === maxPrice) return <Money amount={minPrice} />
  // "from" the lowest price fits the column; the whole range is in the row's detail.
  return (
    <span data-testid="product-row-price-from">
      <span className="muted">from </span>
      <Money amount={minPrice} />
    </span>
  )
}

const COLUMNS: ReadonlyArray<Column<Product>> = [
  {
    key: 'name',
    header: 'Product',
    width: 'minmax(0, 1fr)',
    render: (product) => (
      <div className="product-cell">
        <span className="product-cell__name" title={product.name} data-testid="product-row-name">
          {product.name}
        </span>
        <span className="product-cell__meta">
          {product.category || 'No category'}
          {product.variants.length > 1 ? ` · ${product.variants.length} variants` : ` · ${product.variants[0]?.sku ?? ''}`}
        </span>
      </div>
    )
  },
  { key: 'price', header: 'Price', width: '104px', align: 'end', render: (product) => <PriceRange product={product} /> },
  {
    key: 'stock',
    header: 'Stock',
    width: '112px',
    align: 'end',
    render: (product) => (
      <span className="product-stock">
        {product.archived ? <Badge>Archived</Badge> : hasLowStock(product) ? <Badge tone="warning">Low</Badge> : null}
        {/* Sold below zero (sell anyway): the figure itself is marked, the column has no room for a badge too. */}
        <span
          className={hasStockBelowZero(product) ? 'tabular product-stock__below-zero' : 'tabular'}
          title={hasStockBelowZero(product) ? 'Below zero: count it' : undefined}
          data-testid="product-row-stock"
        >
          <Quantity quantity={summarize(product).stock} soldBy={product.soldBy} />
        </span>
      </span>
    )
  }
]

export function ProductList() {
  const rows = useProductListStore((state) => state.rows)
  const selectedId = useProductListStore((state) => state.selectedId)
  const select = useProductListStore((state) => state.select)
  const loadMore = useProductListStore((state) => state.loadMore)
  const search = useProductListStore((state) => state.search)
  const view = useProductListStore((state) => state.filter.view)
  const loading = useProductListStore((state) => state.loading)
  const onEndReached = useCallback(() => void loadMore(), [loadMore])
  const empty = loading
    ? 'Loading products…'
    : search.trim()
      ? view === 'archived'
        ? 'Search finds products on sale. Clear the search to see every archived product.'
        : `No product matches “${search.trim()}”.`
      : view === 'archived'
        ? 'No archived products.'
        : view === 'lowStock'
          ? 'Nothing is running low.'
          : 'No products yet. Create one or import a CSV file.'
  return (
    <VirtualTable
      label="Products"
      testId="product-list"
      rows={rows}
      columns={COLUMNS}
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
