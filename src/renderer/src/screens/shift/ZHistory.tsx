import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { useTranslation } from 'react-i18next'
import { useDateLocale } from '../../i18n/use-locale'

/** Every Z report, newest first, with its figures; a row opens its preview. CSV export of the list. */
export function ZHistory({ onOpen }: { onOpen(number: number): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const money = useFormatMoney()
  const [limit, setLimit] = useState(50)
  const [error, setError] = useState<AppErrorData | null>(null)
  const page = useLiveQuery(() => window.api.shifts.zList({ limit }), [limit], ['shift.changed'])
  const when = (at: number) => new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone }).format(at)
  const exportCsv = async () => {
    const chosen = await call(() => window.api.files.chooseSavePath({ title: t('shift.exportZReports'), suggestedName: 'z-reports.csv', kind: 'csv' }))
    if (!chosen.ok) return setError(chosen.error)
    const { saveToken } = chosen.data
    if (saveToken === null) return
    const written = await call(() => window.api.shifts.zExportCsv({ saveToken }))
    if (!written.ok) return setError(written.error)
    toast(t('shift.exportedZ', { count: written.data.rows }))
  }
  const reports = page.data?.reports ?? []
  return (
    <div className="stack" data-testid="z-history">
      <div className="row">
        <span className="spacer" />
        <Button onClick={() => void exportCsv()} disabled={reports.length === 0} data-testid="z-history-export">
          {t('common.exportCsv')}
        </Button>
      </div>
      <ErrorNotice error={error ?? page.error} testId="z-history-error" />
      {reports.length === 0 ? (
        <p className="muted">{t('shift.noZReportYet')}</p>
      ) : (
        <table className="z-history__table">
          <thead>
            <tr>
              <th>Z</th>
              <th>{t('z.closed')}</th>
              <th>{t('z.openedBy')}</th>
              <th>{t('z.closedBy')}</th>
              <th className="num">{t('z.netSales')}</th>
              <th className="num">{t('z.expected')}</th>
              <th className="num">{t('z.counted')}</th>
              <th className="num">{t('shift.overShort')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((z) => (
              <tr key={z.number} onClick={() => onOpen(z.number)} className="z-history__row" data-testid={`z-row-${z.number}`}>
                <td>
                  <button type="button" className="button button--ghost button--small" onClick={() => onOpen(z.number)}>
                    {z.number}
                  </button>
                </td>
                <td>{when(z.closedAt)}</td>
                <td>{z.openedBy}</td>
                <td>{z.closedBy}</td>
                <td className="num">{money(z.net)}</td>
                <td className="num">{money(z.expectedCash)}</td>
                <td className="num">{money(z.countedCash)}</td>
                <td className={`num ${z.overShort < 0 ? 'z-history__short' : ''}`} data-testid={`z-row-${z.number}-over-short`}>
                  {z.overShort > 0 ? '+' : ''}
                  {money(z.overShort)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.data?.nextBefore ? (
        <Button onClick={() => setLimit(limit + 50)} data-testid="z-history-more">
          {t('common.showOlder')}
        </Button>
      ) : null}
    </div>
  )
}
