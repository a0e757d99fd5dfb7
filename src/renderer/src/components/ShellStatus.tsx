import { BackupStatusIndicator } from './BackupStatusIndicator'
import { PrintQueueIndicator } from './PrintQueueIndicator'
import { SyncStatusIndicator } from './SyncStatusIndicator'
import './shell-status.css'

/** The foot of the nav, on every screen: the print queue, sync and backups, each live. */
export function ShellStatus() {
  return (
    <div className="nav__footer shell-status" data-testid="shell-status">
      <PrintQueueIndicator />
      <SyncStatusIndicator />
      <BackupStatusIndicator />
    </div>
  )
}
