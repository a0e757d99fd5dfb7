import { join } from 'node:path'
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron'
import type { SaveFileKind } from '../../shared/files'
import type { SaveDialog } from '../files/save-dialog'

const FILTERS: Record<SaveFileKind, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] }
}

/** Electron glue: the system save dialog, in front of the window that asked, starting in Documents. */
export function electronSaveDialog(): SaveDialog {
  return async ({ title, suggestedName, kind }) => {
    const options: SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [FILTERS[kind]],
      properties: ['createDirectory', 'showOverwriteConfirmation']
    }
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
}
