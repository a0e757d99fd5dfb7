import { useEffect } from 'react'
import { useNow } from '../lib/use-now'
import { formatWhen } from '../lib/when'
import { useBackupsStore } from '../stores/backups-store'
import { useNavStore } from '../stores/nav-store'
import { useShopSettings } from '../stores/settings-store'
import { useTranslation } from 'react-i18next'

function openBackupSettings(): void {
  useNavStore.getState().open('#/settings/backups')
}

/** In the nav foot: quiet while backups are on time; a warning when one is overdue, failed, or the second folder is unreachable. */
export function BackupStatusIndicator() {
  const settings = useShopSettings()
  const status = useBackupsStore((state) => state.status)
  const progress = useBackupsStore((state) => state.progress)
  const load = useBackupsStore((state) => state.load)
  const now = useNow(60_000)
  const { t } = useTranslation()

  useEffect(() => {
    void load()
  }, [load])

  if (!status) return null
  const time = { locale: settings.locale, timeZone: settings.timeZone }
  const warnings = [
    status.overdue
      ? status.lastGoodAt === null
        ? t('status.noBackupYet')
        : t('status.backupOverdue', { when: formatWhen(status.lastGoodAt, now, time) })
      : null,
    status.secondFolder && !status.secondFolder.reachable ? t('status.secondFolderUnreachable') : null,
    ...status.failures.map((failure) => (failure.place === 'second' ? t('status.secondCopyFailed') : t('status.lastBackupFailed')))
  ].filter((warning): warning is string => warning !== null)
  if (progress) {
    return (
      <button type="button" className="shell-status__quiet" onClick={openBackupSettings} data-testid="backup-status" data-state="running">
        {t('status.backingUp', { percent: Math.round(progress.fraction * 100) })}
      </button>
    )
  }
  if (warnings.length === 0) {
    return (
      <button type="button" className="shell-status__quiet" onClick={openBackupSettings} data-testid="backup-status" data-state="ok">
        {status.lastGoodAt === null ? t('status.backedUpNever') : t('status.backedUp', { when: formatWhen(status.lastGoodAt, now, time) })}
      </button>
    )
  }
  return (
    <button
      type="button"
      className="shell-status__block shell-status__print shell-status__print--failed"
      onClick={openBackupSettings}
      data-testid="backup-status"
      data-state="warning"
    >
      {warnings.map((warning) => (
        <span key={warning} className="shell-status__warning">
          {warning}
        </span>
      ))}
    </button>
  )
}
