import { useState } from 'react'
import type { OrderDetail } from '../../../../shared/orders'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { Money } from '../../components/Money'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { toast } from '../../stores/toast-store'
import { heldByMethod } from '../../../../shared/refunds'
import { RefundSplitFields, useRefundSplit } from './RefundSplitFields'
import { useAction } from '../../lib/use-action'
import { Trans, useTranslation } from 'react-i18next'

/** Cancels an order after saying plainly what follows: stock back on the shelf, money back. */
export function CancelOrderDialog({ order, onClose, onDone }: { order: OrderDetail; onClose(): void; onDone(order: OrderDetail): void }) {
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  const kept = order.paidTotal - order.refundedTotal
  const units = order.lines.reduce((sum, line) => sum + line.quantity - line.quantityReturned, 0)
  const split = useRefundSplit(kept, heldByMethod(order.payments))
  const [tried, setTried] = useState(false)

  const { busy, error, run } = useAction(
    () => call((api) => api.orders.cancel({ orderId: order.id, note, ...(split.split ? { refundSplit: split.split } : {}) })),
    (cancelled) => {
      toast(t('orders.orderCancelled', { number: order.number }))
      onDone(cancelled)
    }
  )
  const cancel = () => {
    setTried(true)
    if (!split.problem) void run()
  }

  return (
    <Dialog
      title={t('orders.cancelOrder', { number: order.number })}
      onClose={onClose}
      onSubmit={() => void cancel()}
      testId="cancel-dialog"
      error={error}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            {t('orders.keepTheOrder')}
          </Button>
          <Button type="submit" variant="danger" busy={busy} data-testid="cancel-dialog-confirm">
            {t('orders.cancelOrder2')}
          </Button>
        </>
      }
    >
      <ErrorNotice error={error} testId="cancel-dialog-error" shownFields={/^note$/} />
      <ul className="consequences">
        <li>{t('orders.backOnTheShelf', { count: units })}</li>
        <li data-testid="cancel-dialog-refund">
          {kept > 0 ? <Trans i18nKey="orders.refundedToMethods" components={{ money: <Money amount={kept} /> }} /> : t('orders.nothingWasPaidSo')}
        </li>
        {order.couponCode ? <li>{t('orders.couponCanBeUsed', { couponCode: order.couponCode })}</li> : null}
        <li>{t('orders.thisCannotBeUndone')}</li>
      </ul>
      <RefundSplitFields amount={kept} held={heldByMethod(order.payments)} state={split} showProblem={tried} />
      <TextField
        label={t('orders.reasonOptionalKeptIn')}
        value={note}
        onChange={setNote}
        error={fieldErrors(error).note}
        maxLength={500}
        testId="cancel-dialog-note"
      />
    </Dialog>
  )
}
