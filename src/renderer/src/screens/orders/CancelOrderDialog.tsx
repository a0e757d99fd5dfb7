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

/** Cancels an order after saying plainly what follows: stock back on the shelf, money back. */
export function CancelOrderDialog({ order, onClose, onDone }: { order: OrderDetail; onClose(): void; onDone(order: OrderDetail): void }) {
  const [note, setNote] = useState('')
  const kept = order.paidTotal - order.refundedTotal
  const units = order.lines.reduce((sum, line) => sum + line.quantity - line.quantityReturned, 0)
  const split = useRefundSplit(kept, heldByMethod(order.payments))
  const [tried, setTried] = useState(false)

  const { busy, error, run } = useAction(
    () => call((api) => api.orders.cancel({ orderId: order.id, note, ...(split.split ? { refundSplit: split.split } : {}) })),
    (cancelled) => {
      toast(`Order ${order.number} cancelled`)
      onDone(cancelled)
    }
  )
  const cancel = () => {
    setTried(true)
    if (!split.problem) void run()
  }

  return (
    <Dialog
      title={`Cancel order ${order.number}?`}
      onClose={onClose}
      onSubmit={() => void cancel()}
      testId="cancel-dialog"
      error={error}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Keep the order
          </Button>
          <Button type="submit" variant="danger" busy={busy} data-testid="cancel-dialog-confirm">
            Cancel order
          </Button>
        </>
      }
    >
      <ErrorNotice error={error} testId="cancel-dialog-error" shownFields={/^note$/} />
      <ul className="consequences">
        <li>
          {units} {units === 1 ? 'item goes' : 'items go'} back on the shelf.
        </li>
        <li data-testid="cancel-dialog-refund">
          {kept > 0 ? (
            <>
              <Money amount={kept} /> is refunded to the methods that paid, as below: each gets back at most what it paid.
            </>
          ) : (
            'Nothing was paid, so nothing is refunded.'
          )}
        </li>
        {order.couponCode ? <li>Coupon {order.couponCode} can be used again.</li> : null}
        <li>This cannot be undone.</li>
      </ul>
      <RefundSplitFields amount={kept} held={heldByMethod(order.payments)} state={split} showProblem={tried} />
      <TextField
        label="Reason (optional, kept in the history)"
        value={note}
        onChange={setNote}
        error={fieldErrors(error).note}
        maxLength={500}
        testId="cancel-dialog-note"
      />
    </Dialog>
  )
}
