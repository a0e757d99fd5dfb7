import { useEffect, useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { JournalArchiveResult, JournalEntryView, JournalPage, JournalProgress, JournalVerdict } from '../../../../shared/journal'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ScreenHeader } from '../../components/ScreenHeader'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { formatWhen } from '../../lib/when'
import { useShopSettings } from '../../stores/settings-store'
import { SettingsTabs } from '../settings/SettingsTabs'
import { HeadOfficeCheck } from './HeadOfficeCheck'
import { JournalFilters, type JournalFilter } from './JournalFilters'
import { VerifyPanel } from './VerifyPanel'
import './journal.css'
import { useTranslation } from 'react-i18next'

const PAGE = 50

/** Settings → Journal: every change on the till in words, a check that none was altered, an archive for the accountant. */
export function JournalSettingsTab() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const [filter, setFilter] = useState<JournalFilter>({})
  const [pages, setPages] = useState(1)
  const [verdict, setVerdict] = useState<JournalVerdict | null>(null)
  const [progress, setProgress] = useState<JournalProgress | null>(null)
  const [archive, setArchive] = useState<JournalArchiveResult | null>(null)
  const [busy, setBusy] = useState<'verify' | 'archive' | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const list = useLiveQuery(() => loadPages(filter, pages), [filter, pages], ['order.changed', 'stock.changed', 'catalog.changed', 'settings.changed'])
  useEffect(() => window.api.on('journal.verifyProgress', setProgress), [])

  const verify = async () => {
    setBusy('verify')
    setError(null)
    setVerdict(null)
    setProgress(null)
    const result = await call(() => window.api.journal.verify())
    setBusy(null)
    if (!result.ok) return setError(result.error)
    setVerdict(result.data)
  }
  const exportArchive = async () => {
    setBusy('archive')
    setError(null)
    const result = await call(() => window.api.journal.exportArchive())
    setBusy(null)
    if (!result.ok) return setError(result.error)
    setArchive(result.data)
  }

  const entries = list.data?.entries ?? []
  const now = Date.now()
  return (
    <div className="screen journal" data-testid="journal-tab">
      <ScreenHeader title={t('settings.settings')} subtitle={t('journal.subtitle')}>
        <Button onClick={() => void exportArchive()} busy={busy === 'archive'} disabled={busy === 'verify'} data-testid="journal-export">
          {t('journal.exportArchive')}
        </Button>
        <Button variant="primary" onClick={() => void verify()} busy={busy === 'verify'} disabled={busy === 'archive'} data-testid="journal-verify">
          {t('journal.verifyJournal')}
        </Button>
      </ScreenHeader>
      <SettingsTabs current="journal" />
      <ErrorNotice error={error ?? list.error} testId="journal-error" />
      <VerifyPanel verdict={verdict} progress={busy === 'verify' ? progress : null} archive={archive} settings={settings} />
      <HeadOfficeCheck />
      <JournalFilters
        timeZone={settings.timeZone}
        value={filter}
        onChange={(next) => {
          setPages(1)
          setFilter(next)
        }}
      />
      <section className="card journal-list" aria-label={t('journal.entries')}>
        {entries.length === 0 && !list.loading ? <p className="muted">{t('journal.noEntriesMatch')}</p> : null}
        <ol className="plain-list" data-testid="journal-entries">
          {entries.map((entry) => (
            <JournalRow key={entry.seq} entry={entry} when={formatWhen(entry.at, now, settings)} />
          ))}
        </ol>
        {list.data?.next ? (
          <Button onClick={() => setPages(pages + 1)} data-testid="journal-more">
            {t('journal.showOlder')}
          </Button>
        ) : null}
      </section>
    </div>
  )
}

function JournalRow({ entry, when }: { entry: JournalEntryView; when: string }) {
  return (
    <li className="journal-entry" data-testid="journal-entry">
      <span className="journal-entry__seq">#{entry.seq}</span>
      <span className="journal-entry__words">{entry.words}</span>
      <span className="journal-entry__meta muted">
        <code>{entry.command}</code> · {when}
      </span>
    </li>
  )
}

async function loadPages(filter: JournalFilter, pages: number) {
  const entries: JournalEntryView[] = []
  let before: number | undefined
  let next: number | null = null
  for (let page = 0; page < pages; page++) {
    const result = await window.api.journal.list({ ...filter, limit: PAGE, ...(before === undefined ? {} : { before }) })
    if (!result.ok) return result
    entries.push(...result.data.entries)
    next = result.data.next
    if (next === null) break
    before = next
  }
  const data: JournalPage = { entries, next }
  return { ok: true as const, data }
}
