import { useState } from 'react'
import type { Cart } from '../../../../shared/cart'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { useAction } from '../../lib/use-action'

export function CouponDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const change = useCartStore((state) => state.change)
  const [code, setCode] = useState('')

  const { busy, error, setError, run } = useAction(
    async (command: (cartId: number) => Promise<Awaited<ReturnType<typeof window.api.cart.removeCoupon>>>, done: string) => {
      const result = await change(command, { quiet: true })
      if (result.ok) {
        toast(done)
        onClose()
      }
      return result
    }
  )
  const apply = () => {
    if (!code.trim()) {
      setError({ code: 'VALIDATION', message: 'Type the coupon code first.', issues: [{ path: 'code', message: 'Type the coupon code first' }] })
      return
    }
    void run((cartId) => window.api.cart.applyCoupon({ cartId, code }), `Coupon ${code.trim().toUpperCase()} applied`)
  }

  return (
    <Dialog
      title="Coupon"
      onClose={onClose}
      onSubmit={apply}
      testId="coupon-dialog"
      footer={
        <>
          {cart.coupon ? (
            <Button
              variant="danger"
              onClick={() => void run((cartId) => window.api.cart.removeCoupon({ cartId }), 'Coupon removed')}
              data-testid="coupon-dialog-remove"
            >
              Remove {cart.coupon.code}
            </Button>
          ) : null}
          <span className="spacer" />
          <CancelSubmit onCancel={onClose} busy={busy} testId="coupon-dialog-apply">
            Apply coupon
          </CancelSubmit>
        </>
      }
    >
      {cart.coupon ? (
        <p data-testid="coupon-dialog-current">
          This sale uses coupon <strong>{cart.coupon.code}</strong>
          {cart.coupon.problem ? `: ${cart.coupon.problem}` : '.'} A new code replaces it.
        </p>
      ) : null}
      <ErrorNotice error={error} testId="coupon-dialog-error" shownFields={/^code$/} />
      <TextField
        label="Coupon code"
        value={code}
        onChange={(value) => setCode(value.toUpperCase())}
        error={error?.issues?.find((issue) => issue.path === 'code')?.message}
        maxLength={32}
        autoComplete="off"
        testId="coupon-dialog-code"
        data-autofocus
      />
    </Dialog>
  )
}
