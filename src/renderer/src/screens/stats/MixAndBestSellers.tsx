import { useState } from 'react'
import { Bar, BarChart, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { PaymentMethodShare, TopProduct } from '../../../../shared/stats'
import { Money, useFormatMoney } from '../../components/Money'
import { METHOD_WORDS } from '../orders/order-words'
import { useTranslation } from 'react-i18next'
import { formatQuantity } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { isWeighed } from '../../../../shared/sold-by'

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

/** The best sellers of the range, net of returns, by units or by revenue. */
export function BestSellers({ byUnits, byRevenue }: { byUnits: readonly TopProduct[]; byRevenue: readonly TopProduct[] }) {
  const { t } = useTranslation()
  const [measure, setMeasure] = useState<'units' | 'revenue'>('revenue')
  const format = useFormatMoney()
  const { locale } = useShopSettings()
  const rows = measure === 'units' ? byUnits : byRevenue
  // A weighed product's units are thousandths of its unit: read as its weight ("1.25 kg").
  const quantity = (row: TopProduct) => (isWeighed(row.soldBy) ? formatQuantity(row.units, row.soldBy, locale) : t('stats.unitsCount', { count: row.units }))
  const data = rows.map((row) => ({ name: row.name, value: measure === 'units' ? row.units : row.revenue, row }))
  return (
    <section className="card stats-panel" data-testid="stats-top-products" aria-label={t('stats.bestSellers')}>
      <div className="stats-panel__head">
        <h2 className="stats-section-title">{t('stats.bestSellers')}</h2>
        <div className="stats-toggle" role="group" aria-label={t('stats.rankBy')}>
          {(['revenue', 'units'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="stats-toggle__option"
              aria-pressed={measure === option}
              onClick={() => setMeasure(option)}
              data-testid={`stats-top-by-${option}`}
            >
              {option === 'revenue' ? t('stats.revenue') : t('stats.units')}
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
                  formatter={(value, _name, item) => (measure === 'units' ? quantity((item.payload as (typeof data)[number]).row) : format(Number(value)))}
                  cursor={{ fill: '#eef2f7' }}
                />
                <Bar dataKey="value" fill={measure === 'units' ? '#8a5300' : '#1f5fbf'} radius={[0, 3, 3, 0]} maxBarSize={22} isAnimationActive={false} />
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
