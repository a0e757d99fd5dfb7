import type { BackupService } from './backups/backup-service'
import type { CustomerDisplay } from './display/customer-display-service'
import type { StorageHealth } from './backups/storage-health'
import type { SavePaths } from './files/save-dialog'
import type { JournalService } from './journal/journal-service'
import type { StaffService } from './staff/staff-service'
import type { Printing } from './print/print-service'
import type { SyncService } from './sync/sync-service'
import type { Updates } from './updates/update-service'

/**
 * The long-lived services `startTillpoint` starts, in one typed object: the handlers and the
 * Electron glue are given the ones they use, rather than looking them up.
 */
export interface TillpointServices {
  printing: Printing
  sync: SyncService
  backups: BackupService
  /** The storage problem banner's source: what the dispatcher met and whether it is gone. */
  storage: StorageHealth
  /** Who acts in each window; the Electron glue ends a window's session when it closes. */
  staff: StaffService
  savePaths: SavePaths
  /** The tamper-evident journal: list, verify, archive. */
  journal: JournalService
  updates: Updates
  /** What the customer-facing screen shows, pushed as `display.changed`. */
  display: CustomerDisplay
}
