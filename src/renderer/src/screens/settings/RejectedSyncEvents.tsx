import { useState } from 'react'
import type { AppErrorData, Result } from '../../../../shared/errors'
import type { RejectedSyncEvent, SyncEventsChanged } from '../../../../shared/sync'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { formatWhen } from '../../lib/when'
import { useShopSettings } from '../../stores/settings-store'
import { useSyncStatusStore } from '../../stores/sync-status-store'
import { toast } from '../../stores/toast-store'
import { useTranslation } from 'react-i18next'

const PAGE_SIZE = 50

/** The oldest `pages` pages of refused events, walked by keyset (the seq of the last one shown). */
async function loadRejected(pages: number): Promise<Result<{ events: RejectedSyncEvent[]; more: boolean }>> {
  const events: RejectedSyncEvent[] = []
  let afterSeq: number | undefined
  for (let page = 0; page < pages; page++) {
    const result = await window.api.sync.rejected({ ...(afterSeq === undefined ? {} : { afterSeq }), limit: PAGE_SIZE })
    if (!result.ok) return result
    events.push(...result.data)
    const last = result.data.at(-1)
    if (result.data.length < PAGE_SIZE || !last) return { ok: true, data: { events, more: false } }
    afterSeq = last.seq
  }
  return { ok: true, data: { events, more: true } }
}

function changes(n: number): string {
  return n === 1 ? '1 change' : `${n} changes`
}

/**
 * Changes the server refused, with its reason: they never hold up the rest. Once head office has
 * fixed its side they can be sent again, or dismissed (kept in the till, never sent).
 */
export function RejectedSyncEvents() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const replace = useSyncStatusStore((state) => state.replace)
  const [pages, setPages] = useState(1)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const rejected = useLiveQuery(() => loadRejected(pages), [pages], ['sync.changed'])
  const events = rejected.data?.events ?? []
  const now = Date.now()

  const act = async (key: string, action: 'retry' | 'dismiss', eventIds: string[]) => {
    setBusy(key)
    setError(null)
    const result: Result<SyncEventsChanged> = await call(() =>
      action === 'retry' ? window.api.sync.retryRejected({ eventIds }) : window.api.sync.dismissRejected({ eventIds })
    )
    setBusy(null)
    if (!result.ok) return setError(result.error)
    replace(result.data.status)
    rejected.reload()
    toast(
      action === 'retry'
        ? t('settings.willBeSentAgain', { changed: changes(result.data.changed) })
        : t('settings.dismissed', { changed: changes(result.data.changed) })
    )
  }

  if (events.length === 0) {
    return (
      <>
        <ErrorNotice error={error ?? rejected.error} testId="sync-rejected-error" />
        <p className="muted" data-testid="sync-rejected-none">
          {t('settings.theServerHasRefused')}
        </p>
      </>
    )
  }
  const shownIds = events.slice(0, 500).map((event) => event.eventId)
  return (
    <>
      <p className="muted">{t('settings.theServerRefusedThese')}</p>
      <ErrorNotice error={error ?? rejected.error} testId="sync-rejected-error" onDismiss={error ? () => setError(null) : undefined} />
      <div className="settings-actions">
        <Button
          size="small"
          busy={busy === 'all-retry'}
          disabled={busy !== null}
          onClick={() => void act('all-retry', 'retry', shownIds)}
          data-testid="sync-rejected-retry-all"
        >
          {t('settings.sendAllAgain')}
        </Button>
        <Button
          size="small"
          variant="ghost"
          busy={busy === 'all-dismiss'}
          disabled={busy !== null}
          onClick={() => void act('all-dismiss', 'dismiss', shownIds)}
          data-testid="sync-rejected-dismiss-all"
        >
          {t('settings.dismissAll')}
        </Button>
      </div>
      <ul className="plain-list" data-testid="sync-rejected-list">
        {events.map((event) => (
          <li key={event.eventId} className="rejected-event" data-testid="sync-rejected-event" data-event-id={event.eventId}>
            <div className="rejected-event__main">
              <strong data-testid="sync-rejected-subject">{event.subject}</strong>
              <span className="muted">
                {event.type} · {formatWhen(event.createdAt, now, settings)} · {t('settings.sentTimesCount', { count: event.attempts })}
              </span>
              <span className="rejected-event__reason" data-testid="sync-rejected-reason">
                {event.reason}
              </span>
            </div>
            <div className="settings-actions">
              <Button
                size="small"
                busy={busy === `${event.eventId}-retry`}
                disabled={busy !== null}
                onClick={() => void act(`${event.eventId}-retry`, 'retry', [event.eventId])}
                data-testid="sync-rejected-retry"
              >
                {t('settings.sendAgain')}
              </Button>
              <Button
                size="small"
                variant="ghost"
                busy={busy === `${event.eventId}-dismiss`}
                disabled={busy !== null}
                onClick={() => void act(`${event.eventId}-dismiss`, 'dismiss', [event.eventId])}
                data-testid="sync-rejected-dismiss"
              >
                {t('settings.dismiss')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {rejected.data?.more ? (
        <Button size="small" onClick={() => setPages((count) => count + 1)} data-testid="sync-rejected-more">
          {t('settings.showMore')}
        </Button>
      ) : null}
    </>
  )
}
