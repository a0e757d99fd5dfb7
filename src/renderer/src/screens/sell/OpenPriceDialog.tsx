import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useMoneyParser } from '../../components/MoneyInput'
import { PriceTaxFields } from '../../components/PriceTaxFields'
import { useAction } from '../../lib/use-action'
import { fieldErrors } from '../../lib/errors'
import { parsePercentInput, percentInputText } from '../../lib/percent'
import { useCartStore } from './cart-store'
import { useSellStore, type SellPick } from './sell-store'

/**
 * A price typed at the till (issue 13): "Sell at a price" for a code the catalog lacks, the Misc
 * key, or a product whose price is typed each time. The line moves no stock; the code, if any, is
 * kept on it.
 */
export function OpenPriceDialog({ code, variant, quantity, onClose }: { code: string; variant: SellPick | null; quantity: number; onClose(): void }) {
  const { t } = useTranslation()
  const parseMoney = useMoneyParser()
  const addSpecial = useCartStore((state) => state.addSpecial)
  const setLastAction = useSellStore((state) => state.setLastAction)
  const [price, setPrice] = useState('')
  const [taxRate, setTaxRate] = useState(variant ? percentInputText(variant.taxRateBp) : '0')
  const [name, setName] = useState('')
  const [tried, setTried] = useState(false)
  const parsedPrice = parseMoney(price)
  const parsedTax = parsePercentInput(taxRate)
  const problems = {
    price: !parsedPrice.ok ? parsedPrice.message : parsedPrice.amount === 0 ? t('counter.open.priceZero') : undefined,
    tax: parsedTax.ok ? undefined : parsedTax.message
  }
  const { busy, error, run } = useAction(
    (line: { unitPrice: number; taxRateBp: number }) =>
      addSpecial((cartId) =>
        window.api.cart.addOpenLine({ cartId, ...line, name: name.trim(), code, quantity, ...(variant && { variantId: variant.variantId }) })
      ),
    (cart) => {
      setLastAction({ tone: 'success', text: t('counter.open.added', { name: cart.lines.at(-1)?.name ?? '' }) })
      onClose()
    }
  )
  const server = fieldErrors(error)
  const title = code ? t('counter.open.titleCode', { code }) : variant ? t('counter.open.titleProduct', { name: variant.productName }) : t('counter.open.title')

  const save = async () => {
    setTried(true)
    if (!parsedPrice.ok || !parsedTax.ok || problems.price) return
    await run({ unitPrice: parsedPrice.amount, taxRateBp: parsedTax.basisPoints })
  }

  return (
    <FormDialog
      title={title}
      onClose={onClose}
      onSubmit={() => void save()}
      error={error}
      testId="open-price"
      busy={busy}
      submitLabel={t('counter.open.submit')}
    >
      <p className="muted">{code ? t('counter.open.explainCode', { code }) : t('counter.open.explain')}</p>
      <ErrorNotice error={error} testId="open-price-error" shownFields={/^(unitPrice|taxRateBp|name)$/} />
      <PriceTaxFields
        price={{ label: t('counter.open.price'), value: price, onChange: setPrice, problem: problems.price, refused: server.unitPrice }}
        tax={{ label: t('counter.open.taxRate'), value: taxRate, onChange: setTaxRate, problem: problems.tax, refused: server.taxRateBp }}
        tried={tried}
        testId="open-price"
        autofocusPrice
      />
      <TextField
        label={t('counter.open.name')}
        value={name}
        onChange={setName}
        error={server.name}
        maxLength={120}
        placeholder={variant?.productName ?? t('counter.miscProduct')}
        hint={t('counter.open.nameHint')}
        testId="open-price-name"
      />
    </FormDialog>
  )
}
