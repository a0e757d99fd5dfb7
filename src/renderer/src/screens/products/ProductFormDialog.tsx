import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS, type CategorySummary, type Product } from '../../../../shared/catalog'
import { SOLD_BY, type SoldBy } from '../../../../shared/sold-by'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SelectField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { call } from '../../lib/call'
import { fieldErrors, localRefusal } from '../../lib/errors'
import { parsePercentInput, percentInputText } from '../../lib/percent'
import { useLiveQuery } from '../../lib/use-live-query'
import { decimalSeparator } from '../../lib/money'
import { unitLabel } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { OptionRowsEditor } from './OptionRowsEditor'
import { useProductListStore } from './product-list-store'
import { emptyVariant, optionsOf, productInputOf, suggestSku, variantsFor, type OptionDraft, type ProductDraft, type VariantDraft } from './product-form'
import { keepScannerEnter } from './scanner'
import { VariantRowsEditor } from './VariantRowsEditor'
import { useTooLong } from './too-long'
import { useAction } from '../../lib/use-action'

/** Creates a product (with its variants) or edits an existing one's name, category and tax rate. */
export function ProductFormDialog({ product, onClose }: { product?: Product; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const select = useProductListStore((state) => state.select)
  const [draft, setDraft] = useState<ProductDraft>(() => ({
    name: product?.name ?? '',
    category: product?.category ?? '',
    taxRate: product ? percentInputText(product.taxRateBp) : '0',
    soldBy: product?.soldBy ?? 'each',
    openPrice: product?.openPrice ?? false,
    options: [],
    variants: [emptyVariant()]
  }))
  const [withOptions, setWithOptions] = useState(false)
  /** New variants' SKUs start with this: TEE → TEE-M-RED. */
  const [skuBase, setSkuBase] = useState('')
  const categories = useLiveQuery<CategorySummary[]>(() => window.api.catalog.categories(), [], [])
  const simple = draft.variants[0] ?? emptyVariant()

  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const setSimple = (patch: Partial<VariantDraft>) => set('variants', [{ ...simple, ...patch }])
  const setOptions = (options: OptionDraft[], base = skuBase) =>
    setDraft((current) => ({ ...current, options, variants: variantsFor(optionsOf(options), current.variants, base) }))
  const toggleOptions = (on: boolean) => {
    const base = simple.sku.trim()
    setWithOptions(on)
    setSkuBase(base)
    setOptions(on ? [{ name: '', values: '' }] : [], base)
  }
  /** SKUs still as suggested follow a new start; SKUs the shopkeeper typed are kept. */
  const changeSkuBase = (base: string) => {
    setSkuBase(base)
    set(
      'variants',
      draft.variants.map((variant) =>
        variant.sku === suggestSku(skuBase, variant.attributes) ? { ...variant, sku: suggestSku(base, variant.attributes) } : variant
      )
    )
  }

  const create = async () => {
    // A price typed at the till each time has no shelf price and keeps no stock.
    const typed = draft.openPrice
      ? { ...draft, soldBy: 'each' as const, variants: draft.variants.map((variant) => ({ ...variant, price: '0', stock: '0', lowStockThreshold: '0' })) }
      : draft
    const input = productInputOf(typed, settings.currencyDigits, decimalSeparator(settings.locale))
    if (!input.ok) return input
    return call(() => window.api.catalog.createProduct(input.value))
  }

  const saveDetails = async (existing: Product) => {
    const tax = parsePercentInput(draft.taxRate)
    if (!tax.ok) return { ok: false as const, error: localRefusal('taxRateBp', tax.message) }
    return call(() => window.api.catalog.updateProduct({ id: existing.id, name: draft.name, category: draft.category, taxRateBp: tax.basisPoints }))
  }

  const {
    busy,
    error,
    run: submit
  } = useAction(
    () => (product ? saveDetails(product) : create()),
    (saved) => {
      toast(product ? t('products.form.saved') : t('products.form.created', { name: saved.name }))
      select(saved.id)
      onClose()
    }
  )
  const errors = fieldErrors(error)
  const tooLong = useTooLong()

  return (
    <Dialog
      title={product ? t('products.form.editTitle', { name: product.name }) : t('products.newProduct')}
      onClose={onClose}
      error={error}
      onSubmit={() => void submit()}
      testId="product-form"
      width={withOptions ? 'wide' : 'normal'}
      footer={
        <>
          <Button onClick={onClose} data-testid="product-form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} data-testid="product-form-save">
            {product ? t('products.form.save') : t('products.form.create')}
          </Button>
        </>
      }
    >
      <ErrorNotice
        error={error}
        testId="product-form-error"
        shownFields={/^(name|category|taxRateBp|options(\.\d+(\.(name|values)(\.\d+)?)?)?|variants\.\d+\.(sku|barcode|price|stock|lowStockThreshold))$/}
      />
      <TextField
        label={t('products.field.name')}
        value={draft.name}
        onChange={(value) => set('name', value)}
        error={tooLong.name(draft.name) ?? errors.name}
        testId="product-name"
        autoFocus
      />
      <div className="form-columns">
        <TextField
          label={t('products.toolbar.category')}
          value={draft.category}
          onChange={(value) => set('category', value)}
          error={tooLong.category(draft.category) ?? errors.category}
          testId="product-category"
          list="product-categories"
        />
        <TextField
          label={t('products.field.taxRate')}
          value={draft.taxRate}
          onChange={(value) => set('taxRate', value)}
          error={errors.taxRateBp}
          testId="product-tax-rate"
          inputMode="decimal"
        />
      </div>
      <datalist id="product-categories">
        {(categories.data ?? [])
          .filter((category) => category.name)
          .map((category) => (
            <option key={category.name} value={category.name} />
          ))}
      </datalist>
      {product ? (
        <p className="muted">{t('products.form.perVariant')}</p>
      ) : (
        <>
          <div className="form-columns">
            <SelectField
              label={t('counter.product.soldBy')}
              value={draft.soldBy}
              onChange={(value) => set('soldBy', value as SoldBy)}
              options={SOLD_BY.map((unit) => ({ value: unit, label: t(`counter.product.unitName.${unit}`) }))}
              disabled={draft.openPrice}
              hint={t('counter.product.soldByHint')}
              testId="product-sold-by"
            />
            <label className="checkbox">
              <input type="checkbox" checked={draft.openPrice} onChange={(event) => set('openPrice', event.target.checked)} data-testid="product-open-price" />
              <span>{t('counter.product.openPrice')}</span>
            </label>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={withOptions} onChange={(event) => toggleOptions(event.target.checked)} data-testid="product-has-options" />
            <span>{t('products.form.hasOptions')}</span>
          </label>
          {withOptions ? (
            <>
              <OptionRowsEditor options={draft.options} onChange={(options) => setOptions(options)} errors={errors} />
              <TextField
                label={t('products.form.skuBase')}
                value={skuBase}
                onChange={changeSkuBase}
                testId="product-sku-base"
                maxLength={40}
                hint={t('products.form.skuBaseHint')}
              />
              <VariantRowsEditor variants={draft.variants} onChange={(variants) => set('variants', variants)} errors={errors} />
            </>
          ) : (
            <>
              <div className="form-columns">
                <TextField
                  label={t('products.field.sku')}
                  value={simple.sku}
                  onChange={(sku) => setSimple({ sku })}
                  error={errors['variants.0.sku']}
                  testId="product-sku"
                  maxLength={LIMITS.sku}
                  hint={t('products.form.skuHint')}
                />
                <TextField
                  label={t('products.field.barcode')}
                  value={simple.barcode}
                  onChange={(barcode) => setSimple({ barcode })}
                  error={errors['variants.0.barcode']}
                  testId="product-barcode"
                  hint={t('products.form.barcodeHint')}
                  onKeyDown={keepScannerEnter}
                />
              </div>
              <div className="form-columns">
                {draft.openPrice ? null : (
                  <MoneyInput
                    label={draft.soldBy === 'each' ? t('products.list.price') : t('counter.product.pricePer', { unit: unitLabel(draft.soldBy) })}
                    value={simple.price}
                    onChange={(price) => setSimple({ price })}
                    error={errors['variants.0.price']}
                    testId="product-price"
                  />
                )}
                {draft.openPrice ? null : (
                  <TextField
                    label={draft.soldBy === 'each' ? t('products.form.stockOnHand') : t('counter.product.stockIn', { unit: unitLabel(draft.soldBy) })}
                    value={simple.stock}
                    onChange={(stock) => setSimple({ stock })}
                    error={errors['variants.0.stock']}
                    testId="product-stock"
                    inputMode={draft.soldBy === 'each' ? 'numeric' : 'decimal'}
                  />
                )}
                {draft.openPrice ? null : (
                  <TextField
                    label={t('products.field.lowStockAt')}
                    value={simple.lowStockThreshold}
                    onChange={(lowStockThreshold) => setSimple({ lowStockThreshold })}
                    error={errors['variants.0.lowStockThreshold']}
                    testId="product-low-stock"
                    inputMode={draft.soldBy === 'each' ? 'numeric' : 'decimal'}
                    hint={t('products.field.noAlertHint')}
                  />
                )}
              </div>
            </>
          )}
        </>
      )}
    </Dialog>
  )
}
