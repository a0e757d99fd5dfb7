import { Quantity } from '../../components/Quantity'
import { useState } from 'react'
import { isLowStock, type Product } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Money } from '../../components/Money'
import { call } from '../../lib/call'
import { formatBasisPoints } from '../../lib/percent'
import { useLiveQuery } from '../../lib/use-live-query'
import { useMissingPermission } from '../../stores/session-store'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { OptionsDialog } from './OptionsDialog'
import { useProductListStore } from './product-list-store'
import { StockAdjustDialog } from './StockAdjustDialog'
import { VariantDialog } from './VariantDialog'

type Open = { kind: 'variant' | 'stock'; variantId: number } | { kind: 'options' } | null

/** The chosen product: its details, its variants with price and stock, and what can be done to it. */
export function ProductDetail({ onEdit }: { onEdit(product: Product): void }) {
  const selectedId = useProductListStore((state) => state.selectedId)
  if (selectedId === null) {
    return (
      <aside className="product-detail product-detail--empty card" data-testid="product-detail-empty">
        <p className="muted">Choose a product to see its variants and stock.</p>
      </aside>
    )
  }
  return <SelectedProduct key={selectedId} id={selectedId} onEdit={onEdit} />
}

function SelectedProduct({ id, onEdit }: { id: number; onEdit(product: Product): void }) {
  const settings = useShopSettings()
  const select = useProductListStore((state) => state.select)
  const loaded = useLiveQuery<Product>(() => window.api.catalog.getProduct({ id }), [id], ['catalog.changed', 'stock.changed'])
  const [open, setOpen] = useState<Open>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const cannotEdit = useMissingPermission('catalog.edit')
  const product = loaded.data
  // Dialogs read the variant from the live product, so stock sold meanwhile shows in them at once.
  const openVariant = open && open.kind !== 'options' ? product?.variants.find((variant) => variant.id === open.variantId) : undefined

  if (!product) {
    return (
      <aside className="product-detail card" data-testid="product-detail">
        <ErrorNotice error={loaded.error} testId="product-detail-error" />
      </aside>
    )
  }

  const toggleArchived = async () => {
    setBusy(true)
    const result = await call(() => (product.archived ? window.api.catalog.restoreProduct({ id }) : window.api.catalog.archiveProduct({ id })))
    setBusy(false)
    setError(result.ok ? null : result.error)
    if (result.ok) toast(result.data.archived ? `${result.data.name} archived` : `${result.data.name} is on sale again`)
  }

  return (
    <aside className="product-detail card" aria-label={product.name} data-testid="product-detail">
      {/* Shown only where the product takes the list's place (a narrow screen). */}
      <Button size="small" variant="ghost" className="product-detail__back" onClick={() => select(null)} data-testid="product-detail-back">
        ← All products
      </Button>
      <header className="product-detail__header">
        <div className="stack product-detail__title">
          <h2 data-testid="product-detail-name">{product.name}</h2>
          <p className="muted">
            {product.category || 'No category'} · tax {formatBasisPoints(product.taxRateBp, settings.locale)}
          </p>
        </div>
        {product.archived ? (
          <Badge tone="neutral" testId="product-detail-archived">
            Archived
          </Badge>
        ) : null}
      </header>
      <div className="row row--wrap">
        <Button size="small" onClick={() => onEdit(product)} disabled={Boolean(cannotEdit)} title={cannotEdit} data-testid="product-edit">
          Edit details
        </Button>
        <Button
          size="small"
          onClick={() => setOpen({ kind: 'options' })}
          disabled={product.archived || Boolean(cannotEdit)}
          title={cannotEdit}
          data-testid="product-options"
        >
          {product.options.length > 0 ? 'Options and variants' : 'Add options'}
        </Button>
        <Button
          size="small"
          variant={product.archived ? 'secondary' : 'danger'}
          busy={busy}
          disabled={Boolean(cannotEdit)}
          title={cannotEdit}
          onClick={() => void toggleArchived()}
          data-testid={product.archived ? 'product-restore' : 'product-archive'}
        >
          {product.archived ? 'Put back on sale' : 'Archive'}
        </Button>
      </div>
      <ErrorNotice error={error} testId="product-detail-error" />
      <table className="variant-table" data-testid="variant-table">
        <thead>
          <tr>
            <th>Variant</th>
            <th className="numeric">Price</th>
            <th className="numeric">Stock</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {product.variants.map((variant) => (
            <tr key={variant.id} className={variant.archived ? 'variant-table__archived' : undefined} data-testid="variant-row">
              <td>
                <div className="product-cell">
                  <span className="product-cell__name">{variant.label || 'Standard'}</span>
                  <span className="product-cell__meta" data-testid="variant-sku">
                    {variant.sku}
                    {variant.barcode ? ` · ${variant.barcode}` : ''}
                  </span>
                </div>
              </td>
              <td className="numeric">
                <Money amount={variant.price} testId="variant-price" />
              </td>
              <td className="numeric">
                <span className="product-stock">
                  {variant.archived ? (
                    <Badge>Hidden</Badge>
                  ) : variant.stock < 0 ? (
                    <Badge tone="danger" testId="variant-below-zero">
                      Count it
                    </Badge>
                  ) : isLowStock(variant) ? (
                    <Badge tone="warning">Low</Badge>
                  ) : null}
                  <span className="tabular" data-testid="variant-stock">
                    <Quantity quantity={variant.stock} soldBy={product.soldBy} />
                  </span>
                </span>
              </td>
              <td>
                <div className="variant-table__actions">
                  <Button size="small" variant="ghost" onClick={() => setOpen({ kind: 'variant', variantId: variant.id })} data-testid="variant-edit">
                    Edit
                  </Button>
                  <Button size="small" onClick={() => setOpen({ kind: 'stock', variantId: variant.id })} data-testid="variant-adjust-stock">
                    Stock
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open?.kind === 'variant' && openVariant ? <VariantDialog product={product} variant={openVariant} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'stock' && openVariant ? <StockAdjustDialog product={product} variant={openVariant} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'options' ? <OptionsDialog product={product} onClose={() => setOpen(null)} /> : null}
    </aside>
  )
}
