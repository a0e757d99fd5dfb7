import { backupSettingsSchema, type BackupEntry, type BackupProgress, type BackupResult, type BackupSettings, type BackupStatus } from '../backups'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const backupsChannels = {
  /** The last good backup, failures, whether one is overdue, the second folder's reachability. */
  'backups.status': channel(noInput, returns<BackupStatus>(), 'none'),
  /** Every verified backup, in both folders, newest first. */
  'backups.list': channel(noInput, returns<BackupEntry[]>(), 'none'),
  /** Takes a verified backup now (progress as `backups.progress` events); answers once it is listed. */
  'backups.now': channel(noInput, returns<BackupResult>(), 'none'),
  'backups.settings': channel(noInput, returns<BackupSettings>(), 'none'),
  'backups.updateSettings': channel(backupSettingsSchema, returns<BackupSettings>(), 'settings.edit')
}

export const backupsEvents = {
  'backups.changed': event<{ status: BackupStatus }>(),
  'backups.progress': event<{ progress: BackupProgress }>()
}
