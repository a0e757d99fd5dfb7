import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { createSenderCheck } from './ipc/trusted-sender'
import { forwardEventsToWindows, registerIpc } from './ipc/register-ipc'
import { electronSqliteBinding } from './native-binding'
import { startTillpoint, type Tillpoint } from './tillpoint'

const rendererFile = join(__dirname, '../renderer/index.html')
const devServerUrl = process.env.ELECTRON_RENDERER_URL

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Tillpoint',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    }
  })
  window.once('ready-to-show', () => window.show())
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererFile)
  return window
}

function openTillpoint(): Tillpoint {
  const dbPath = join(app.getPath('userData'), 'tillpoint.sqlite')
  const nativeBinding = electronSqliteBinding(app.getAppPath(), process.resourcesPath, app.isPackaged)
  return startTillpoint({ dbPath, nativeBinding })
}

void app.whenReady().then(() => {
  let tillpoint: Tillpoint
  try {
    tillpoint = openTillpoint()
  } catch (error) {
    dialog.showErrorBox('Tillpoint cannot open its database', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  registerIpc(tillpoint.dispatch, createSenderCheck({ rendererFile, devServerUrl }))
  forwardEventsToWindows(tillpoint.context.bus)
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  app.on('will-quit', () => {
    void tillpoint.close()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
