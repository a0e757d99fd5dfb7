import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { formatWait, formatWhen } from '../lib/when'
import { SYNC_PHASE_TONES, syncPhaseWords, waitingWords } from '../lib/sync-words'
import { useNow } from '../lib/use-now'
import { useNavStore } from '../stores/nav-store'
import { useShopSettings } from '../stores/settings-store'
import { useSyncStatusStore } from '../stores/sync-status-store'
import { toast } from '../stores/toast-store'
import { showError } from '../lib/errors'

function openSyncSettings(): void {
  useNavStore.getState().open('#/settings/sync')
}

/**
 * Sync at a glance, in the nav on every screen: what is waiting, when the last push went through,
 * the last error in words, and "Sync now". With sync off it says only that, quietly.
 */
export function SyncStatusIndicator() {
  const { t, i18n } = useTranslation()
  const settings = useShopSettings()
  const status = useSyncStatusStore((state) => state.status)
  const unreadable = useSyncStatusStore((state) => state.error !== null)
  const syncing = useSyncStatusStore((state) => state.syncing)
  const load = useSyncStatusStore((state) => state.load)
  const syncNow = useSyncStatusStore((state) => state.syncNow)
  const now = useNow(5_000)

  useEffect(() => {
    void load()
  }, [load])

  if (!status) {
    return unreadable ? (
      <button type="button" className="shell-status__quiet" onClick={() => void load()} data-testid="sync-status" title={t('syncStatus.readAgain')}>
        {t('syncStatus.unavailable')}
      </button>
    ) : null
  }
  if (!status.enabled) {
    return (
      <button
        type="button"
        className="shell-status__quiet"
        onClick={openSyncSettings}
        data-testid="sync-status"
        data-phase="off"
        title={t('syncStatus.offHint')}
      >
        {t('syncStatus.phase.off')}
      </button>
    )
  }

  const time = { locale: settings.locale, timeZone: settings.timeZone }
  const sendNow = async () => {
    const result = await syncNow()
    if (!result.ok) toast(showError(result.error).sentence, 'info')
  }
  return (
    <section className="shell-status__block" aria-label={t('syncStatus.region')} data-testid="sync-status" data-phase={status.phase}>
      <button type="button" className="shell-status__title" onClick={openSyncSettings} title={t('syncStatus.openSettings')}>
        <span className={`status-dot status-dot--${SYNC_PHASE_TONES[status.phase]}`} aria-hidden="true" />
        <span data-testid="sync-phase">{syncPhaseWords(status.phase, t)}</span>
      </button>
      <span data-testid="sync-waiting">{waitingWords(status.waiting, i18n.language, t)}</span>
      {status.rejected > 0 ? (
        <span className="shell-status__warning" data-testid="sync-rejected-count">
          {t('syncStatus.rejected', { count: status.rejected })}
        </span>
      ) : null}
      <span data-testid="sync-last-success">
        {status.lastSuccessAt === null ? t('syncStatus.notSentYet') : t('syncStatus.lastSent', { when: formatWhen(status.lastSuccessAt, now, time) })}
      </span>
      {status.lastError ? (
        <span className="shell-status__error" data-testid="sync-last-error" title={status.lastError}>
          {status.lastError}
        </span>
      ) : null}
      {status.lastError && status.nextAttemptAt !== null && status.nextAttemptAt > now ? (
        <span data-testid="sync-next-attempt">{t('syncStatus.tryingAgain', { wait: formatWait(status.nextAttemptAt - now, i18n.language) })}</span>
      ) : null}
      <button
        type="button"
        className="shell-status__action"
        onClick={() => void sendNow()}
        disabled={syncing}
        aria-busy={syncing || undefined}
        data-testid="sync-now"
      >
        {syncing ? t('syncStatus.phase.sending') : t('syncStatus.syncNow')}
      </button>
    </section>
  )
}
