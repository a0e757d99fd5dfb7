import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cart } from '../../../../shared/cart'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { useAction } from '../../lib/use-action'
import { useDateLocale } from '../../i18n/use-locale'

/** Sets the sale aside under a label (the customer went to fetch something) and starts a fresh one. */
export function ParkDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const load = useCartStore((state) => state.load)
  const time = new Intl.DateTimeFormat(dateLocale, { timeStyle: 'short', timeZone: settings.timeZone }).format(Date.now())
  const [label, setLabel] = useState(cart.customer?.name ?? t('sell.parkDialog.defaultLabel', { time }))

  const {
    busy,
    error,
    run: park
  } = useAction(
    async () => {
      const result = await call(() => window.api.cart.park({ cartId: cart.id, label }))
      if (result.ok) await load()
      return result
    },
    (parked) => {
      toast(t('sell.parkDialog.parked', { label: parked.label }))
      onClose()
    }
  )

  return (
    <Dialog
      title={t('sell.parkDialog.title')}
      onClose={onClose}
      onSubmit={() => void park()}
      testId="park-dialog"
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="park-dialog-save">
          {t('sell.parkDialog.save')}
        </CancelSubmit>
      }
    >
      <p className="muted">{t('sell.parkDialog.intro')}</p>
      <ErrorNotice error={error} testId="park-dialog-error" shownFields={/^label$/} />
      <TextField
        label={t('sell.parkDialog.label')}
        value={label}
        onChange={setLabel}
        error={fieldErrors(error).label}
        maxLength={60}
        autoComplete="off"
        testId="park-dialog-label"
        data-autofocus
      />
    </Dialog>
  )
}
