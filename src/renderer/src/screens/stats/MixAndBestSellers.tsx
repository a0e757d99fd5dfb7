import { useState } from 'react'
import { Bar, BarChart, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { PaymentMethodShare, TopProduct } from '../../../../shared/stats'
import { Money, useFormatMoney } from '../../components/Money'
import { METHOD_WORDS } from '../orders/order-words'
import { useTranslation } from 'react-i18next'
import { formatQuantity } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { gramsOf, isWeighed } from '../../../../shared/sold-by'

const METHOD_COLOURS = { cash: '#17784a', card: '#1f5fbf', other: '#8a5300' } as const

/** Money taken by each method in the range, and what went back the same way. */
export function PaymentMix({ mix }: { mix: readonly PaymentMethodShare[] }) {
  const { t } = useTranslation()
  const format = useFormatMoney()
  const data = mix.filter((share) => share.paid > 0).map((share) => ({ name: METHOD_WORDS[share.method], value: share.paid, method: share.method }))
  return (
    <section className="card stats-panel" data-testid="stats-payment-mix" aria-label={t('stats.paymentMethods')}>
      <h2 className="stats-section-title">{t('stats.paymentMethods')}</h2>
      {mix.length === 0 ? (
        <p className="muted stats-empty">{t('stats.noPaymentsInThis')}</p>
      ) : (
        <div className="stats-mix">
          <div className="stats-mix__chart">
            <ResponsiveContainer width="100%" height="100%">
              <PieChart>
                <Pie data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="90%" paddingAngle={1} isAnimationActive={false}>
                  {data.map((entry) => (
                    <Cell key={entry.method} fill={METHOD_COLOURS[entry.method]} />
                  ))}
                </Pie>
                <Tooltip formatter={(value) => format(Number(value))} />
              </PieChart>
            </ResponsiveContainer>
          </div>
          <ul className="plain-list stats-mix__legend">
            {mix.map((share) => (
              <li key={share.method} data-testid={`stats-payment-${share.method}`}>
                <span className="stats-swatch" style={{ background: METHOD_COLOURS[share.method] }} aria-hidden="true" />
                <span className="stats-mix__method">{METHOD_WORDS[share.method]}</span>
                <Money amount={share.paid} testId={`stats-payment-${share.method}-paid`} />
                <span className="muted">{t('stats.paymentsCount', { count: share.payments })}</span>
                {share.refunded > 0 ? <span className="stats-mix__refund">{t('stats.moneyBack', { amount: format(share.refunded) })}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

type Measure = 'revenue' | 'units' | 'weight'

/**
 * The best sellers of the range, net of returns: by revenue (every product), by units (pieces, of
 * products sold by the piece) or by weight (products sold by weight, kg, g and lb on one scale).
 * A kg is never ranked against a piece; Weight is offered when something was sold by weight.
 */
export function BestSellers({
  byUnits,
  byRevenue,
  byWeight
}: {
  byUnits: readonly TopProduct[]
  byRevenue: readonly TopProduct[]
  byWeight: readonly TopProduct[]
}) {
  const { t } = useTranslation()
  const [chosen, setMeasure] = useState<Measure>('revenue')
  const format = useFormatMoney()
  const { locale } = useShopSettings()
  const options: Measure[] = byWeight.length > 0 ? ['revenue', 'units', 'weight'] : ['revenue', 'units']
  const measure = options.includes(chosen) ? chosen : 'revenue'
  const rows = measure === 'units' ? byUnits : measure === 'weight' ? byWeight : byRevenue
  // A weighed product's units are thousandths of its unit: read as its weight ("1.25 kg").
  const quantity = (row: TopProduct) => (isWeighed(row.soldBy) ? formatQuantity(row.units, row.soldBy, locale) : t('stats.unitsCount', { count: row.units }))
  const valueOf = (row: TopProduct) => (measure === 'units' ? row.units : measure === 'weight' ? gramsOf(row.units, row.soldBy) : row.revenue)
  const data = rows.map((row) => ({ name: row.name, value: valueOf(row), row }))
  const words: Record<Measure, string> = { revenue: t('stats.revenue'), units: t('stats.units'), weight: t('counter.stats.weight') }
  return (
    <section className="card stats-panel" data-testid="stats-top-products" aria-label={t('stats.bestSellers')}>
      <div className="stats-panel__head">
        <h2 className="stats-section-title">{t('stats.bestSellers')}</h2>
        <div className="stats-toggle" role="group" aria-label={t('stats.rankBy')}>
          {options.map((option) => (
            <button
              key={option}
              type="button"
              className="stats-toggle__option"
              aria-pressed={measure === option}
              onClick={() => setMeasure(option)}
              data-testid={`stats-top-by-${option}`}
            >
              {words[option]}
            </button>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="muted stats-empty">{t('stats.nothingSoldInThis')}</p>
      ) : (
        <>
          <div className="stats-chart stats-chart--bars" style={{ height: `${Math.max(120, rows.length * 30 + 16)}px` }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
                <XAxis type="number" hide />
                <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12, fill: '#18202b' }} tickLine={false} axisLine={false} />
                <Tooltip
                  formatter={(value, _name, item) => (measure === 'revenue' ? format(Number(value)) : quantity((item.payload as (typeof data)[number]).row))}
                  cursor={{ fill: '#eef2f7' }}
                />
                <Bar dataKey="value" fill={measure === 'revenue' ? '#1f5fbf' : '#8a5300'} radius={[0, 3, 3, 0]} maxBarSize={22} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ol className="stats-top-list" data-testid="stats-top-list">
            {rows.map((row) => (
              <li key={row.productId} data-testid={`stats-top-${row.productId}`}>
                <span className="stats-top-list__name">{row.name}</span>
                <span className="muted" data-testid={`stats-top-${row.productId}-units`}>
                  {quantity(row)}
                </span>
                <Money amount={row.revenue} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
