import type { BrowserWindowConstructorOptions } from 'electron'
import type { WindowBounds } from './window-state'

/** The till is usable from 1024x768 up; smaller would hide the cart or the pay button. */
export const MIN_WINDOW_SIZE = { width: 1024, height: 700 } as const
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const

/**
 * The renderer runs as an untrusted web page: isolated from the preload, sandboxed, no Node, web
 * security on, nothing that could pull code or pages from elsewhere.
 */
export function mainWindowWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds | null): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Tillpoint',
    backgroundColor: '#f5f6f8',
    webPreferences: mainWindowWebPreferences(preloadPath)
  }
}

/** Links leave the app only for the web, and only to a well-formed http(s) address. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
  if (parsed.username !== '' || parsed.password !== '') return false
  return parsed.hostname !== ''
}

export type NavigationDecision = { allow: false; openExternally: string | null }

/**
 * The window never navigates away from the till and never opens another window: screens change
 * by hash inside the one page. A web link the shopkeeper clicks goes to the system browser.
 */
export function decideNavigation(url: string): NavigationDecision {
  return { allow: false, openExternally: isSafeExternalUrl(url) ? url : null }
}
