import { useAction } from '../../lib/use-action'
import type { ChannelApi } from '../../../../shared/contract'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CartLine } from '../../../../shared/cart'
import type { Result } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField, TextField } from '../../components/Field'
import { Money } from '../../components/Money'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { parseCountInput } from '../../lib/count'
import { decimalSeparator, minorUnitsToDecimal } from '../../lib/money'
import { formatQuantity, parseWeightInput, unitLabel } from '../../lib/weight'
import { quantityText } from '../../../../shared/sold-by'
import { useShopSettings } from '../../stores/settings-store'
import { useCartStore } from './cart-store'
import { SaleTotal } from './SaleTotal'
import { discountDraftOf, parseDiscount } from './discount-input'
import { DiscountFields } from './DiscountFields'

function sameDiscount(a: CartLine['discount'], b: CartLine['discount']): boolean {
  return (a?.kind ?? null) === (b?.kind ?? null) && (a?.value ?? 0) === (b?.value ?? 0)
}

/**
 * One cart line up close: its quantity (a weight for a product sold by weight; a scale label's is
 * the label's), its own discount, its price changed by hand with a reason (issue 13), or out of the cart.
 */
export function LineDialog({ line, onClose }: { line: CartLine; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const parseMoney = useMoneyParser()
  const change = useCartStore((state) => state.change)
  // While the sale is past what a till holds, no line amount is worked out: the refusal shows instead.
  const overLimit = useCartStore((state) => state.cart?.overLimit ?? null)
  const mark = decimalSeparator(settings.locale)
  const weighed = line.soldBy !== 'each'
  const fixedQuantity = line.kind === 'label'
  // A typed price was typed, a label's printed: only a catalog price is changed by hand.
  const priceChangeable = line.kind === 'item' || line.kind === 'weighed'
  const [quantity, setQuantity] = useState(weighed ? quantityText(line.quantity, line.soldBy).replace('.', mark) : String(line.quantity))
  const [price, setPrice] = useState(line.priceReason ? String(minorUnitsToDecimal(line.unitPrice, settings.currencyDigits)).replace('.', mark) : '')
  const [reason, setReason] = useState(line.priceReason)
  const [discount, setDiscount] = useState(discountDraftOf(line.discount, settings.currencyDigits))
  const [tried, setTried] = useState(false)
  const parsedQuantity = weighed ? parseWeightInput(quantity, line.soldBy) : parseCountInput(quantity)
  const quantityProblem = fixedQuantity
    ? undefined
    : !parsedQuantity.ok
      ? parsedQuantity.message
      : parsedQuantity.value === 0
        ? t('sell.lineDialog.atLeastOne')
        : undefined
  const parsedDiscount = parseDiscount(discount, settings.currencyDigits, decimalSeparator(settings.locale))
  const parsedPrice = price.trim() === '' ? null : parseMoney(price)
  const priceProblem = parsedPrice && !parsedPrice.ok ? parsedPrice.message : undefined
  const reasonProblem = parsedPrice?.ok && !reason.trim() ? t('counter.override.reasonRequired') : undefined
  const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name

  /** The line's changes one after the other; the first refusal stops them and stays on screen. */
  const { busy, error, run } = useAction(
    async (commands: Array<(cartId: number, api: ChannelApi) => ReturnType<typeof window.api.cart.setQuantity>>): Promise<Result<null>> => {
      for (const command of commands) {
        const result = await change(command, { quiet: true })
        if (!result.ok) return { ok: false, error: result.error }
      }
      return { ok: true, data: null }
    },
    onClose
  )
  const save = () => {
    setTried(true)
    if (quantityProblem || !parsedQuantity.ok || !parsedDiscount.ok || priceProblem || reasonProblem) return
    const commands: Array<(cartId: number, api: ChannelApi) => ReturnType<typeof window.api.cart.setQuantity>> = []
    if (!fixedQuantity && parsedQuantity.value !== line.quantity)
      commands.push((cartId) => window.api.cart.setQuantity({ cartId, lineId: line.id, quantity: parsedQuantity.value }))
    if (!sameDiscount(parsedDiscount.discount, line.discount)) {
      commands.push((cartId, api) => api.cart.setLineDiscount({ cartId, lineId: line.id, discount: parsedDiscount.discount }))
    }
    const override = parsedPrice?.ok ? { unitPrice: parsedPrice.amount, reason: reason.trim() } : null
    const overridden = line.priceReason ? { unitPrice: line.unitPrice, reason: line.priceReason } : null
    if (priceChangeable && (override?.unitPrice !== overridden?.unitPrice || override?.reason !== overridden?.reason)) {
      // Refused for lack of the permission, the approval pad asks for a manager: `api` carries the PIN.
      commands.push((cartId, api) => api.cart.setLinePrice({ cartId, lineId: line.id, override }))
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
            {t('sell.lineDialog.remove')}
          </Button>
          <span className="spacer" />
          <CancelSubmit onCancel={onClose} busy={busy} testId="line-dialog-save">
            {t('sell.lineDialog.save')}
          </CancelSubmit>
        </>
      }
    >
      <p className="muted">
        <Money amount={line.unitPrice} /> {weighed ? t('counter.tile.perUnit', { unit: unitLabel(line.soldBy) }) : t('sell.lineDialog.each')} ·{' '}
        {t('sell.lineDialog.lineNow')} <SaleTotal amount={line.total} overLimit={overLimit} testId="line-dialog-total" />
      </p>
      <ErrorNotice error={error} testId="line-dialog-error" />
      {fixedQuantity ? (
        <p data-testid="line-dialog-label">{t('counter.line.labelFixed', { quantity: formatQuantity(line.quantity, line.soldBy, settings.locale) })}</p>
      ) : (
        <NumberField
          kind={weighed ? 'decimal' : 'count'}
          label={weighed ? t('counter.weigh.weight', { unit: unitLabel(line.soldBy) }) : t('sell.lineDialog.quantity')}
          value={quantity}
          onChange={setQuantity}
          error={tried ? quantityProblem : undefined}
          testId="line-dialog-quantity"
          data-autofocus
        />
      )}
      {priceChangeable ? (
        <div className="form-grid">
          <MoneyInput
            label={t('counter.override.price')}
            value={price}
            onChange={setPrice}
            error={tried ? priceProblem : undefined}
            hint={t('counter.override.priceHint')}
            testId="line-dialog-price"
          />
          <TextField
            label={t('counter.override.reason')}
            value={reason}
            onChange={setReason}
            error={tried ? reasonProblem : undefined}
            maxLength={120}
            testId="line-dialog-price-reason"
          />
        </div>
      ) : null}
      <DiscountFields
        draft={discount}
        onChange={setDiscount}
        error={tried && !parsedDiscount.ok ? parsedDiscount.message : undefined}
        testId="line-dialog-discount"
      />
    </Dialog>
  )
}
