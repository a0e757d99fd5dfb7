import { BrowserWindow, screen } from 'electron'
import { CUSTOMER_DISPLAY_HASH } from '../../shared/customer-display'
import { placeCustomerWindow } from './customer-window-placement'
import { lockDownNavigation } from './main-window.electron'
import { mainWindowWebPreferences } from './window-options'

export interface CustomerWindowOptions {
  preloadPath: string
  rendererFile: string
  devServerUrl: string | undefined
  /** The till's own window, so the display goes on another screen than the cashier's. */
  tillWindow(): BrowserWindow | null
  /** A window closing ends its staff session (it never has one, but a pinless till acts as the owner in every window). */
  onClosed(webContentsId: number): void
}

export interface CustomerWindow {
  /** Opens or closes the display to match this till's setting. */
  show(on: boolean): void
  close(): void
}

/**
 * Electron glue: the customer's window, locked down as the till's, full screen on a second screen
 * when there is one (placeCustomerWindow). It never takes the focus, so a scan still reaches the till.
 * What it shows comes from main alone (src/main/display).
 */
export function customerWindow(options: CustomerWindowOptions): CustomerWindow {
  let window: BrowserWindow | null = null

  function open(): void {
    const till = options.tillWindow()
    const tillScreen = till ? screen.getDisplayMatching(till.getBounds()) : screen.getPrimaryDisplay()
    const placement = placeCustomerWindow(screen.getAllDisplays(), tillScreen.id)
    if (!placement) return
    const opened = new BrowserWindow({
      ...placement.bounds,
      fullscreen: placement.fullscreen,
      frame: !placement.fullscreen,
      focusable: !placement.fullscreen,
      show: false,
      title: 'Tillpoint',
      backgroundColor: '#17212e',
      webPreferences: mainWindowWebPreferences(options.preloadPath)
    })
    window = opened
    lockDownNavigation(opened)
    const webContentsId = opened.webContents.id
    opened.webContents.on('destroyed', () => options.onClosed(webContentsId))
    opened.on('closed', () => {
      if (window === opened) window = null
    })
    opened.once('ready-to-show', () => opened.showInactive())
    if (options.devServerUrl) void opened.loadURL(`${options.devServerUrl}${CUSTOMER_DISPLAY_HASH}`)
    else void opened.loadFile(options.rendererFile, { hash: CUSTOMER_DISPLAY_HASH.slice(1) })
  }

  function close(): void {
    if (window && !window.isDestroyed()) window.close()
    window = null
  }

  // A screen plugged in or taken away: the display moves to where it now belongs.
  const replace = () => {
    if (!window) return
    close()
    open()
  }
  screen.on('display-added', replace)
  screen.on('display-removed', replace)

  return {
    show(on) {
      if (on && !window) open()
      if (!on) close()
    },
    close
  }
}
