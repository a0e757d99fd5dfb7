import type { OrderDetail } from '../../../../shared/orders'
import { Badge } from '../../components/Badge'
import { Money } from '../../components/Money'
import { Separated } from '../../components/Separated'
import { useShopSettings } from '../../stores/settings-store'
import { METHOD_WORDS, STATUS_WORDS } from './order-words'
import { Trans, useTranslation } from 'react-i18next'

function useDateTime(): Intl.DateTimeFormat {
  const { locale, timeZone } = useShopSettings()
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
}

export function OrderLines({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  return (
    <section className="order-section" aria-label={t('orders.items')}>
      <h3>{t('orders.items')}</h3>
      <ul className="order-lines" data-testid="order-lines">
        {order.lines.map((line) => (
          <li key={line.id} className="order-line" data-testid="order-line">
            <span className="order-line__qty tabular">{line.quantity} ×</span>
            <span className="order-line__name">
              {line.name}
              {line.variantLabel ? <span className="muted"> ({line.variantLabel})</span> : null}
              <span className="order-line__meta muted">
                <Trans i18nKey="orders.unitPriceEach" values={{ sku: line.sku }} components={{ money: <Money amount={line.unitPrice} /> }} />
                {line.lineDiscount + line.promotionDiscount + line.orderDiscount + line.couponDiscount > 0 ? (
                  <>
                    {' '}
                    · −<Money amount={line.lineDiscount + line.promotionDiscount + line.orderDiscount + line.couponDiscount} />
                  </>
                ) : null}
              </span>
              {line.quantityReturned > 0 ? (
                <Badge tone="danger" testId="order-line-returned">
                  {t('orders.returned2', { quantityReturned: line.quantityReturned })}
                </Badge>
              ) : null}
            </span>
            {/* As on the receipt and in the cart: quantity × price; discounts and tax are in the totals. */}
            <Money amount={line.gross} className="order-line__total" testId="order-line-total" />
          </li>
        ))}
      </ul>
    </section>
  )
}

export function OrderTotals({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const discounts = order.lineDiscountTotal + order.promotionDiscountTotal + order.orderDiscountTotal + order.couponDiscountTotal
  const rows: Array<[string, number, string?]> = [
    [t('print.subtotal'), order.subtotal],
    ...(discounts > 0
      ? [[order.couponCode ? t('orders.discountsCoupon', { code: order.couponCode }) : t('print.discounts'), -discounts] as [string, number]]
      : []),
    [order.taxMode === 'inclusive' ? t('print.taxIncluded') : t('print.tax'), order.taxTotal],
    [t('print.total'), order.total, 'order-total'],
    [t('pay.paid'), order.paidTotal, 'order-paid'],
    ...(order.refundedTotal > 0 ? [[t('orders.refunded'), -order.refundedTotal, 'order-refunded'] as [string, number, string]] : []),
    // A cancelled or returned order is closed: what it was never paid is not owed.
    ...(order.amountDue > 0 && order.allowedNext.length > 0 ? [[t('pay.stillToPay'), order.amountDue, 'order-due'] as [string, number, string]] : [])
  ]
  return (
    <dl className="order-totals">
      {rows.map(([label, amount, testId]) => (
        <div key={label} className={testId === 'order-total' ? 'order-totals__total' : testId === 'order-due' ? 'order-totals__due' : undefined}>
          <dt>{label}</dt>
          <dd>
            {amount < 0 ? '−' : ''}
            <Money amount={Math.abs(amount)} testId={testId} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

export function OrderPayments({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const dateTime = useDateTime()
  if (order.payments.length === 0) return null
  return (
    <section className="order-section" aria-label={t('orders.payments')}>
      <h3>{t('orders.payments')}</h3>
      <ul className="order-payments" data-testid="order-payments">
        {order.payments.map((payment) => (
          <li key={payment.id} className="order-payment" data-testid="order-payment">
            <span>
              <strong>
                {payment.kind === 'refund' ? t('orders.refund') : t('orders.payment')} · {METHOD_WORDS[payment.method]}
              </strong>
              <span className="muted order-payment__meta">
                <Separated
                  parts={[
                    dateTime.format(payment.createdAt),
                    payment.cardLastFour ? t('orders.cardLastFour', { cardLastFour: payment.cardLastFour }) : null,
                    payment.cardReference ? t('orders.cardReference', { cardReference: payment.cardReference }) : null,
                    payment.tendered !== null && payment.change ? (
                      <Trans
                        i18nKey="orders.handedChange"
                        components={{ tendered: <Money amount={payment.tendered} />, change: <Money amount={payment.change} /> }}
                      />
                    ) : null,
                    payment.note
                  ]}
                />
              </span>
            </span>
            <span className={payment.kind === 'refund' ? 'order-payment__refund' : undefined}>
              {payment.kind === 'refund' ? '−' : ''}
              <Money amount={payment.amount} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function OrderTimeline({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const dateTime = useDateTime()
  return (
    <section className="order-section" aria-label={t('orders.history')}>
      <h3>{t('orders.history')}</h3>
      <ol className="order-timeline" data-testid="order-history">
        {[...order.events].reverse().map((event) => (
          <li key={event.id} className="order-event" data-testid="order-event">
            <span className="order-event__what">
              {event.change === 'created'
                ? t('orders.orderTaken')
                : event.change === 'payment'
                  ? t('orders.paymentTaken')
                  : event.change === 'return'
                    ? t('orders.itemsReturned')
                    : `${event.from ? STATUS_WORDS[event.from].label : ''} → ${STATUS_WORDS[event.to].label}`}
            </span>
            <span className="muted order-event__meta">
              {dateTime.format(event.createdAt)} · {event.actorName}
              {event.approverName ? ` · ${t('staff.approvedBy', { name: event.approverName })}` : ''}
              {event.note ? ` · ${event.note}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
