import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { BackupService } from './backup-service'
import type { StorageHealth } from './storage-health'

export function backupsHandlers(backups: BackupService, storage: StorageHealth): HandlerMap<ChannelsOf<'backups'>> {
  return {
    'backups.status': () => backups.status(),
    'backups.list': () => backups.list(),
    'backups.now': () => backups.backupNow('manual'),
    'backups.settings': () => backups.settings(),
    'backups.updateSettings': (input, call) => backups.updateSettings(input, call.window),
    'backups.chooseFolder': (_input, call) => backups.chooseFolder(call.window),
    'backups.chooseFile': (_input, call) => backups.chooseDatabaseFile(call.window),
    'backups.inspect': (source, call) => backups.inspect(source, call.window),
    'backups.restore': (source, call) => backups.restore(source, call.window),
    'backups.restoredNotice': () => backups.restoredNotice(),
    'backups.dismissRestoredNotice': (seen, call) => backups.dismissRestoredNotice(seen, call),
    'backups.storageStatus': async () => ({ problem: storage.current() }),
    'backups.undoRestore': async () => {
      await backups.undoRestore()
      return { restarting: true as const }
    }
  }
}
