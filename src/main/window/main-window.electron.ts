import { join } from 'node:path'
import { BrowserWindow, screen, session, shell } from 'electron'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'
import { decideNavigation, mainWindowOptions } from './window-options'
import { placeWindow, readWindowState, writeWindowState } from './window-state'

export interface MainWindowOptions {
  preloadPath: string
  rendererFile: string
  devServerUrl: string | undefined
  stateFile: string
}

/** Electron glue: the till's one window, locked down, opening where it was last closed. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const primary = screen.getPrimaryDisplay().workArea
  const placement = placeWindow(readWindowState(options.stateFile), [primary, ...workAreas])
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, placement.bounds))
  lockDownNavigation(window)
  window.on('close', () => {
    try {
      writeWindowState(options.stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    } catch (error) {
      // Losing the window position is not worth stopping the till from closing.
      console.error('[window] could not save the window position', error)
    }
  })
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })

  if (options.devServerUrl) void window.loadURL(options.devServerUrl)
  else void window.loadFile(options.rendererFile)
  return window
}

/** The page never leaves the till nor opens a window: a web link goes to the system browser. */
export function lockDownNavigation(window: BrowserWindow): void {
  window.webContents.on('will-navigate', (event, url) => {
    event.preventDefault()
    openOutside(url)
  })
  window.webContents.on('will-redirect', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
}

function openOutside(url: string): void {
  const { openExternally } = decideNavigation(url)
  if (openExternally) void shell.openExternal(openExternally)
}

/** The same policy as the page's meta tag, as a header, for every response the built app loads. */
export function enforceContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

/** Refuses every permission request (camera, notifications, geolocation...): the till needs none. */
export function refusePermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
}

export function windowStateFile(userData: string): string {
  return join(userData, 'window-state.json')
}
