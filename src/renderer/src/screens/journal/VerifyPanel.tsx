import type { JournalArchiveResult, JournalProgress, JournalVerdict } from '../../../../shared/journal'
import type { TimeFormat } from '../../lib/when'
import { Trans, useTranslation } from 'react-i18next'
import { useDateLocale } from '../../i18n/use-locale'

function period(at: number | null, format: TimeFormat): string {
  return at === null ? '–' : new Intl.DateTimeFormat(format.locale, { timeZone: format.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at)
}

/** What the last check found, how far a running one has got, and where the last archive went. */
export function VerifyPanel({
  verdict,
  progress,
  archive,
  settings
}: {
  verdict: JournalVerdict | null
  progress: JournalProgress | null
  archive: JournalArchiveResult | null
  settings: TimeFormat
}) {
  const { t } = useTranslation()
  const dateLocale = useDateLocale()
  if (!verdict && !progress && !archive) return null
  return (
    <section className="card journal-verify" aria-live="polite" data-testid="journal-verdict">
      {progress ? (
        <div className="journal-progress">
          <span>
            {t(progress.phase === 'chain' ? 'journal.checkingChain' : 'journal.checkingOrders', {
              done: progress.done.toLocaleString(settings.locale),
              total: progress.total.toLocaleString(settings.locale)
            })}
          </span>
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('journal.verifyProgress')} data-testid="journal-progress" />
        </div>
      ) : null}
      {verdict?.intact ? (
        <p className="journal-verify__ok" data-testid="journal-intact">
          <strong>{t('journal.intact')}</strong>{' '}
          {t('journal.intactDetail', {
            entries: verdict.entries.toLocaleString(settings.locale),
            from: period(verdict.from, { locale: dateLocale, timeZone: settings.timeZone }),
            to: period(verdict.to, { locale: dateLocale, timeZone: settings.timeZone }),
            orders: verdict.orders.toLocaleString(settings.locale)
          })}
        </p>
      ) : null}
      {verdict && !verdict.intact ? (
        <p className="journal-verify__broken" role="alert" data-testid="journal-broken">
          <strong>{verdict.problem.seq === null ? t('journal.broken') : t('journal.brokenAt', { seq: verdict.problem.seq })}</strong> {verdict.problem.message}
        </p>
      ) : null}
      {archive ? (
        <p data-testid="journal-archive">
          <Trans
            i18nKey="journal.archiveSaved"
            values={{ entries: archive.entries.toLocaleString(settings.locale), path: archive.path }}
            components={{ path: <code /> }}
          />
        </p>
      ) : null}
    </section>
  )
}
