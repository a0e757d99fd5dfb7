import {
  backupSettingsSchema,
  backupSourceSchema,
  type BackupEntry,
  type BackupProgress,
  type BackupResult,
  type BackupSettings,
  type BackupStatus,
  restoredNoticeSeenSchema,
  type RestoredAtStart,
  type RestoreSummary,
  type StorageProblem
} from '../backups'
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
  'backups.updateSettings': channel(backupSettingsSchema, returns<BackupSettings>(), 'settings.edit'),
  /** The system's folder picker, for the second folder: the path to show and the token updateSettings takes; nulls when cancelled. */
  'backups.chooseFolder': channel(noInput, returns<{ path: string | null; folderToken: string | null }>(), 'settings.edit'),
  /** The system's file picker, for restoring a .sqlite file from elsewhere: the path to show and the token inspect/restore take. */
  'backups.chooseFile': channel(noInput, returns<{ path: string | null; fileToken: string | null }>(), 'backups.restore'),
  /** Checks a backup (or a file) and summarizes it; writes nothing. */
  'backups.inspect': channel(backupSourceSchema, returns<RestoreSummary>(), 'backups.restore'),
  /** Checks it again, moves the current database aside at restart and opens the restored one. */
  'backups.restore': channel(backupSourceSchema, returns<RestoreSummary>(), 'backups.restore'),
  /** The notice after a restore (status.restoredAtStart), for the lock and first-run screens too: a locked window may read it. */
  'backups.restoredNotice': channel(noInput, returns<RestoredAtStart | null>(), 'lock-screen'),
  /** OK on that notice: remembered in the database, so no window, reload or new window names that restore again; answers the notice now shown (null). */
  'backups.dismissRestoredNotice': channel(restoredNoticeSeenSchema, returns<RestoredAtStart | null>(), 'lock-screen'),
  /** Puts back the database the last restore moved aside. */
  'backups.undoRestore': channel(noInput, returns<{ restarting: true }>(), 'backups.restore'),
  /** A full disk, a read-only database or a damaged one, as last met and not yet gone; null when all is well. */
  'backups.storageStatus': channel(noInput, returns<{ problem: StorageProblem | null }>(), 'none')
}

export const backupsEvents = {
  'backups.changed': event<{ status: BackupStatus }>(),
  'backups.progress': event<{ progress: BackupProgress }>(),
  'storage.changed': event<{ problem: StorageProblem | null }>()
}
