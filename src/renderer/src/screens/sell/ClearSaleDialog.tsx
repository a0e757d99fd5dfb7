import { Trans, useTranslation } from 'react-i18next'
import type { Cart } from '../../../../shared/cart'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Money } from '../../components/Money'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { SaleTotal } from './SaleTotal'
import { useAction } from '../../lib/use-action'

/** Throws the sale in progress away, after saying what goes. */
export function ClearSaleDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const { t } = useTranslation()
  const load = useCartStore((state) => state.load)

  const {
    busy,
    error,
    run: clear
  } = useAction(
    async () => {
      const result = await call(() => window.api.cart.discard({ cartId: cart.id }))
      if (result.ok) await load()
      return result
    },
    () => {
      toast(t('sell.clearDialog.cleared'))
      onClose()
    }
  )

  return (
    <Dialog
      title={t('sell.clearDialog.title')}
      onClose={onClose}
      onSubmit={() => void clear()}
      testId="clear-dialog"
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            {t('sell.clearDialog.keep')}
          </Button>
          <Button type="submit" variant="danger" busy={busy} data-testid="clear-dialog-confirm">
            {t('sell.clearDialog.confirm')}
          </Button>
        </>
      }
    >
      <ErrorNotice error={error} testId="clear-dialog-error" />
      {cart.overLimit ? (
        // Past what a till holds, the sale has no total to name: the refusal stands in its place.
        <>
          <p>{t('counter.overLimit.clearBody', { count: cart.totals.itemCount })}</p>
          <p>
            <SaleTotal amount={cart.totals.total} overLimit={cart.overLimit} testId="clear-dialog-total" />
          </p>
        </>
      ) : (
        <p>
          <Trans i18nKey="sell.clearDialog.body" count={cart.totals.itemCount} components={{ money: <Money amount={cart.totals.total} /> }} />
        </p>
      )}
    </Dialog>
  )
}
