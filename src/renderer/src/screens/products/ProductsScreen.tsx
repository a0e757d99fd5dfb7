import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatCount } from '../../i18n/use-locale'
import type { Product } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Kbd } from '../../components/Kbd'
import { ScreenHeader } from '../../components/ScreenHeader'
import { useHotkey } from '../../lib/hotkeys'
import { useMissingPermission } from '../../stores/session-store'
import { CsvImportDialog } from './CsvImportDialog'
import { exportCatalog } from './export-csv'
import { ProductDetail } from './ProductDetail'
import { ProductFormDialog } from './ProductFormDialog'
import { ProductList } from './ProductList'
import { useProductListStore } from './product-list-store'
import { ProductToolbar } from './ProductToolbar'
import './products.css'

type Open = { kind: 'create' } | { kind: 'edit'; product: Product } | { kind: 'import' } | null

export function ProductsScreen() {
  const { t } = useTranslation()
  const formatCount = useFormatCount()
  const reload = useProductListStore((state) => state.reload)
  const refreshProducts = useProductListStore((state) => state.refreshProducts)
  const refreshVariants = useProductListStore((state) => state.refreshVariants)
  const error = useProductListStore((state) => state.error)
  const selectedId = useProductListStore((state) => state.selectedId)
  const [open, setOpen] = useState<Open>(null)
  const [exporting, setExporting] = useState(false)
  const [exportError, setExportError] = useState<AppErrorData | null>(null)
  const search = useRef<HTMLInputElement>(null)
  const cannotImport = useMissingPermission('catalog.import')
  const cannotEdit = useMissingPermission('catalog.edit')
  useHotkey('F2', () => search.current?.focus())

  useEffect(() => {
    void reload()
    const stops = [
      window.api.on('catalog.changed', ({ productIds }) => void refreshProducts(productIds)),
      window.api.on('stock.changed', ({ variantIds }) => void refreshVariants(variantIds))
    ]
    return () => stops.forEach((stop) => stop())
  }, [reload, refreshProducts, refreshVariants])

  const runExport = async () => {
    setExporting(true)
    setExportError(await exportCatalog(formatCount))
    setExporting(false)
  }

  return (
    <div className="screen products-screen" data-testid="products-screen">
      <ScreenHeader title={t('products.title')}>
        <Button onClick={() => setOpen({ kind: 'import' })} disabled={Boolean(cannotImport)} title={cannotImport} data-testid="products-import">
          {t('products.importCsv')}
        </Button>
        <Button onClick={() => void runExport()} busy={exporting} disabled={Boolean(cannotImport)} title={cannotImport} data-testid="products-export">
          {t('common.exportCsv')}
        </Button>
        <Button
          variant="primary"
          hotkey="Alt+N"
          onClick={() => setOpen({ kind: 'create' })}
          disabled={Boolean(cannotEdit)}
          title={cannotEdit}
          data-testid="products-new"
        >
          {t('products.newProduct')}
        </Button>
      </ScreenHeader>
      {cannotEdit || cannotImport ? (
        <p className="muted" data-testid="products-permission-note">
          {[cannotEdit && t('staff.productsNote.edit', { reason: cannotEdit }), cannotImport && t('staff.productsNote.import', { reason: cannotImport })]
            .filter(Boolean)
            .join(' ')}
        </p>
      ) : null}
      <ProductToolbar searchRef={search} shortcut={<Kbd hotkey="F2" />} />
      <ErrorNotice error={error} testId="products-error" />
      <ErrorNotice error={exportError} testId="products-export-error" onDismiss={() => setExportError(null)} />
      <div className={`products-body${selectedId !== null ? ' products-body--selected' : ''}`}>
        <ProductList />
        <ProductDetail onEdit={(product) => setOpen({ kind: 'edit', product })} />
      </div>
      {open?.kind === 'create' ? <ProductFormDialog onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? <ProductFormDialog product={open.product} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'import' ? <CsvImportDialog onClose={() => setOpen(null)} /> : null}
    </div>
  )
}
