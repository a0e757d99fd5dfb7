import { Quantity } from '../../components/Quantity'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation()
  const selectedId = useProductListStore((state) => state.selectedId)
  if (selectedId === null) {
    return (
      <aside className="product-detail product-detail--empty card" data-testid="product-detail-empty">
        <p className="muted">{t('products.detail.choose')}</p>
      </aside>
    )
  }
  return <SelectedProduct key={selectedId} id={selectedId} onEdit={onEdit} />
}

function SelectedProduct({ id, onEdit }: { id: number; onEdit(product: Product): void }) {
  const { t } = useTranslation()
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
    if (result.ok) toast(t(result.data.archived ? 'products.detail.archivedToast' : 'products.detail.restoredToast', { name: result.data.name }))
  }

  return (
    <aside className="product-detail card" aria-label={product.name} data-testid="product-detail">
      {/* Shown only where the product takes the list's place (a narrow screen). */}
      <Button size="small" variant="ghost" className="product-detail__back" onClick={() => select(null)} data-testid="product-detail-back">
        {t('products.detail.back')}
      </Button>
      <header className="product-detail__header">
        <div className="stack product-detail__title">
          <h2 data-testid="product-detail-name">{product.name}</h2>
          <p className="muted">
            {t('products.detail.categoryAndTax', {
              category: product.category || t('products.noCategory'),
              tax: formatBasisPoints(product.taxRateBp, settings.locale)
            })}
          </p>
        </div>
        {product.archived ? (
          <Badge tone="neutral" testId="product-detail-archived">
            {t('products.list.archived')}
          </Badge>
        ) : null}
      </header>
      <div className="row row--wrap">
        <Button size="small" onClick={() => onEdit(product)} disabled={Boolean(cannotEdit)} title={cannotEdit} data-testid="product-edit">
          {t('products.detail.editDetails')}
        </Button>
        <Button
          size="small"
          onClick={() => setOpen({ kind: 'options' })}
          disabled={product.archived || Boolean(cannotEdit)}
          title={cannotEdit}
          data-testid="product-options"
        >
          {product.options.length > 0 ? t('products.detail.optionsAndVariants') : t('products.detail.addOptions')}
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
          {product.archived ? t('products.detail.restore') : t('products.detail.archive')}
        </Button>
      </div>
      <ErrorNotice error={error} testId="product-detail-error" />
      <table className="variant-table" data-testid="variant-table">
        <thead>
          <tr>
            <th>{t('products.detail.variant')}</th>
            <th className="numeric">{t('products.list.price')}</th>
            <th className="numeric">{t('products.list.stock')}</th>
            <th aria-label={t('products.detail.actions')} />
          </tr>
        </thead>
        <tbody>
          {product.variants.map((variant) => (
            <tr key={variant.id} className={variant.archived ? 'variant-table__archived' : undefined} data-testid="variant-row">
              <td>
                <div className="product-cell">
                  <span className="product-cell__name">{variant.label || t('products.detail.standard')}</span>
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
                    <Badge>{t('products.detail.hidden')}</Badge>
                  ) : variant.stock < 0 ? (
                    <Badge tone="danger" testId="variant-below-zero">
                      {t('products.detail.countIt')}
                    </Badge>
                  ) : isLowStock(variant) ? (
                    <Badge tone="warning">{t('products.list.low')}</Badge>
                  ) : null}
                  <span className="tabular" data-testid="variant-stock">
                    <Quantity quantity={variant.stock} soldBy={product.soldBy} />
                  </span>
                </span>
              </td>
              <td>
                <div className="variant-table__actions">
                  <Button size="small" variant="ghost" onClick={() => setOpen({ kind: 'variant', variantId: variant.id })} data-testid="variant-edit">
                    {t('products.detail.edit')}
                  </Button>
                  <Button size="small" onClick={() => setOpen({ kind: 'stock', variantId: variant.id })} data-testid="variant-adjust-stock">
                    {t('products.detail.stock')}
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
