import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import type { BackupDialogs } from '../backups/backup-service'

async function pick(options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** Electron glue: the system pickers for the second backup folder and for a database file to restore. */
export function electronBackupDialogs(): BackupDialogs {
  return {
    chooseFolder: () => pick({ title: 'Choose the second backup folder', properties: ['openDirectory', 'createDirectory'] }),
    chooseDatabaseFile: () =>
      pick({
        title: 'Choose a Tillpoint database to restore',
        properties: ['openFile'],
        filters: [{ name: 'Tillpoint database', extensions: ['sqlite', 'enc'] }]
      })
  }
}
