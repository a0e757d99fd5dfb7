import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { useTranslation } from 'react-i18next'
import { useDateLocale } from '../../i18n/use-locale'

/** Over/short of the shifts closed in the range: per person who closed them, and per shift. */
export function ShiftsPanel({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation()
  const money = useFormatMoney()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const report = useLiveQuery(() => window.api.shifts.overShort({ from, to }), [from, to], ['shift.changed'])
  const signed = (amount: number) => `${amount > 0 ? '+' : ''}${money(amount)}`
  const when = (at: number) => new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone }).format(at)
  const data = report.data
  return (
    <section className="card stats-panel" data-testid="stats-shifts">
      <h2>{t('stats.shiftsOverShort')}</h2>
      <ErrorNotice error={report.error} testId="stats-shifts-error" />
      {data && data.shifts.length === 0 ? <p className="muted">{t('stats.noShiftClosedIn')}</p> : null}
      {data && data.shifts.length > 0 ? (
        <>
          <table className="stats-shifts__table">
            <thead>
              <tr>
                <th>{t('stats.closedBy')}</th>
                <th className="num">{t('stats.shifts')}</th>
                <th className="num">{t('stats.over')}</th>
                <th className="num">{t('stats.short')}</th>
                <th className="num">{t('stats.net')}</th>
              </tr>
            </thead>
            <tbody>
              {data.people.map((person) => (
                <tr key={person.name} data-testid={`stats-shifts-person-${person.name}`}>
                  <td>{person.name}</td>
                  <td className="num">{person.shifts}</td>
                  <td className="num">{money(person.over)}</td>
                  <td className="num">{money(person.short)}</td>
                  <td className="num">{signed(person.net)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="stats-shifts__table">
            <thead>
              <tr>
                <th>Z</th>
                <th>{t('stats.closed')}</th>
                <th className="num">{t('stats.expected')}</th>
                <th className="num">{t('stats.counted')}</th>
                <th className="num">{t('stats.overShort')}</th>
              </tr>
            </thead>
            <tbody>
              {data.shifts.map((z) => (
                <tr key={z.number} data-testid={`stats-shifts-z-${z.number}`}>
                  <td>{z.number}</td>
                  <td>
                    {when(z.closedAt)} · {z.closedBy}
                  </td>
                  <td className="num">{money(z.expectedCash)}</td>
                  <td className="num">{money(z.countedCash)}</td>
                  <td className="num">{signed(z.overShort)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}
