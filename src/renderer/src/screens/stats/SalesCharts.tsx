import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { DaySales, HourSales } from '../../../../shared/stats'
import { useFormatMoney } from '../../components/Money'
import { useShopSettings } from '../../stores/settings-store'
import { useTranslation } from 'react-i18next'

const AXIS = { fontSize: 12, fill: '#566170' }

/** Chart values in whole currency units (nice ticks), labelled without decimals. */
function useMajorUnits(): { toMajor(amount: number): number; tick(value: number): string } {
  const settings = useShopSettings()
  const format = new Intl.NumberFormat(settings.locale, { style: 'currency', currency: settings.currency, maximumFractionDigits: 0, minimumFractionDigits: 0 })
  return { toMajor: (amount) => amount / 10 ** settings.currencyDigits, tick: (value) => format.format(value) }
}

function ChartTooltip({
  active,
  payload,
  label,
  title
}: {
  active?: boolean
  payload?: ReadonlyArray<{ payload: { orders: number; revenue: number } }>
  label?: string | number
  title(label: string | number | undefined): string
}) {
  const { t } = useTranslation()
  const format = useFormatMoney()
  const point = payload?.[0]?.payload
  if (!active || !point) return null
  return (
    <div className="stats-tooltip">
      <strong>{title(label)}</strong>
      <span>{format(point.revenue)}</span>
      <span className="muted">{t('stats.ordersCount', { count: point.orders })}</span>
    </div>
  )
}

/** Revenue for each hour on the shop's clock, summed over the days of the range. */
export function HourChart({ hours, title }: { hours: readonly HourSales[]; title: string }) {
  const major = useMajorUnits()
  const data = hours.map((hour) => ({ ...hour, label: String(hour.hour).padStart(2, '0'), value: major.toMajor(hour.revenue) }))
  return (
    <section className="card stats-panel" data-testid="stats-by-hour" aria-label={title}>
      <h2 className="stats-section-title">{title}</h2>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="#e3e7ec" />
            <XAxis dataKey="label" tick={AXIS} interval={1} tickLine={false} />
            <YAxis tick={AXIS} tickFormatter={major.tick} width={64} allowDecimals={false} />
            <Tooltip content={<ChartTooltip title={(label) => `${String(label)}:00 – ${String(label)}:59`} />} cursor={{ fill: '#eef2f7' }} />
            <Bar dataKey="value" fill="#1f5fbf" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  )
}

/** Revenue day by day; days without a sale stay on the axis at zero. */
export function DayChart({ days, title, locale }: { days: readonly DaySales[]; title: string; locale: string }) {
  const major = useMajorUnits()
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const long = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  const data = days.map((day) => ({ ...day, label: day.day, value: major.toMajor(day.revenue) }))
  const tickEvery = Math.max(0, Math.ceil(days.length / 7) - 1)
  return (
    <section className="card stats-panel" data-testid="stats-by-day" aria-label={title}>
      <h2 className="stats-section-title">{title}</h2>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="#e3e7ec" />
            <XAxis
              dataKey="label"
              tick={AXIS}
              interval={tickEvery}
              tickLine={false}
              tickFormatter={(day: string) => short.format(new Date(`${day}T00:00:00Z`))}
            />
            <YAxis tick={AXIS} tickFormatter={major.tick} width={64} allowDecimals={false} />
            <Tooltip content={<ChartTooltip title={(label) => long.format(new Date(`${String(label)}T00:00:00Z`))} />} cursor={{ fill: '#eef2f7' }} />
            <Bar dataKey="value" fill="#17784a" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  )
}
