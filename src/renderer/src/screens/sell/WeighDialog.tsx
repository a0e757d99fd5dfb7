import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { lineGross } from '../../../../shared/sold-by'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { Money, useFormatMoney } from '../../components/Money'
import { useAction } from '../../lib/use-action'
import { fieldErrors } from '../../lib/errors'
import { formatQuantity, parseWeightInput, unitLabel } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { useCartStore } from './cart-store'
import { useSellStore, type SellPick } from './sell-store'

/** A product sold by weight: the weight read off the scale is typed (decimals allowed), priced per unit. */
export function WeighDialog({ variant, onClose }: { variant: SellPick; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const format = useFormatMoney()
  const addSpecial = useCartStore((state) => state.addSpecial)
  const setLastAction = useSellStore((state) => state.setLastAction)
  const [weight, setWeight] = useState('')
  const [tried, setTried] = useState(false)
  const parsed = parseWeightInput(weight, variant.soldBy)
  const unit = unitLabel(variant.soldBy)
  const name = variant.label ? `${variant.productName} (${variant.label})` : variant.productName

  const { busy, error, run } = useAction((quantity: number) =>
    addSpecial((cartId) => window.api.cart.addWeighedLine({ cartId, variantId: variant.variantId, quantity }))
  )
  const server = fieldErrors(error)

  const save = async () => {
    setTried(true)
    if (!parsed.ok) return
    const added = await run(parsed.value)
    if (!added?.ok) return
    setLastAction({ tone: 'success', text: t('counter.weigh.added', { weight: formatQuantity(parsed.value, variant.soldBy, settings.locale), name }) })
    onClose()
  }

  return (
    <FormDialog title={name} onClose={onClose} onSubmit={() => void save()} error={error} testId="weigh" busy={busy} submitLabel={t('counter.weigh.submit')}>
      <p className="muted" data-testid="weigh-price">
        {t('counter.weigh.pricePer', { price: format(variant.price), unit })}
      </p>
      <ErrorNotice error={error} testId="weigh-error" shownFields={/^quantity$/} />
      <NumberField
        kind="decimal"
        label={t('counter.weigh.weight', { unit })}
        value={weight}
        onChange={setWeight}
        error={(tried && !parsed.ok ? parsed.message : undefined) ?? server.quantity}
        hint={t('counter.weigh.hint')}
        testId="weigh-weight"
        data-autofocus
      />
      <p className="weigh-amount" data-testid="weigh-amount">
        {parsed.ok ? <Money amount={lineGross(variant.price, parsed.value, variant.soldBy)} /> : '—'}
      </p>
    </FormDialog>
  )
}
