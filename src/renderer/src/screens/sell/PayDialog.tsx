import { useSessionStore } from '../../stores/session-store'
import { useState, useEffect } from 'react'
import type { Cart } from '../../../../shared/cart'
import type { AppErrorData } from '../../../../shared/errors'
import type { OrderDetail, OrderKind } from '../../../../shared/orders'
import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { Money, useFormatMoney } from '../../components/Money'
import { ChangeDue, PaymentEntries } from '../../components/PaymentEntries'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { decimalSeparator, moneyInputText } from '../../lib/money'
import { newDraft, readPaymentDrafts, type PaymentDraft } from '../../lib/payment-drafts'
import { useShopSettings } from '../../stores/settings-store'
import { useCartStore } from './cart-store'
import { paymentsToShow, useCustomerDisplayPaying } from './use-customer-display-paying'
import { useTranslation } from 'react-i18next'

const KINDS: readonly OrderKind[] = ['counter', 'pickup', 'delivery']

type Timing = 'now' | 'later'

/** Completes the sale: what kind of order it is, and how it is paid (now, split, or on collection). */
export function PayDialog({ cart, onClose, onDone }: { cart: Cart; onClose(): void; onDone(order: OrderDetail): void }) {
  // While a payment is being taken the idle lock waits.
  useEffect(() => useSessionStore.getState().paymentStarted(), [])
  const { t } = useTranslation()
  const settings = useShopSettings()
  const format = useFormatMoney()
  const load = useCartStore((state) => state.load)
  const due = cart.totals.total
  const [kind, setKind] = useState<OrderKind>('counter')
  const [timing, setTiming] = useState<Timing>('now')
  const [address, setAddress] = useState(cart.customer?.address ?? '')
  const [drafts, setDrafts] = useState<PaymentDraft[]>(() => [newDraft('cash', moneyInputText(due, settings.currencyDigits))])
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const payingNow = kind === 'counter' || timing === 'now'
  const read = readPaymentDrafts(drafts, {
    due,
    digits: settings.currencyDigits,
    decimalMark: decimalSeparator(settings.locale),
    mustCoverAll: kind === 'counter',
    format,
    cashRounding: settings
  })
  useCustomerDisplayPaying(cart.id, payingNow ? paymentsToShow(read, due) : [])
  const addressProblem = kind === 'delivery' && !address.trim() ? t('pay.addressNeeded') : undefined
  const serverFields = fieldErrors(error)

  /** `sellBelowStock`: the cashier chose "Sell anyway" after a short-stock refusal (a manager may have to approve it). */
  const complete = async (sellBelowStock = false) => {
    setTried(true)
    if (addressProblem || (payingNow && !read.ok)) return
    setBusy(true)
    const input = { cartId: cart.id, kind, payments: payingNow ? read.payments : [], deliveryAddress: kind === 'delivery' ? address : '' }
    const result = sellBelowStock ? await call((api) => api.cart.checkout({ ...input, sellBelowStock })) : await call(() => window.api.cart.checkout(input))
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    void load()
    onDone(result.data)
  }

  return (
    <Dialog
      title={t('pay.title')}
      onClose={onClose}
      onSubmit={() => void complete()}
      testId="pay-dialog"
      width="wide"
      footer={
        <>
          {payingNow ? <ChangeDue change={read.change} testId="pay-payments" /> : null}
          <Button onClick={onClose}>{t('pay.back')}</Button>
          <Button type="submit" variant="primary" size="large" hotkey="F4" busy={busy} data-testid="pay-dialog-complete">
            {kind === 'counter' ? t('pay.complete') : payingNow && read.paid > 0 ? t('pay.takeAndPlace', { amount: format(read.paid) }) : t('pay.placeOrder')}
          </Button>
        </>
      }
    >
      <div className="pay-total">
        <span>{t('pay.totalToPay')}</span>
        <Money amount={due} className="pay-total__amount" testId="pay-dialog-total" />
      </div>
      <ErrorNotice error={error} testId="pay-dialog-error" shownFields={/^deliveryAddress$/} />
      {error?.code === 'STOCK_INSUFFICIENT' && error.details?.sellAnyway === true ? (
        <div className="pay-sell-anyway" data-testid="pay-sell-anyway">
          <p>{t('pay.sellAnywayNote')}</p>
          <Button onClick={() => void complete(true)} busy={busy} data-testid="pay-sell-anyway-button">
            {t('pay.sellAnyway')}
          </Button>
        </div>
      ) : null}
      <ChoiceGroup
        legend={t('pay.orderType')}
        value={kind}
        onChange={setKind}
        choices={KINDS.map((value) => ({ value, label: t(`print.kind.${value}`), hint: t(`pay.kindHint.${value}`) }))}
        testId="pay-kind"
      />
      {kind === 'delivery' ? (
        <TextField
          label={t('pay.deliveryAddress')}
          value={address}
          onChange={setAddress}
          error={(tried ? addressProblem : undefined) ?? serverFields.deliveryAddress}
          hint={cart.customer ? undefined : t('pay.addressTip')}
          maxLength={500}
          testId="pay-address"
        />
      ) : null}
      {kind !== 'counter' ? (
        <ChoiceGroup<Timing>
          legend={t('pay.title')}
          value={timing}
          onChange={setTiming}
          choices={[
            { value: 'now', label: t('pay.now'), hint: t('pay.nowHint') },
            { value: 'later', label: kind === 'pickup' ? t('pay.onCollection') : t('pay.onDelivery'), hint: t('pay.laterHint') }
          ]}
          testId="pay-timing"
        />
      ) : null}
      {payingNow ? <PaymentEntries drafts={drafts} onChange={setDrafts} due={due} read={read} showProblems={tried} testId="pay-payments" /> : null}
    </Dialog>
  )
}
