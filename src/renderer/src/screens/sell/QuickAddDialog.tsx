import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '../../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField, TextField } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useMoneyParser } from '../../components/MoneyInput'
import { PriceTaxFields } from '../../components/PriceTaxFields'
import { call } from '../../lib/call'
import { parseCountInput } from '../../lib/count'
import { fieldErrors } from '../../lib/errors'
import { parsePercentInput } from '../../lib/percent'
import { useCartStore } from './cart-store'
import { useSellStore } from './sell-store'

/**
 * A scanned code the catalog does not know: the product made on the spot (name, price, tax and
 * what is on the shelf), saved to the catalog under that code and added to the sale.
 */
export function QuickAddDialog({ code, quantity, onClose }: { code: string; quantity: number; onClose(): void }) {
  const { t } = useTranslation()
  const parseMoney = useMoneyParser()
  const addVariant = useCartStore((state) => state.addVariant)
  const setLastAction = useSellStore((state) => state.setLastAction)
  const [name, setName] = useState('')
  const [price, setPrice] = useState('')
  const [taxRate, setTaxRate] = useState('0')
  const [stock, setStock] = useState(String(quantity))
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const parsedPrice = parseMoney(price)
  const parsedTax = parsePercentInput(taxRate)
  const parsedStock = parseCountInput(stock, { label: t('sell.quickAdd.stock') })
  const problems = {
    name: name.trim() ? undefined : t('sell.quickAdd.nameRequired'),
    price: parsedPrice.ok ? undefined : parsedPrice.message,
    tax: parsedTax.ok ? undefined : parsedTax.message,
    stock: parsedStock.ok ? undefined : parsedStock.message
  }
  const server = fieldErrors(error)

  const save = async () => {
    setTried(true)
    if (!parsedPrice.ok || !parsedTax.ok || !parsedStock.ok || problems.name) return
    setBusy(true)
    const created = await call(() =>
      window.api.catalog.createProduct({
        name: name.trim(),
        taxRateBp: parsedTax.basisPoints,
        variants: [{ sku: code, barcode: code, price: parsedPrice.amount, stock: parsedStock.value }]
      })
    )
    if (!created.ok) {
      setBusy(false)
      setError(created.error)
      return
    }
    const variant = created.data.variants[0]
    const added = variant ? await addVariant(variant.id, quantity) : null
    setBusy(false)
    if (added && !added.ok) {
      setError(added.error)
      return
    }
    setLastAction({ tone: 'success', text: t('sell.quickAdd.added', { name: created.data.name }) })
    onClose()
  }

  return (
    <FormDialog
      title={t('sell.quickAdd.title', { code })}
      onClose={onClose}
      onSubmit={() => void save()}
      error={error}
      testId="quick-add"
      busy={busy}
      submitLabel={t('sell.quickAdd.save')}
    >
      <p className="muted">{t('sell.quickAdd.intro', { code })}</p>
      <ErrorNotice error={error} testId="quick-add-error" shownFields={/^(name|taxRateBp|variants\.0\.(price|stock|sku|barcode))$/} />
      <TextField
        label={t('sell.quickAdd.name')}
        value={name}
        onChange={setName}
        error={(tried ? problems.name : undefined) ?? server.name}
        maxLength={200}
        testId="quick-add-name"
        data-autofocus
      />
      <PriceTaxFields
        price={{ label: t('sell.quickAdd.price'), value: price, onChange: setPrice, problem: problems.price, refused: server['variants.0.price'] }}
        tax={{ label: t('sell.quickAdd.taxRate'), value: taxRate, onChange: setTaxRate, problem: problems.tax, refused: server.taxRateBp }}
        tried={tried}
        testId="quick-add"
      />
      <NumberField
        kind="count"
        label={t('sell.quickAdd.stock')}
        value={stock}
        onChange={setStock}
        error={(tried ? problems.stock : undefined) ?? server['variants.0.stock']}
        hint={t('sell.quickAdd.stockHint')}
        testId="quick-add-stock"
      />
    </FormDialog>
  )
}
