import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { useLiveQuery } from '../../lib/use-live-query'

const LIVE = ['order.changed'] as const

/** Sales and refunds per staff member over the range, from the per-staff rollup (migration 21). */
export function StaffSalesPanel({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation()
  const money = useFormatMoney()
  const report = useLiveQuery(() => window.api.stats.byStaff({ from, to }), [from, to], LIVE)
  const people = report.data?.people
  return (
    <section className="card stats-panel" data-testid="stats-staff" aria-labelledby="stats-staff-title">
      <h2 id="stats-staff-title">{t('staffStats.title')}</h2>
      <ErrorNotice error={report.error} testId="stats-staff-error" />
      {people && people.length === 0 ? <p className="muted">{t('staffStats.empty')}</p> : null}
      {people && people.length > 0 ? (
        <>
          <table className="stats-staff__table">
            <thead>
              <tr>
                <th>{t('staffStats.person')}</th>
                <th className="num">{t('staffStats.sales')}</th>
                <th className="num">{t('staffStats.gross')}</th>
                <th className="num">{t('staffStats.refunds')}</th>
                <th className="num">{t('staffStats.net')}</th>
                <th className="num">{t('staffStats.cancels')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.staffId} data-testid={`stats-staff-${person.staffId}`}>
                  <td>{person.name ?? t('staffStats.automatic')}</td>
                  <td className="num" data-testid="stats-staff-sales">
                    {person.orders}
                  </td>
                  <td className="num" data-testid="stats-staff-gross">
                    {money(person.gross)}
                  </td>
                  <td className="num" data-testid="stats-staff-refunds">
                    {money(person.refunds)}
                  </td>
                  <td className="num" data-testid="stats-staff-net">
                    {money(person.net)}
                  </td>
                  <td className="num">{person.cancels}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted stats-staff__note">{t('staffStats.note')}</p>
        </>
      ) : null}
    </section>
  )
}
