import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { BackupService } from './backup-service'
import type { StorageHealth } from './storage-health'

export function backupsHandlers(backups: BackupService, storage: StorageHealth): HandlerMap<ChannelsOf<'backups'>> {
  return {
    'backups.status': () => backups.status(),
    'backups.list': () => backups.list(),
    'backups.now': () => backups.backupNow('manual'),
    'backups.settings': () => backups.settings(),
    'backups.updateSettings': (input) => backups.updateSettings(input),
    'backups.chooseFolder': async () => ({ path: await backups.chooseFolder() }),
    'backups.chooseFile': async () => ({ path: await backups.chooseDatabaseFile() }),
    'backups.inspect': (source) => backups.inspect(source),
    'backups.restore': (source) => backups.restore(source),
    'backups.storageStatus': async () => ({ problem: storage.current() }),
    'backups.undoRestore': async () => {
      await backups.undoRestore()
      return { restarting: true as const }
    }
  }
}
