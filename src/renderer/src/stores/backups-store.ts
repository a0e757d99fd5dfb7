import { create } from 'zustand'
import type { BackupEntry, BackupProgress, BackupStatus, StorageProblem } from '../../../shared/backups'
import type { AppErrorData } from '../../../shared/errors'
import { call } from '../lib/call'

interface BackupsState {
  status: BackupStatus | null
  list: BackupEntry[] | null
  progress: BackupProgress | null
  storage: StorageProblem | null
  error: AppErrorData | null
  load(): Promise<void>
  backupNow(): Promise<AppErrorData | null>
}

let listening = false

/** Backups for the nav foot and Settings → Backups, kept live by backups.changed and backups.progress. */
export const useBackupsStore = create<BackupsState>()((set, get) => {
  const listen = () => {
    if (listening) return
    listening = true
    window.api.on('backups.changed', ({ status }) => {
      set({ status, progress: status.running })
      void call(() => window.api.backups.list()).then((result) => result.ok && set({ list: result.data }))
    })
    window.api.on('backups.progress', ({ progress }) => set({ progress }))
    window.api.on('storage.changed', ({ problem }) => set({ storage: problem }))
  }
  return {
    status: null,
    list: null,
    progress: null,
    storage: null,
    error: null,
    async load() {
      listen()
      const [status, list, storage] = await Promise.all([
        call(() => window.api.backups.status()),
        call(() => window.api.backups.list()),
        call(() => window.api.backups.storageStatus())
      ])
      set({
        ...(status.ok ? { status: status.data } : { error: status.error }),
        ...(list.ok ? { list: list.data } : {}),
        ...(storage.ok ? { storage: storage.data.problem } : {})
      })
    },
    async backupNow() {
      set({ progress: { reason: 'manual', phase: 'copy', fraction: 0 } })
      const result = await call(() => window.api.backups.now())
      if (!result.ok) set({ progress: null })
      await get().load()
      return result.ok ? null : result.error
    }
  }
})
