import type { ChannelApi } from '../../../../shared/contract'
import { useState } from 'react'
import type { CartLine } from '../../../../shared/cart'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField } from '../../components/Field'
import { Money } from '../../components/Money'
import { parseCountInput } from '../../lib/count'
import { decimalSeparator } from '../../lib/money'
import { useShopSettings } from '../../stores/settings-store'
import { useCartStore } from './cart-store'
import { discountDraftOf, parseDiscount } from './discount-input'
import { DiscountFields } from './DiscountFields'

function sameDiscount(a: CartLine['discount'], b: CartLine['discount']): boolean {
  return (a?.kind ?? null) === (b?.kind ?? null) && (a?.value ?? 0) === (b?.value ?? 0)
}

/** One cart line up close: its quantity, its own discount, or out of the cart. */
export function LineDialog({ line, onClose }: { line: CartLine; onClose(): void }) {
  const settings = useShopSettings()
  const change = useCartStore((state) => state.change)
  const [quantity, setQuantity] = useState(String(line.quantity))
  const [discount, setDiscount] = useState(discountDraftOf(line.discount, settings.currencyDigits))
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const parsedQuantity = parseCountInput(quantity)
  const quantityProblem = !parsedQuantity.ok
    ? parsedQuantity.message
    : parsedQuantity.value === 0
      ? 'Quantity must be at least 1: use Remove to take the line out'
      : undefined
  const parsedDiscount = parseDiscount(discount, settings.currencyDigits, decimalSeparator(settings.locale))
  const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name

  const run = async (commands: Array<(cartId: number, api: ChannelApi) => ReturnType<typeof window.api.cart.setQuantity>>) => {
    setBusy(true)
    for (const command of commands) {
      const result = await change(command, { quiet: true })
      if (!result.ok) {
        setBusy(false)
        setError(result.error)
        return
      }
    }
    setBusy(false)
    onClose()
  }
  const save = () => {
    setTried(true)
    if (quantityProblem || !parsedQuantity.ok || !parsedDiscount.ok) return
    const commands: Array<(cartId: number, api: ChannelApi) => ReturnType<typeof window.api.cart.setQuantity>> = []
    if (parsedQuantity.value !== line.quantity)
      commands.push((cartId) => window.api.cart.setQuantity({ cartId, lineId: line.id, quantity: parsedQuantity.value }))
    if (!sameDiscount(parsedDiscount.discount, line.discount)) {
      commands.push((cartId, api) => api.cart.setLineDiscount({ cartId, lineId: line.id, discount: parsedDiscount.discount }))
    }
    void run(commands)
  }

  return (
    <Dialog
      title={name}
      onClose={onClose}
      onSubmit={save}
      testId="line-dialog"
      footer={
        <>
          <Button
            variant="danger"
            onClick={() => void run([(cartId) => window.api.cart.removeLine({ cartId, lineId: line.id })])}
            data-testid="line-dialog-remove"
          >
            Remove from sale
          </Button>
          <span className="spacer" />
          <CancelSubmit onCancel={onClose} busy={busy} testId="line-dialog-save">
            Save
          </CancelSubmit>
        </>
      }
    >
      <p className="muted">
        <Money amount={line.unitPrice} /> each · line now <Money amount={line.total} />
      </p>
      <ErrorNotice error={error} testId="line-dialog-error" />
      <NumberField
        kind="count"
        label="Quantity"
        value={quantity}
        onChange={setQuantity}
        error={tried ? quantityProblem : undefined}
        testId="line-dialog-quantity"
        data-autofocus
      />
      <DiscountFields
        draft={discount}
        onChange={setDiscount}
        error={tried && !parsedDiscount.ok ? parsedDiscount.message : undefined}
        testId="line-dialog-discount"
      />
    </Dialog>
  )
}
