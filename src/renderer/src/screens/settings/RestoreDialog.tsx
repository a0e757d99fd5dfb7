import { useEffect, useState } from 'react'
import type { BackupSource, RestoreSummary } from '../../../../shared/backups'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { call } from '../../lib/call'
import { useNow } from '../../lib/use-now'
import { formatWhen } from '../../lib/when'
import { useShopSettings } from '../../stores/settings-store'
import { useTranslation } from 'react-i18next'

const COUNT_WORDS: Record<string, string> = { orders: 'orders', products: 'products', customers: 'customers', payments: 'payments' }

/** Restore: the copy is checked and summarized first; only then can the owner confirm. */
export function RestoreDialog({ source, onClose, onRestarting }: { source: BackupSource; onClose(): void; onRestarting(summary: RestoreSummary): void }) {
  const { t } = useTranslation()
  const shop = useShopSettings()
  const now = useNow(60_000)
  const time = { locale: shop.locale, timeZone: shop.timeZone }
  const [summary, setSummary] = useState<RestoreSummary | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void call(() => window.api.backups.inspect(source)).then((result) => (result.ok ? setSummary(result.data) : setError(result.error)))
  }, [source])

  const confirm = async () => {
    setBusy(true)
    const result = await call(() => window.api.backups.restore(source))
    setBusy(false)
    if (!result.ok) return setError(result.error)
    onRestarting(result.data)
  }

  return (
    <Dialog
      title={t('settings.restoreABackup')}
      onClose={onClose}
      testId="restore-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('settings.cancel')}</Button>
          <Button variant="danger" busy={busy} disabled={!summary?.ok} onClick={() => void confirm()} data-testid="restore-confirm">
            {t('settings.restoreAndRestart')}
          </Button>
        </>
      }
    >
      {!summary && !error ? <p data-testid="restore-checking">{t('settings.checkingTheBackup')}</p> : null}
      <ErrorNotice error={error} testId="restore-error" />
      {summary && !summary.ok ? (
        <p className="field__error" data-testid="restore-refused">
          {t('settings.thisFileCannotBe')} {summary.problem}
        </p>
      ) : null}
      {summary?.ok ? (
        <div data-testid="restore-summary">
          <p>
            {summary.createdAt === null ? t('settings.thisDatabaseFile') : t('settings.theBackupFrom', { createdAt: formatWhen(summary.createdAt, now, time) })}{' '}
            {t('settings.passedEveryCheckIt')}
          </p>
          <ul>
            {Object.entries(COUNT_WORDS).map(([table, words]) => (
              <li key={table} data-testid={`restore-count-${table}`}>
                {(summary.counts[table] ?? 0).toLocaleString(shop.locale)} {words}
              </li>
            ))}
            <li data-testid="restore-last-order">
              {t('settings.lastOrder')} {summary.lastOrderAt === null ? t('settings.none') : formatWhen(summary.lastOrderAt, now, time)}
            </li>
          </ul>
          <p>{t('settings.everythingEnteredSinceThen')}</p>
        </div>
      ) : null}
    </Dialog>
  )
}
