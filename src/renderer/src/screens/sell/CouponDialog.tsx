import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Cart } from '../../../../shared/cart'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { useAction } from '../../lib/use-action'
import { localIssue, reasonSentence } from '../../lib/errors'

export function CouponDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const { t } = useTranslation()
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
      setError({
        code: 'VALIDATION',
        message: t('sell.couponDialog.typeFirst'),
        issues: [localIssue('code', t('sell.couponDialog.typeFirstField'))]
      })
      return
    }
    void run((cartId) => window.api.cart.applyCoupon({ cartId, code }), t('sell.couponDialog.applied', { code: code.trim().toUpperCase() }))
  }

  return (
    <Dialog
      title={t('sell.coupon')}
      onClose={onClose}
      onSubmit={apply}
      testId="coupon-dialog"
      footer={
        <>
          {cart.coupon ? (
            <Button
              variant="danger"
              onClick={() => void run((cartId) => window.api.cart.removeCoupon({ cartId }), t('sell.couponDialog.removed'))}
              data-testid="coupon-dialog-remove"
            >
              {t('sell.couponDialog.remove', { code: cart.coupon.code })}
            </Button>
          ) : null}
          <span className="spacer" />
          <CancelSubmit onCancel={onClose} busy={busy} testId="coupon-dialog-apply">
            {t('sell.couponDialog.apply')}
          </CancelSubmit>
        </>
      }
    >
      {cart.coupon ? (
        <p data-testid="coupon-dialog-current">
          <Trans
            i18nKey={cart.coupon.problem ? 'sell.couponDialog.currentWithProblem' : 'sell.couponDialog.current'}
            values={{ code: cart.coupon.code, problem: cart.coupon.problem ? reasonSentence(cart.coupon.problem) : '' }}
            components={{ strong: <strong /> }}
          />
        </p>
      ) : null}
      <ErrorNotice error={error} testId="coupon-dialog-error" shownFields={/^code$/} />
      <TextField
        label={t('sell.couponDialog.code')}
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
