import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData, Result } from '../../../../shared/errors'
import type { GoodBackup, StartupProblem, StartupProblemKind } from '../../../../shared/startup'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { call } from '../../lib/call'
import './startup.css'

const KEY: Record<StartupProblemKind, 'damaged' | 'truncated' | 'notADatabase' | 'newerVersion' | 'readOnly' | 'diskFull' | 'cannotOpen'> = {
  damaged: 'damaged',
  truncated: 'truncated',
  'not-a-database': 'notADatabase',
  'newer-version': 'newerVersion',
  'read-only': 'readOnly',
  'disk-full': 'diskFull',
  'cannot-open': 'cannotOpen'
}

/** The product's name, the same in every language. */
const BRAND = 'Tillpoint'

interface StartupProblemScreenProps {
  problem: StartupProblem
  /** The problem as main sees it after "Try again" did not open the database. */
  onProblem(problem: StartupProblem | null): void
}

/**
 * Instead of a crash: what is wrong with the database, the newest backup that passed its check
 * just now with a one-click restore, and where the file is. Once the database opens (restored, or
 * its cause fixed) the page reloads into the till.
 */
export function StartupProblemScreen({ problem, onProblem }: StartupProblemScreenProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<'restore' | 'again' | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [stillWrong, setStillWrong] = useState(false)
  const key = KEY[problem.kind]

  const run = async (action: 'restore' | 'again', request: () => Promise<Result<{ started: boolean }>>) => {
    setBusy(action)
    setError(null)
    setStillWrong(false)
    const result = await call(request)
    if (result.ok && result.data.started) {
      window.location.reload()
      return
    }
    if (result.ok) {
      const again = await call(() => window.api.startup.problem())
      if (again.ok) onProblem(again.data)
      setStillWrong(true)
    } else setError(result.error)
    setBusy(null)
  }

  return (
    <main className="startup-screen" data-testid="startup-screen" data-kind={problem.kind}>
      <div className="startup-screen__card card stack">
        <header>
          <p className="first-run__brand">{BRAND}</p>
          <h1 data-testid="startup-title">{t(`startup.title.${key}`)}</h1>
          <p data-testid="startup-why">{t(`startup.why.${key}`)}</p>
        </header>
        {problem.canRestore ? (
          <NewestBackup backup={problem.newestBackup} busy={busy} onRestore={() => void run('restore', () => window.api.startup.restoreNewest())} />
        ) : null}
        <ErrorNotice error={error} testId="startup-error" />
        {stillWrong ? (
          <p className="notice notice--info" role="status" data-testid="startup-still-wrong">
            {t('startup.stillWrong')}
          </p>
        ) : null}
        <section className="stack startup-screen__where" aria-labelledby="startup-where">
          <h2 id="startup-where">{t('startup.whereTitle')}</h2>
          <code className="wrap-anywhere" dir="ltr" data-testid="startup-db-path">
            {problem.dbPath}
          </code>
          <div className="row row--wrap">
            <Button onClick={() => void call(() => window.api.startup.showFile())} data-testid="startup-show-file">
              {t('startup.showFile')}
            </Button>
            <Button
              busy={busy === 'again'}
              disabled={busy !== null}
              onClick={() => void run('again', () => window.api.startup.tryAgain())}
              data-testid="startup-try-again"
            >
              {t('startup.tryAgain')}
            </Button>
          </div>
        </section>
        <details className="startup-screen__detail">
          <summary>{t('startup.detail')}</summary>
          <p className="wrap-anywhere muted" data-testid="startup-detail">
            {problem.detail}
          </p>
        </details>
      </div>
    </main>
  )
}

function NewestBackup({ backup, busy, onRestore }: { backup: GoodBackup | null; busy: 'restore' | 'again' | null; onRestore(): void }) {
  const { t, i18n } = useTranslation()
  if (!backup)
    return (
      <p className="notice notice--error" data-testid="startup-no-backup">
        {t('startup.noBackup')}
      </p>
    )
  const date = (at: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(at)
  const number = (count: number | undefined) => new Intl.NumberFormat(i18n.language).format(count ?? 0)
  const facts: Array<[string, string, string]> = [
    ['orders', t('startup.orders'), number(backup.counts.orders)],
    ['products', t('startup.products'), number(backup.counts.products)],
    ['customers', t('startup.customers'), number(backup.counts.customers)],
    ['last-order', t('startup.lastOrder'), backup.lastOrderAt === null ? t('startup.none') : date(backup.lastOrderAt)]
  ]
  return (
    <section className="startup-screen__backup stack" aria-labelledby="startup-backup" data-testid="startup-backup">
      <div>
        <h2 id="startup-backup">{t('startup.backupTitle')}</h2>
        <p data-testid="startup-backup-when">{t('startup.backupWhen', { when: backup.createdAt === null ? t('startup.none') : date(backup.createdAt) })}</p>
        <p className="muted">{t('startup.backupChecked')}</p>
      </div>
      <dl className="startup-screen__facts">
        {facts.map(([id, label, value]) => (
          <div key={id}>
            <dt>{label}</dt>
            <dd className="tabular" data-testid={`startup-backup-${id}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('startup.restoreNote')}</p>
      <div className="row">
        <Button variant="primary" size="large" busy={busy === 'restore'} disabled={busy !== null} onClick={onRestore} data-testid="startup-restore">
          {busy === 'restore' ? t('startup.restoring') : t('startup.restore')}
        </Button>
      </div>
    </section>
  )
}
