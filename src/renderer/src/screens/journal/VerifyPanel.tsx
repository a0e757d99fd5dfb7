import type { JournalArchiveResult, JournalProgress, JournalVerdict } from '../../../../shared/journal'
import type { TimeFormat } from '../../lib/when'

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
  if (!verdict && !progress && !archive) return null
  return (
    <section className="card journal-verify" aria-live="polite" data-testid="journal-verdict">
      {progress ? (
        <div className="journal-progress">
          <span>
            {progress.phase === 'chain' ? 'Checking the chain' : 'Checking orders against it'}: {progress.done.toLocaleString(settings.locale)} of{' '}
            {progress.total.toLocaleString(settings.locale)}
          </span>
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Verify progress" data-testid="journal-progress" />
        </div>
      ) : null}
      {verdict?.intact ? (
        <p className="journal-verify__ok" data-testid="journal-intact">
          <strong>Intact:</strong> {verdict.entries.toLocaleString(settings.locale)} entries, from {period(verdict.from, settings)} to{' '}
          {period(verdict.to, settings)}; {verdict.orders.toLocaleString(settings.locale)} orders match their last entry.
        </p>
      ) : null}
      {verdict && !verdict.intact ? (
        <p className="journal-verify__broken" role="alert" data-testid="journal-broken">
          <strong>Broken{verdict.problem.seq === null ? '' : ` at entry ${verdict.problem.seq}`}:</strong> {verdict.problem.message}
        </p>
      ) : null}
      {archive ? (
        <p data-testid="journal-archive">
          Archive of {archive.entries.toLocaleString(settings.locale)} entries saved to <code>{archive.path}</code>. Give it to your accountant with the README
          inside; the till’s public key is in it.
        </p>
      ) : null}
    </section>
  )
}
