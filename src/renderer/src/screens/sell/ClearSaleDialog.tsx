import type { Cart } from '../../../../shared/cart'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Money } from '../../components/Money'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { useAction } from '../../lib/use-action'

/** Throws the sale in progress away, after saying what goes. */
export function ClearSaleDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
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
      toast('Sale cleared')
      onClose()
    }
  )

  return (
    <Dialog
      title="Clear this sale?"
      onClose={onClose}
      onSubmit={() => void clear()}
      testId="clear-dialog"
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Keep the sale
          </Button>
          <Button type="submit" variant="danger" busy={busy} data-testid="clear-dialog-confirm">
            Clear sale
          </Button>
        </>
      }
    >
      <ErrorNotice error={error} testId="clear-dialog-error" />
      <p>
        {cart.totals.itemCount} {cart.totals.itemCount === 1 ? 'item' : 'items'} for <Money amount={cart.totals.total} /> will be taken out of the cart. Nothing
        is sold and no stock moves. To keep it for later, park it instead.
      </p>
    </Dialog>
  )
}
