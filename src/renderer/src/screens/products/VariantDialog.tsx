import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS, type Product, type Variant } from '../../../../shared/catalog'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { call } from '../../lib/call'
import { parseCountInput } from '../../lib/count'
import { bindFields } from '../../lib/bind-fields'
import { fieldErrors, localIssue } from '../../lib/errors'
import { moneyInputText } from '../../lib/money'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { keepScannerEnter } from './scanner'
import { useAction } from '../../lib/use-action'

/** One variant's SKU, barcode, price and low-stock alert; hiding it stops it being sold. */
export function VariantDialog({ product, variant, onClose }: { product: Product; variant: Variant; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const parseMoney = useMoneyParser()
  const [sku, setSku] = useState(variant.sku)
  const [barcode, setBarcode] = useState(variant.barcode ?? '')
  const [price, setPrice] = useState(moneyInputText(variant.price, settings.currencyDigits))
  const [threshold, setThreshold] = useState(String(variant.lowStockThreshold))
  const [hidden, setHidden] = useState(variant.archived)
  const { busy, error, setError, run } = useAction(
    (input: Parameters<typeof window.api.catalog.updateVariant>[0]) => call(() => window.api.catalog.updateVariant(input)),
    () => {
      toast(t('products.variant.saved', { name }))
      onClose()
    }
  )
  const field = bindFields(fieldErrors(error), 'variant-form')
  const name = variant.label ? t('products.variantName', { product: product.name, variant: variant.label }) : product.name

  const submit = () => {
    const amount = parseMoney(price)
    const count = parseCountInput(threshold, { label: t('products.field.lowStockThreshold') })
    const issues = [...(amount.ok ? [] : [localIssue('price', amount.message)]), ...(count.ok ? [] : [localIssue('lowStockThreshold', count.message)])]
    if (!amount.ok || !count.ok) {
      setError({ code: 'VALIDATION', message: issues[0]?.message ?? '', issues })
      return
    }
    void run({ id: variant.id, sku, barcode: barcode.trim() || null, price: amount.amount, lowStockThreshold: count.value, archived: hidden })
  }

  return (
    <Dialog
      title={t('products.form.editTitle', { name })}
      onClose={onClose}
      error={error}
      onSubmit={() => void submit()}
      testId="variant-form"
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="variant-form-save">
          {t('products.variant.save')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="variant-form-error" shownFields={/^(sku|barcode|price|lowStockThreshold)$/} />
      <div className="form-columns">
        <TextField label={t('products.field.sku')} {...field('sku', sku, setSku)} maxLength={LIMITS.sku} autoFocus />
        <TextField label={t('products.field.barcode')} {...field('barcode', barcode, setBarcode)} onKeyDown={keepScannerEnter} />
      </div>
      <div className="form-columns">
        <MoneyInput label={t('products.list.price')} {...field('price', price, setPrice)} />
        <TextField
          label={t('products.field.lowStockAt')}
          {...field('lowStockThreshold', threshold, setThreshold)}
          testId="variant-form-low-stock"
          inputMode="numeric"
          hint={t('products.field.noAlertHint')}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={hidden} onChange={(event) => setHidden(event.target.checked)} data-testid="variant-form-hidden" />
        <span>{t('products.variant.hidden')}</span>
      </label>
      <p className="muted">{t('products.variant.stockNote')}</p>
    </Dialog>
  )
}
