import { join } from 'node:path'
import type { EmittedEvent } from './core/command'
import { app, BrowserWindow, Menu, shell } from 'electron'
import { quitAfterClosing } from './app/clean-quit'
import { electronBackupDialogs } from './app/backup-dialogs.electron'
import { electronSaveDialog } from './app/save-dialog.electron'
import { createSenderCheck } from './ipc/trusted-sender'
import { forwardEventsToWindows, registerIpc } from './ipc/register-ipc'
import { electronSqliteBinding } from './native-binding'
import { electronPrintBackend } from './app/electron-print-backend.electron'
import { openShop, type Shop } from './open-shop'
import { applicationMenuTemplate } from './window/app-menu'
import { createMainWindow, enforceContentSecurityPolicy, refusePermissions, windowStateFile } from './window/main-window.electron'
import { electronSecretBox } from './app/safe-storage.electron'
import { electronUpdateSource } from './app/electron-updater.electron'
import { customerWindow, type CustomerWindow } from './window/customer-window.electron'

const rendererFile = join(__dirname, '../renderer/index.html')
const devServerUrl = process.env.ELECTRON_RENDERER_URL
let mainWindow: BrowserWindow | null = null
let customerDisplay: CustomerWindow | null = null

function openWindow(shop: Shop): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererFile,
    devServerUrl,
    stateFile: windowStateFile(app.getPath('userData'))
  })
  // A window's staff session ends with the window: a new window starts locked.
  const windowId = mainWindow.webContents.id
  mainWindow.webContents.on('destroyed', () => void shop.till()?.services.staff.lock(windowId))
  mainWindow.on('closed', () => {
    mainWindow = null
    // The customer's screen goes with the till's window, so closing the till quits the app.
    customerDisplay?.close()
  })
}

/** The customer's window follows this till's setting: opened at start when on, then as it is switched. */
function followCustomerDisplay(shop: Shop): void {
  const display = customerWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererFile,
    devServerUrl,
    tillWindow: () => mainWindow,
    onClosed: (windowId) => void shop.till()?.services.staff.lock(windowId)
  })
  customerDisplay = display
  shop.bus.subscribe((name, payload) => {
    const event = { name, payload } as EmittedEvent
    if (event.name === 'settings.tillChanged') display.show(event.payload.till.customerDisplay)
  })
  void shop
    .till()
    ?.services.display.isOn()
    .then((on) => display.show(on))
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

/** The till on the user-data database, or the start-up screen when it cannot be opened (see open-shop.ts). */
function openTillpoint(): Promise<Shop> {
  const dbPath = join(app.getPath('userData'), 'tillpoint.sqlite')
  const nativeBinding = electronSqliteBinding(app.getAppPath(), process.resourcesPath, app.isPackaged)
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  return openShop({
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
    updates: electronUpdateSource(),
    revealFile: (path) => shell.showItemInFolder(path)
  })
}

async function start(): Promise<void> {
  const shop = await openTillpoint()
  if (!devServerUrl) enforceContentSecurityPolicy()
  refusePermissions()
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged)))
  registerIpc(shop.dispatch, createSenderCheck({ rendererFile, devServerUrl }))
  forwardEventsToWindows(shop.bus)
  openWindow(shop)
  followCustomerDisplay(shop)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(shop)
  })
  quitAfterClosing(app, () => shop.close())
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
