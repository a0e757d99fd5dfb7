import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Money, useFormatMoney } from '../../components/Money'
import { PrintButtons } from '../../components/PrintButtons'
import type { OrderDetail } from '../../../../shared/orders'
import { useTranslation } from 'react-i18next'

const PAYMENT_WORDS = {
  unpaid: 'orders.unpaid',
  partial: 'orders.partPaid',
  paid: 'orders.paid',
  partially_refunded: 'orders.partRefunded',
  refunded: 'orders.refunded'
} as const

/** No doubt left: the order exists, under this number, and this is the change to hand back. */
export function SaleCompleteDialog({ order, onClose }: { order: OrderDetail; onClose(): void }) {
  const { t } = useTranslation()
  const format = useFormatMoney()
  const change = order.payments.reduce((sum, payment) => sum + (payment.change ?? 0), 0)
  const headline = t(`pay.placed.${order.kind}`)
  return (
    <Dialog
      title={headline}
      onClose={onClose}
      onSubmit={onClose}
      testId="sale-complete"
      footer={
        <Button type="submit" variant="primary" size="large" data-testid="sale-complete-next" data-autofocus>
          {t('pay.newSale')}
        </Button>
      }
    >
      <div className="sale-complete">
        <p className="sale-complete__check" aria-hidden="true">
          ✓
        </p>
        <p className="sale-complete__label">{t('pay.orderNumber')}</p>
        <p className="sale-complete__number" data-testid="sale-complete-number">
          {order.number}
        </p>
        <p className="sale-complete__summary">
          <Money amount={order.total} testId="sale-complete-total" /> · {t(PAYMENT_WORDS[order.paymentState])}
          {order.amountDue > 0 ? (
            <> · {t(order.kind === 'delivery' ? 'pay.toPayOnDelivery' : 'pay.toPayOnCollection', { amount: format(order.amountDue) })}</>
          ) : null}
        </p>
        {change > 0 ? (
          <div className="change-due change-due--final" data-testid="sale-complete-change">
            <span className="change-due__label">{t('pay.changeToGive')}</span>
            <Money amount={change} className="change-due__amount" testId="sale-complete-change-amount" />
          </div>
        ) : null}
      </div>
      <PrintButtons orderId={order.id} documents={order.kind === 'counter' ? ['receipt'] : ['receipt', 'slip']} testId="sale-complete-print" letterKeys />
    </Dialog>
  )
}
