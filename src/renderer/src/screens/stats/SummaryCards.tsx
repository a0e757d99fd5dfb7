import type { ReactNode } from 'react'
import { ORDER_STATUSES } from '../../../../shared/orders'
import type { StatsSummary, StatusCounts } from '../../../../shared/stats'
import { Badge } from '../../components/Badge'
import { Money } from '../../components/Money'
import { STATUS_WORDS } from '../orders/order-words'
import { useTranslation } from 'react-i18next'
import { useFormatCount } from '../../i18n/use-locale'

function Card({ label, children, testId, hint }: { label: string; children: ReactNode; testId: string; hint?: string }) {
  return (
    <div className="card stats-card" data-testid={testId}>
      <span className="stats-card__label">{label}</span>
      <span className="stats-card__value" data-testid={`${testId}-value`}>
        {children}
      </span>
      {hint ? <span className="stats-card__hint">{hint}</span> : null}
    </div>
  )
}

/** The range's figures: what came in, how many orders, the average, what went back and the margin. */
export function SummaryCards({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation()
  // The count in the shop's digits and grouping, like the money beside it (Arabic-Indic in ar-SA).
  const formatCount = useFormatCount()
  return (
    <section className="stats-cards" aria-label={t('stats.figures')}>
      <Card label={t('stats.revenue')} testId="stats-revenue" hint={t('stats.ordersPlacedNotCancelled')}>
        <Money amount={summary.revenue} />
      </Card>
      <Card label={t('stats.orders')} testId="stats-orders" hint={t('stats.itemsCount', { count: summary.items })}>
        {formatCount(summary.orders)}
      </Card>
      <Card label={t('stats.averageOrder')} testId="stats-average">
        <Money amount={summary.averageOrderValue} />
      </Card>
      <Card label={t('stats.refunds')} testId="stats-refunds" hint={t('stats.moneyPaidBackFor')}>
        <Money amount={summary.refunds} />
      </Card>
      <Card
        label={t('stats.returns')}
        testId="stats-returns"
        hint={summary.returnedItems > 0 ? t('stats.itemsBackAtWhat', { count: summary.returnedItems }) : t('stats.whatCameBackIn')}
      >
        <Money amount={summary.returns} />
      </Card>
      <Card label={t('stats.netRevenue')} testId="stats-net" hint={t('stats.revenueLessReturns')}>
        <Money amount={summary.netRevenue} />
      </Card>
      <Card label={t('stats.grossMargin')} testId="stats-margin" hint={summary.costedSales === 0 ? t('stats.marginNeedsCost') : t('stats.marginOfCostedSales')}>
        <Money amount={summary.margin} />
      </Card>
      <Card label={t('stats.discountsGiven')} testId="stats-discounts">
        <Money amount={summary.discounts} />
      </Card>
      <Card label={t('stats.taxCollected')} testId="stats-tax" hint={t('stats.lessTheTaxOf')}>
        <Money amount={summary.tax} />
      </Card>
    </section>
  )
}

/** How many orders stand in each status right now, over the whole history. */
export function StatusCountsRow({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation()
  return (
    <section className="stats-statuses" aria-label={t('stats.ordersByStatus')} data-testid="stats-statuses">
      <h2 className="stats-section-title">{t('stats.ordersNow')}</h2>
      <ul className="stats-statuses__list">
        {ORDER_STATUSES.map((status) => (
          <li key={status} className="stats-statuses__item" data-testid={`stats-status-${status}`}>
            <Badge tone={STATUS_WORDS[status].tone}>{STATUS_WORDS[status].label}</Badge>
            <strong data-testid={`stats-status-${status}-count`}>{counts[status]}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
