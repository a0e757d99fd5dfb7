import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'

/** Every Z report, newest first, with its figures; a row opens its preview. CSV export of the list. */
export function ZHistory({ onOpen }: { onOpen(number: number): void }) {
  const settings = useShopSettings()
  const money = useFormatMoney()
  const [limit, setLimit] = useState(50)
  const [error, setError] = useState<AppErrorData | null>(null)
  const page = useLiveQuery(() => window.api.shifts.zList({ limit }), [limit], ['shift.changed'])
  const when = (at: number) => new Intl.DateTimeFormat(settings.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone }).format(at)
  const exportCsv = async () => {
    const chosen = await call(() => window.api.files.chooseSavePath({ title: 'Export Z reports', suggestedName: 'z-reports.csv', kind: 'csv' }))
    if (!chosen.ok) return setError(chosen.error)
    const { saveToken } = chosen.data
    if (saveToken === null) return
    const written = await call(() => window.api.shifts.zExportCsv({ saveToken }))
    if (!written.ok) return setError(written.error)
    toast(`Exported ${written.data.rows} Z reports`)
  }
  const reports = page.data?.reports ?? []
  return (
    <div className="stack" data-testid="z-history">
      <div className="row">
        <span className="spacer" />
        <Button onClick={() => void exportCsv()} disabled={reports.length === 0} data-testid="z-history-export">
          Export CSV
        </Button>
      </div>
      <ErrorNotice error={error ?? page.error} testId="z-history-error" />
      {reports.length === 0 ? (
        <p className="muted">No Z report yet: the first is printed when the first shift closes.</p>
      ) : (
        <table className="z-history__table">
          <thead>
            <tr>
              <th>Z</th>
              <th>Closed</th>
              <th>Opened by</th>
              <th>Closed by</th>
              <th className="num">Net sales</th>
              <th className="num">Expected</th>
              <th className="num">Counted</th>
              <th className="num">Over/short</th>
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
          Show older
        </Button>
      ) : null}
    </div>
  )
}
