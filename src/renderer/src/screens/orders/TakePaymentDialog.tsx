import { useSessionStore } from '../../stores/session-store'
import { useState, useEffect } from 'react'
import type { OrderDetail } from '../../../../shared/orders'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Money, useFormatMoney } from '../../components/Money'
import { ChangeDue, PaymentEntries } from '../../components/PaymentEntries'
import { useAction } from '../../lib/use-action'
import { call } from '../../lib/call'
import { decimalSeparator, moneyInputText } from '../../lib/money'
import { newDraft, readPaymentDrafts, type PaymentDraft } from '../../lib/payment-drafts'
import { useShopSettings } from '../../stores/settings-store'
import { paymentsToShow, useCustomerDisplayOrderPaying } from '../sell/use-customer-display-paying'
import { toast } from '../../stores/toast-store'
import { useTranslation } from 'react-i18next'

/** Takes what is still due on an order (a pickup paid on collection), in full or in part. */
export function TakePaymentDialog({ order, onClose, onDone }: { order: OrderDetail; onClose(): void; onDone(order: OrderDetail): void }) {
  const { t } = useTranslation()
  // While a payment is being taken the idle lock waits.
  useEffect(() => useSessionStore.getState().paymentStarted(), [])
  const settings = useShopSettings()
  const format = useFormatMoney()
  const [drafts, setDrafts] = useState<PaymentDraft[]>(() => [newDraft('cash', moneyInputText(order.amountDue, settings.currencyDigits))])
  const [tried, setTried] = useState(false)
  const { busy, error, run } = useAction((payments: Parameters<typeof window.api.orders.pay>[0]['payments']) =>
    call(() => window.api.orders.pay({ orderId: order.id, payments }))
  )
  const [paid, setPaid] = useState<{ order: OrderDetail; change: number } | null>(null)
  const read = readPaymentDrafts(drafts, {
    due: order.amountDue,
    digits: settings.currencyDigits,
    decimalMark: decimalSeparator(settings.locale),
    mustCoverAll: false,
    format,
    cashRounding: settings
  })
  // The customer's screen shows the payment as it is typed; once taken, main shows it paid.
  useCustomerDisplayOrderPaying(order.id, paid ? null : paymentsToShow(read, order.amountDue))

  const take = async () => {
    if (paid) {
      onDone(paid.order)
      return
    }
    setTried(true)
    if (!read.ok) return
    const result = await run(read.payments)
    if (!result?.ok) return
    toast(t('orders.takenOnOrder', { paid: format(read.paid), number: order.number }))
    if (read.change > 0) setPaid({ order: result.data, change: read.change })
    else onDone(result.data)
  }

  return (
    <Dialog
      title={t('orders.takePaymentForOrder', { number: order.number })}
      onClose={paid ? () => onDone(paid.order) : onClose}
      onSubmit={() => void take()}
      testId="take-payment-dialog"
      width="wide"
      footer={
        paid ? (
          <Button type="submit" variant="primary" size="large" data-testid="take-payment-done" data-autofocus>
            {t('orders.done')}
          </Button>
        ) : (
          <>
            <ChangeDue change={read.change} testId="take-payment-payments" />
            <Button onClick={onClose}>{t('orders.cancel')}</Button>
            <Button type="submit" variant="primary" size="large" hotkey="F4" busy={busy} data-testid="take-payment-confirm">
              {t('orders.takePayment')}
            </Button>
          </>
        )
      }
    >
      {paid ? (
        <div className="change-due change-due--final" data-testid="take-payment-change">
          <span className="change-due__label">{t('orders.changeToGive')}</span>
          <Money amount={paid.change} className="change-due__amount" />
        </div>
      ) : (
        <>
          <div className="pay-total">
            <span>{t('orders.stillToPayOn')}</span>
            <Money amount={order.amountDue} className="pay-total__amount" testId="take-payment-due" />
          </div>
          <ErrorNotice error={error} testId="take-payment-error" />
          <PaymentEntries drafts={drafts} onChange={setDrafts} due={order.amountDue} read={read} showProblems={tried} testId="take-payment-payments" />
        </>
      )}
    </Dialog>
  )
}
