import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cart } from '../../../../shared/cart'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { decimalSeparator } from '../../lib/money'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { discountDraftOf, parseDiscount } from './discount-input'
import { DiscountFields } from './DiscountFields'
import { useAction } from '../../lib/use-action'

/** A discount on the whole sale, spread over its lines by the till. */
export function OrderDiscountDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const change = useCartStore((state) => state.change)
  const [draft, setDraft] = useState(discountDraftOf(cart.orderDiscount, settings.currencyDigits))
  const [tried, setTried] = useState(false)
  const parsed = parseDiscount(draft, settings.currencyDigits, decimalSeparator(settings.locale))

  const {
    busy,
    error,
    run: apply
  } = useAction(
    (discount: Cart['orderDiscount']) => change((cartId, api) => api.cart.setOrderDiscount({ cartId, discount }), { quiet: true }),
    (changed) => {
      toast(changed.orderDiscount ? t('sell.orderDiscount.applied') : t('sell.orderDiscount.removed'))
      onClose()
    }
  )
  const save = () => {
    setTried(true)
    if (parsed.ok) void apply(parsed.discount)
  }

  return (
    <Dialog
      title={t('sell.orderDiscount.title')}
      onClose={onClose}
      onSubmit={save}
      testId="discount-dialog"
      footer={
        <>
          {cart.orderDiscount ? (
            <Button variant="danger" onClick={() => void apply(null)} data-testid="discount-dialog-remove">
              {t('sell.orderDiscount.remove')}
            </Button>
          ) : null}
          <span className="spacer" />
          <CancelSubmit onCancel={onClose} busy={busy} testId="discount-dialog-save">
            {t('sell.orderDiscount.apply')}
          </CancelSubmit>
        </>
      }
    >
      <ErrorNotice error={error} testId="discount-dialog-error" />
      <DiscountFields draft={draft} onChange={setDraft} error={tried && !parsed.ok ? parsed.message : undefined} testId="discount-dialog-value" />
    </Dialog>
  )
}
