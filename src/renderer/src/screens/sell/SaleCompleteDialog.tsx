import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Money } from '../../components/Money'
import { PrintButtons } from '../../components/PrintButtons'
import type { OrderDetail } from '../../../../shared/orders'

const PAYMENT_WORDS = { unpaid: 'Not paid yet', partial: 'Partly paid', paid: 'Paid', partially_refunded: 'Partly refunded', refunded: 'Refunded' } as const

/** No doubt left: the order exists, under this number, and this is the change to hand back. */
export function SaleCompleteDialog({ order, onClose }: { order: OrderDetail; onClose(): void }) {
  const change = order.payments.reduce((sum, payment) => sum + (payment.change ?? 0), 0)
  const headline = order.kind === 'counter' ? 'Sale complete' : order.kind === 'pickup' ? 'Pickup order placed' : 'Delivery order placed'
  return (
    <Dialog
      title={headline}
      onClose={onClose}
      onSubmit={onClose}
      testId="sale-complete"
      footer={
        <Button type="submit" variant="primary" size="large" data-testid="sale-complete-next" data-autofocus>
          New sale
        </Button>
      }
    >
      <div className="sale-complete">
        <p className="sale-complete__check" aria-hidden="true">
          ✓
        </p>
        <p className="sale-complete__label">Order number</p>
        <p className="sale-complete__number" data-testid="sale-complete-number">
          {order.number}
        </p>
        <p className="sale-complete__summary">
          <Money amount={order.total} testId="sale-complete-total" /> · {PAYMENT_WORDS[order.paymentState]}
          {order.amountDue > 0 ? (
            <>
              {' '}
              · <Money amount={order.amountDue} /> to pay on {order.kind === 'delivery' ? 'delivery' : 'collection'}
            </>
          ) : null}
        </p>
        {change > 0 ? (
          <div className="change-due change-due--final" data-testid="sale-complete-change">
            <span className="change-due__label">Change to give</span>
            <Money amount={change} className="change-due__amount" testId="sale-complete-change-amount" />
          </div>
        ) : null}
      </div>
      <PrintButtons orderId={order.id} documents={order.kind === 'counter' ? ['receipt'] : ['receipt', 'slip']} testId="sale-complete-print" letterKeys />
    </Dialog>
  )
}
