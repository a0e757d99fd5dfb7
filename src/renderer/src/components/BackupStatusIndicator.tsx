import { useEffect } from 'react'
import { useNow } from '../lib/use-now'
import { formatWhen } from '../lib/when'
import { useBackupsStore } from '../stores/backups-store'
import { useNavStore } from '../stores/nav-store'
import { useShopSettings } from '../stores/settings-store'

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

  useEffect(() => {
    void load()
  }, [load])

  if (!status) return null
  const time = { locale: settings.locale, timeZone: settings.timeZone }
  const warnings = [
    status.overdue ? (status.lastGoodAt === null ? 'No backup yet' : `Last backup ${formatWhen(status.lastGoodAt, now, time)}: overdue`) : null,
    status.secondFolder && !status.secondFolder.reachable ? 'Second backup folder unreachable' : null,
    ...status.failures.map((failure) => (failure.place === 'second' ? 'The copy to the second folder failed' : 'The last backup failed'))
  ].filter((warning): warning is string => warning !== null)
  if (progress) {
    return (
      <button type="button" className="shell-status__quiet" onClick={openBackupSettings} data-testid="backup-status" data-state="running">
        Backing up… {Math.round(progress.fraction * 100)}%
      </button>
    )
  }
  if (warnings.length === 0) {
    return (
      <button type="button" className="shell-status__quiet" onClick={openBackupSettings} data-testid="backup-status" data-state="ok">
        Backed up {status.lastGoodAt === null ? '' : formatWhen(status.lastGoodAt, now, time)}
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
