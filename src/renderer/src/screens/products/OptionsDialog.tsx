import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { optionCombinations, type Product } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { call } from '../../lib/call'
import { bindFields } from '../../lib/bind-fields'
import { fieldErrors, localRefusal } from '../../lib/errors'
import { moneyInputText } from '../../lib/money'
import { useDateLocale, useFormatCount } from '../../i18n/use-locale'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { OptionRowsEditor } from './OptionRowsEditor'
import { attributesKey, optionsOf, skuBaseOf, type OptionDraft } from './product-form'

/**
 * A product's options (Size: S, M, L). Saving creates a variant for every combination the product
 * lacks, at one price; each can then be edited. Existing variants are kept as they are.
 */
export function OptionsDialog({ product, onClose }: { product: Product; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const formatCount = useFormatCount()
  const parseMoney = useMoneyParser()
  const [options, setOptions] = useState<OptionDraft[]>(() =>
    product.options.length > 0 ? product.options.map((option) => ({ name: option.name, values: option.values.join(', ') })) : [{ name: '', values: '' }]
  )
  const [price, setPrice] = useState(moneyInputText(product.variants[0]?.price ?? 0, settings.currencyDigits))
  const [skuPrefix, setSkuPrefix] = useState(() => skuBaseOf(product))
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const errors = fieldErrors(error)
  const field = bindFields(errors, 'options-form')
  // "S / Red, M / Red": the list separator of the screen language (Arabic writes "،").
  const listFormat = new Intl.ListFormat(dateLocale, { type: 'unit', style: 'short' })
  const existing = new Set(product.variants.map((variant) => attributesKey(variant.attributes)))
  const defined = optionsOf(options).filter((option) => option.name && option.values.length > 0)
  const combinations = defined.length > 0 ? optionCombinations(defined) : []
  const added = combinations.filter((attributes) => !existing.has(attributesKey(attributes)))
  const wanted = new Set(combinations.map(attributesKey))
  const hidden = defined.length > 0 ? product.variants.filter((variant) => !variant.archived && !wanted.has(attributesKey(variant.attributes))) : []

  const submit = async () => {
    const amount = parseMoney(price)
    if (!amount.ok) {
      setError(localRefusal('price', amount.message))
      return
    }
    setBusy(true)
    const result = await call(() =>
      window.api.catalog.generateVariants({
        productId: product.id,
        options: optionsOf(options),
        price: amount.amount,
        ...(skuPrefix.trim() ? { skuPrefix: skuPrefix.trim() } : {})
      })
    )
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    toast(
      t('products.options.saved', {
        name: product.name,
        variants: t('products.list.variantCount', { count: result.data.variants.length, n: formatCount(result.data.variants.length) })
      })
    )
    onClose()
  }

  return (
    <Dialog
      title={t('products.options.title', { name: product.name })}
      onClose={onClose}
      error={error}
      onSubmit={() => void submit()}
      testId="options-form"
      width="wide"
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="options-form-save">
          {added.length > 0 ? t('products.options.saveAndAdd', { count: added.length }) : t('products.options.save')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="options-form-error" shownFields={/^(price|skuPrefix|options(\.\d+(\.(name|values)(\.\d+)?)?)?)$/} />
      <OptionRowsEditor options={options} onChange={setOptions} errors={errors} />
      <div className="form-columns">
        <MoneyInput label={t('products.options.price')} {...field('price', price, setPrice)} />
        <TextField label={t('products.options.skuPrefix')} {...field('skuPrefix', skuPrefix, setSkuPrefix)} maxLength={64} />
      </div>
      <p className="muted" data-testid="options-form-preview">
        {added.length === 0
          ? t('products.options.noneNew')
          : t(added.length > 12 ? 'products.options.newVariantsMore' : 'products.options.newVariants', {
              list: listFormat.format(added.slice(0, 12).map((attributes) => Object.values(attributes).join(' / '))),
              count: added.length - 12
            })}
      </p>
      {hidden.length > 0 ? (
        <p className="muted" data-testid="options-form-hidden">
          {t('products.options.hidden', { list: listFormat.format(hidden.map((variant) => variant.label || t('products.detail.standard'))) })}
        </p>
      ) : null}
    </Dialog>
  )
}
