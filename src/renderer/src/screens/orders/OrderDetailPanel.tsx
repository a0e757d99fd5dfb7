import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { OrderDetail, OrderStatus } from '../../../../shared/orders'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PrintButtons } from '../../components/PrintButtons'
import { call } from '../../lib/call'
import { useNavStore } from '../../stores/nav-store'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { useCartStore } from '../sell/cart-store'
import { CancelOrderDialog } from './CancelOrderDialog'
import { FORWARD_ACTIONS, isForwardStatus, KIND_WORDS, PAYMENT_STATE_WORDS, STATUS_WORDS } from './order-words'
import { OrderLines, OrderPayments, OrderTimeline, OrderTotals } from './OrderSections'
import { TaxRatesTable } from '../../components/TaxRatesTable'
import { ReturnOrderDialog } from './ReturnOrderDialog'
import { SyncBadge } from './SyncBadge'
import { TakePaymentDialog } from './TakePaymentDialog'
import { useOrderDetail } from './use-order-detail'
import { useTranslation } from 'react-i18next'
import { useDateLocale } from '../../i18n/use-locale'

type OrderDialog = 'cancel' | 'return' | 'pay' | null

/** What the lifecycle lets the shopkeeper do next, as the main process says in allowedNext. */
function offers(order: OrderDetail) {
  const returnable = order.lines.some((line) => line.quantity > line.quantityReturned)
  return {
    forward: order.allowedNext.filter(isForwardStatus),
    cancel: order.allowedNext.includes('cancelled'),
    // A first return moves the order to returned; more units of it may still come back later.
    return: returnable && (order.allowedNext.includes('returned') || order.status === 'returned'),
    // A final order (no status after it) takes no more payments.
    pay: order.amountDue > 0 && order.allowedNext.length > 0
  }
}

function Actions({ order, onChanged, onOpen }: { order: OrderDetail; onChanged(order: OrderDetail): void; onOpen(dialog: OrderDialog): void }) {
  const { t } = useTranslation()
  const go = useNavStore((state) => state.go)
  const loadCart = useCartStore((state) => state.load)
  const setNotice = useCartStore((state) => state.setNotice)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const can = offers(order)
  const [next, ...skips] = can.forward

  const move = async (status: OrderStatus & Parameters<typeof window.api.orders.setStatus>[0]['status']) => {
    setBusy(status)
    setError(null)
    const result = await call(() => window.api.orders.setStatus({ orderId: order.id, status }))
    setBusy(null)
    if (!result.ok) {
      setError(result.error)
      return
    }
    onChanged(result.data)
    toast(t('orders.orderIsNow', { number: order.number, status: STATUS_WORDS[result.data.status].label }))
  }
  const reorder = async () => {
    setBusy('reorder')
    setError(null)
    const result = await call(() => window.api.orders.reorder({ orderId: order.id }))
    setBusy(null)
    if (!result.ok) {
      setError(result.error)
      return
    }
    await loadCart()
    const { skipped } = result.data
    setNotice(
      skipped.length > 0
        ? t('orders.leftOutNoLongerSold', {
            number: order.number,
            names: skipped.map((line) => (line.variantLabel ? t('orders.lineWithVariant', { name: line.name, variant: line.variantLabel }) : line.name))
          })
        : null
    )
    toast(t('orders.orderIsInThe', { number: order.number }))
    go('sell')
  }

  return (
    <div className="order-actions stack">
      {next || can.pay || can.return ? (
        <div className="row row--wrap">
          {next ? (
            <Button variant="primary" hotkey="F6" busy={busy === next} onClick={() => void move(next)} data-testid={`order-action-${next}`}>
              {FORWARD_ACTIONS[next]}
            </Button>
          ) : null}
          {can.pay ? (
            <Button variant={next ? 'secondary' : 'primary'} hotkey="F7" onClick={() => onOpen('pay')} data-testid="order-action-pay">
              {t('orders.takePayment')}
            </Button>
          ) : null}
          {can.return ? (
            <Button hotkey="F8" onClick={() => onOpen('return')} data-testid="order-action-return">
              {t('orders.returnItems')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="row row--wrap order-actions__more">
        <Button size="small" busy={busy === 'reorder'} onClick={() => void reorder()} data-testid="order-action-reorder">
          {t('orders.sellAgain')}
        </Button>
        {can.cancel ? (
          <Button size="small" variant="danger" onClick={() => onOpen('cancel')} data-testid="order-action-cancel">
            {t('orders.cancelOrder2')}
          </Button>
        ) : null}
        {skips.length > 0 ? (
          <details className="order-skip">
            <summary>{t('orders.skipAStep')}</summary>
            <div className="row row--wrap">
              {skips.map((status) => (
                <Button key={status} size="small" busy={busy === status} onClick={() => void move(status)} data-testid={`order-action-${status}`}>
                  {FORWARD_ACTIONS[status]}
                </Button>
              ))}
            </div>
          </details>
        ) : null}
      </div>
      <ErrorNotice error={error} testId="order-action-error" onDismiss={() => setError(null)} />
    </div>
  )
}

/** One order in full: what was sold, how it was paid, what happened to it, and what can happen next. */
export function OrderDetailPanel({ orderId, onClose }: { orderId: number; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const { order, error, show } = useOrderDetail(orderId)
  const [dialog, setDialog] = useState<OrderDialog>(null)
  const created = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone })
  const done = (changed: OrderDetail) => {
    show(changed)
    setDialog(null)
  }

  return (
    <aside className="order-detail card" aria-label={t('orders.order')} data-testid="order-detail">
      <header className="order-detail__header">
        <div>
          <h2 data-testid="order-detail-number">{order?.number ?? '…'}</h2>
          {order ? <p className="muted">{created.format(order.createdAt)}</p> : null}
        </div>
        <Button size="small" variant="ghost" hotkey="Escape" onClick={onClose} data-testid="order-detail-close">
          {t('orders.close')}
        </Button>
      </header>
      <ErrorNotice error={error} testId="order-detail-error" />
      {order ? (
        <div className="order-detail__body">
          <div className="row row--wrap">
            <Badge tone={STATUS_WORDS[order.status].tone} testId="order-detail-status">
              {STATUS_WORDS[order.status].label}
            </Badge>
            <Badge tone={PAYMENT_STATE_WORDS[order.paymentState].tone} testId="order-detail-payment">
              {PAYMENT_STATE_WORDS[order.paymentState].label}
            </Badge>
            <Badge>{KIND_WORDS[order.kind]}</Badge>
            <SyncBadge orderId={order.id} />
          </div>
          <Actions order={order} onChanged={show} onOpen={setDialog} />
          {order.customerName || order.deliveryAddress || order.note ? (
            <section className="order-section order-customer" aria-label={t('orders.customer')}>
              {order.customerName ? (
                <p>
                  <strong data-testid="order-customer">{order.customerName}</strong>
                  {[order.customerPhone, order.customerEmail].filter(Boolean).map((contact) => (
                    <span key={contact} className="muted">
                      {' '}
                      · {contact}
                    </span>
                  ))}
                </p>
              ) : null}
              {order.deliveryAddress ? <p data-testid="order-address">{t('orders.deliverTo', { deliveryAddress: order.deliveryAddress })}</p> : null}
              {order.note ? <p className="order-note">{t('orders.note', { note: order.note })}</p> : null}
            </section>
          ) : null}
          <OrderLines order={order} />
          <OrderTotals order={order} />
          <TaxRatesTable rates={order.taxByRate} testId="order-tax-rates" caption={t('orders.taxByRateAs')} />
          <OrderPayments order={order} />
          <PrintButtons orderId={order.id} documents={['receipt', 'slip']} testId="order-print" />
          <OrderTimeline order={order} />
        </div>
      ) : null}
      {order && dialog === 'cancel' ? <CancelOrderDialog order={order} onClose={() => setDialog(null)} onDone={done} /> : null}
      {order && dialog === 'return' ? <ReturnOrderDialog order={order} onClose={() => setDialog(null)} onDone={done} /> : null}
      {order && dialog === 'pay' ? <TakePaymentDialog order={order} onClose={() => setDialog(null)} onDone={done} /> : null}
    </aside>
  )
}
