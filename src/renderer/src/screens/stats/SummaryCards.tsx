import type { ReactNode } from 'react'
import { ORDER_STATUSES } from '../../../../shared/orders'
import type { StatsSummary, StatusCounts } from '../../../../shared/stats'
import { Badge } from '../../components/Badge'
import { Money } from '../../components/Money'
import { STATUS_WORDS } from '../orders/order-words'

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

/** The range's figures: what came in, how many orders, the average, and what went back. */
export function SummaryCards({ summary }: { summary: StatsSummary }) {
  return (
    <section className="stats-cards" aria-label="Figures">
      <Card label="Revenue" testId="stats-revenue" hint="Orders placed, not cancelled">
        <Money amount={summary.revenue} />
      </Card>
      <Card label="Orders" testId="stats-orders" hint={`${summary.items} items`}>
        {summary.orders}
      </Card>
      <Card label="Average order" testId="stats-average">
        <Money amount={summary.averageOrderValue} />
      </Card>
      <Card label="Refunds" testId="stats-refunds" hint="Money paid back for returns">
        <Money amount={summary.refunds} />
      </Card>
      <Card
        label="Returns"
        testId="stats-returns"
        hint={summary.returnedItems > 0 ? `${summary.returnedItems} items back, at what they sold for` : 'What came back in the period'}
      >
        <Money amount={summary.returns} />
      </Card>
      <Card label="Net revenue" testId="stats-net" hint="Revenue less returns">
        <Money amount={summary.netRevenue} />
      </Card>
      <Card label="Discounts given" testId="stats-discounts">
        <Money amount={summary.discounts} />
      </Card>
      <Card label="Tax collected" testId="stats-tax" hint="Less the tax of returns">
        <Money amount={summary.tax} />
      </Card>
    </section>
  )
}

/** How many orders stand in each status right now, over the whole history. */
export function StatusCountsRow({ counts }: { counts: StatusCounts }) {
  return (
    <section className="stats-statuses" aria-label="Orders by status" data-testid="stats-statuses">
      <h2 className="stats-section-title">Orders now</h2>
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
