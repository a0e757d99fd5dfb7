import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu } from 'electron'
import { quitAfterClosing } from './app/clean-quit'
import { electronBackupDialogs } from './app/backup-dialogs.electron'
import { electronSaveDialog } from './app/save-dialog.electron'
import { createSenderCheck } from './ipc/trusted-sender'
import { forwardEventsToWindows, registerIpc } from './ipc/register-ipc'
import { electronSqliteBinding } from './native-binding'
import { electronPrintBackend } from './app/electron-print-backend.electron'
import { startTillpoint, type Tillpoint } from './tillpoint'
import { applicationMenuTemplate } from './window/app-menu'
import { createMainWindow, enforceContentSecurityPolicy, refusePermissions, windowStateFile } from './window/main-window.electron'
import { electronSecretBox } from './app/safe-storage.electron'
import { electronUpdateSource } from './app/electron-updater.electron'

const rendererFile = join(__dirname, '../renderer/index.html')
const devServerUrl = process.env.ELECTRON_RENDERER_URL
let mainWindow: BrowserWindow | null = null

function openWindow(tillpoint: Tillpoint): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererFile,
    devServerUrl,
    stateFile: windowStateFile(app.getPath('userData'))
  })
  // A window's staff session ends with the window: a new window starts locked.
  const windowId = mainWindow.webContents.id
  mainWindow.webContents.on('destroyed', () => void tillpoint.services.staff.lock(windowId))
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function openTillpoint(): Tillpoint {
  const dbPath = join(app.getPath('userData'), 'tillpoint.sqlite')
  const nativeBinding = electronSqliteBinding(app.getAppPath(), process.resourcesPath, app.isPackaged)
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  return startTillpoint({
    dbPath,
    nativeBinding,
    resourcesDir,
    printBackend: electronPrintBackend(),
    sync: { secrets: electronSecretBox() },
    backups: {
      automatic: true,
      secrets: electronSecretBox(),
      dialogs: electronBackupDialogs(),
      // a staged restore is applied at the next start: relaunch now
      restart: () => {
        app.relaunch()
        app.quit()
      }
    },
    saveDialog: electronSaveDialog(),
    updates: electronUpdateSource()
  })
}

function start(): void {
  let tillpoint: Tillpoint
  try {
    tillpoint = openTillpoint()
  } catch (error) {
    dialog.showErrorBox('Tillpoint cannot open its database', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  if (!devServerUrl) enforceContentSecurityPolicy()
  refusePermissions()
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged)))
  registerIpc(tillpoint.dispatch, createSenderCheck({ rendererFile, devServerUrl }))
  forwardEventsToWindows(tillpoint.context.bus)
  openWindow(tillpoint)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(tillpoint)
  })
  quitAfterClosing(app, () => tillpoint.close())
}

// Two processes must never write one database: a second launch only brings the first to the front.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  void app.whenReady().then(start)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
