import { useEffect, useState } from 'react'
import { businessDay } from '../../../../shared/business-day'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ScreenHeader } from '../../components/ScreenHeader'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { LowStockList } from './LowStockList'
import { BestSellers, PaymentMix } from './MixAndBestSellers'
import { RangePicker } from './RangePicker'
import { ShiftsPanel } from './ShiftsPanel'
import { StaffSalesPanel } from './StaffSalesPanel'
import { DayChart, HourChart } from './SalesCharts'
import { addDays, rangeLabel, resolveRange, type RangeChoice } from './stats-range'
import { StatusCountsRow, SummaryCards } from './SummaryCards'
import { TaxRatesTable } from '../../components/TaxRatesTable'
import './stats.css'
import { useTranslation } from 'react-i18next'

const LIVE = ['order.changed'] as const

/**
 * The shop's figures for today or any range of its days: revenue, orders, the average order,
 * refunds, discounts and tax; sales by hour and by day; payment methods; best sellers; orders in
 * each status; and what is running low. Every panel reads again when an order or stock changes.
 */
export function StatsScreen() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const [choice, setChoice] = useState<RangeChoice>({ kind: 'today' })
  // The till's today wins over this window's clock: the figures are counted by the till's days.
  const [tillToday, setTillToday] = useState<string | null>(null)
  const today = tillToday ?? businessDay(Date.now(), settings.timeZone)
  const range = resolveRange(choice, today)
  const singleDay = range.from === range.to
  const overview = useLiveQuery(() => window.api.stats.overview(choice.kind === 'today' ? {} : range), [choice.kind, range.from, range.to], LIVE)
  // One day has no shape by day: the by-day chart then shows the last 30 days.
  const month = useLiveQuery(() => window.api.stats.overview({ from: addDays(today, -29), to: today, top: 1 }), [today, singleDay], singleDay ? LIVE : [])
  const data = overview.data
  useEffect(() => {
    if (data && data.today !== tillToday) setTillToday(data.today)
  }, [data, tillToday])
  const label = rangeLabel(choice, range, settings.locale)
  const days = singleDay ? month.data?.byDay : data?.byDay

  return (
    <div className="screen stats-screen" data-testid="stats-screen">
      <ScreenHeader title={t('stats.stats')} subtitle={<span data-testid="stats-range-label">{label}</span>}>
        <RangePicker key={`${choice.kind}:${range.from}:${range.to}`} choice={choice} range={range} onChange={setChoice} />
      </ScreenHeader>
      <ErrorNotice error={overview.error ?? month.error} testId="stats-error" />
      {data ? (
        <>
          <SummaryCards summary={data.summary} />
          <StatusCountsRow counts={data.statusCounts} />
          <div className="stats-grid">
            <HourChart hours={data.byHour} title={singleDay ? t('stats.salesByHour', { label }) : t('stats.salesByHourAll', { label })} />
            {days ? <DayChart days={days} title={singleDay ? t('stats.salesByDayLast') : t('stats.salesByDay', { label })} locale={settings.locale} /> : null}
            <PaymentMix mix={data.paymentMix} />
            {data.taxByRate.length > 0 ? (
              <section className="card stats-panel" aria-label={t('stats.taxByRate')}>
                <TaxRatesTable rates={data.taxByRate} testId="stats-tax-rates" caption={t('stats.taxByRateSales')} />
              </section>
            ) : null}
            <BestSellers byUnits={data.topByUnits} byRevenue={data.topByRevenue} byWeight={data.topByWeight} />
          </div>
        </>
      ) : null}
      <StaffSalesPanel from={range.from} to={range.to} />
      <LowStockList />
      <ShiftsPanel from={range.from} to={range.to} />
    </div>
  )
}
