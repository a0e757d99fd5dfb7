import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import { autoUpdater } from 'electron-updater'
import type { UpdateSource, UpdateSourceEvent } from '../updates/update-service'

/**
 * Electron glue: new versions through electron-updater's generic provider. `npm run dist` with
 * TILLPOINT_UPDATE_URL set makes electron-builder write that address into resources/app-update.yml;
 * a build without one (and development) has no updates. electron-updater checks the download's
 * SHA-512 before it counts as downloaded, and installs only when asked (never on quit by itself).
 */
export function electronUpdateSource(): UpdateSource | null {
  if (!app.isPackaged || !existsSync(join(process.resourcesPath, 'app-update.yml'))) return null
  autoUpdater.autoDownload = true
  autoUpdater.autoInstallOnAppQuit = false
  return {
    currentVersion: app.getVersion(),
    check: async () => {
      await autoUpdater.checkForUpdates()
    },
    install: () => autoUpdater.quitAndInstall(false, true),
    subscribe(listener: (event: UpdateSourceEvent) => void) {
      const handlers = {
        'checking-for-update': () => listener({ kind: 'checking' }),
        'update-not-available': () => listener({ kind: 'none' }),
        'update-available': (info: { version: string }) => listener({ kind: 'available', version: info.version }),
        'download-progress': (progress: { percent: number }) => listener({ kind: 'progress', percent: progress.percent }),
        'update-downloaded': (info: { version: string }) => listener({ kind: 'downloaded', version: info.version }),
        error: (error: Error) => listener({ kind: 'error', message: error.message })
      }
      for (const [name, handler] of Object.entries(handlers)) autoUpdater.on(name as 'error', handler as never)
      return () => {
        for (const [name, handler] of Object.entries(handlers)) autoUpdater.off(name as 'error', handler as never)
      }
    }
  }
}
