import { useCallback, useMemo } from 'react'
import type { OrderSummary } from '../../../../shared/orders'
import { Badge } from '../../components/Badge'
import { Money } from '../../components/Money'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useShopSettings } from '../../stores/settings-store'
import { KIND_WORDS, PAYMENT_STATE_WORDS, STATUS_WORDS } from './order-words'
import { useOrdersStore } from './orders-store'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { Separated } from '../../components/Separated'
import { useDateLocale } from '../../i18n/use-locale'

/**
 * The columns in the screen language: rebuilt when the language changes (`t` is a new function
 * then), so the headers and dates follow a switch made while the list is open.
 */
function useColumns(compact: boolean): ReadonlyArray<Column<OrderSummary>> {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const { timeZone } = useShopSettings()
  return useMemo(() => {
    return compact
      ? compactColumns(t, new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }))
      : fullColumns(t, new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }))
  }, [t, locale, timeZone, compact])
}

function StatusBadges({ order }: { order: OrderSummary }) {
  return (
    <div className="order-cell order-cell--badges">
      <Badge tone={STATUS_WORDS[order.status].tone} testId="order-row-status">
        {STATUS_WORDS[order.status].label}
      </Badge>
      <Badge tone={PAYMENT_STATE_WORDS[order.paymentState].tone} testId="order-row-payment">
        {PAYMENT_STATE_WORDS[order.paymentState].label}
      </Badge>
    </div>
  )
}

const who = (t: TFunction, order: OrderSummary) => order.customerName || t('orders.walkIn')

function fullColumns(t: TFunction, when: Intl.DateTimeFormat): ReadonlyArray<Column<OrderSummary>> {
  return [
    {
      key: 'number',
      header: t('orders.order'),
      width: 'minmax(130px, 1fr)',
      render: (order) => (
        <div className="order-cell">
          <strong className="tabular" data-testid="order-row-number">
            {order.number}
          </strong>
          <span className="order-cell__meta tabular">{when.format(order.createdAt)}</span>
        </div>
      )
    },
    {
      key: 'customer',
      header: t('orders.customer'),
      width: 'minmax(0, 1.4fr)',
      render: (order) => (
        <div className="order-cell">
          <span className="order-cell__name">{who(t, order)}</span>
          <span className="order-cell__meta">
            <Separated parts={[KIND_WORDS[order.kind], t('orders.itemsCount', { count: order.itemCount })]} />
          </span>
        </div>
      )
    },
    { key: 'status', header: t('orders.status'), width: '128px', render: (order) => <StatusBadges order={order} /> },
    { key: 'total', header: t('print.total'), width: '136px', align: 'end', render: (order) => <Money amount={order.total} testId="order-row-total" /> }
  ]
}

/** Beside an open order the list narrows to three columns that still say who, what state and how much. */
function compactColumns(t: TFunction, when: Intl.DateTimeFormat): ReadonlyArray<Column<OrderSummary>> {
  return [
    {
      key: 'number',
      header: t('orders.order'),
      width: 'minmax(0, 1fr)',
      render: (order) => (
        <div className="order-cell">
          <strong className="tabular" data-testid="order-row-number">
            {order.number}
          </strong>
          <span className="order-cell__meta">
            <Separated parts={[who(t, order), KIND_WORDS[order.kind]]} />
          </span>
        </div>
      )
    },
    { key: 'status', header: t('orders.status'), width: '112px', render: (order) => <StatusBadges order={order} /> },
    {
      key: 'total',
      header: t('print.total'),
      width: '124px',
      align: 'end',
      render: (order) => (
        <div className="order-cell order-cell--end">
          <Money amount={order.total} testId="order-row-total" />
          <span className="order-cell__meta tabular">{when.format(order.createdAt)}</span>
        </div>
      )
    }
  ]
}

/** Every order matching the filter, newest first; the next page loads as the end comes into view. */
export function OrderList({ compact }: { compact: boolean }) {
  const { t } = useTranslation()
  const rows = useOrdersStore((state) => state.rows)
  const selectedId = useOrdersStore((state) => state.selectedId)
  const select = useOrdersStore((state) => state.select)
  const loadMore = useOrdersStore((state) => state.loadMore)
  const loading = useOrdersStore((state) => state.loading)
  const filtered = useOrdersStore((state) => Object.values(state.filter).some(Boolean))
  const onEndReached = useCallback(() => void loadMore(), [loadMore])
  const columns = useColumns(compact)
  return (
    <VirtualTable
      label={t('orders.orders')}
      testId="order-list"
      rows={rows}
      columns={columns}
      rowKey={(order) => order.id}
      rowHeight={60}
      selectedKey={selectedId}
      onRowClick={(order) => select(order.id)}
      onEndReached={onEndReached}
      rowTestId={() => 'order-row'}
      empty={loading ? t('orders.loadingOrders') : filtered ? t('orders.noOrderMatchesThese') : t('orders.noOrdersYetSales')}
    />
  )
}
