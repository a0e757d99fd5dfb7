import { EventEmitter } from 'node:events'
import { createRequire, Module } from 'node:module'

/**
 * A stand-in for the `electron` module, for loading the built main bundle under Node. It behaves
 * as much of Electron as the app uses (the app's event order on quit, windows closing, ipcMain
 * answering an invoke) and records everything the app asks of it, so a test reads what the real
 * app did. Any export it does not know throws, so a bad import fails the test.
 */

type Listener = (...args: never[]) => unknown

export interface StandInEvent {
  defaultPrevented: boolean
  preventDefault(): void
}

function standInEvent(extra: Record<string, unknown> = {}): StandInEvent {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

export interface StandInWindow {
  options: Record<string, unknown>
  loaded: { file?: string; url?: string; hash?: string }
  /** Listeners the app put on the window's webContents, by event name. */
  contentsListeners: Map<string, Listener>
  openHandler?: (details: { url: string }) => unknown
  sent: Array<{ channel: string; payload: unknown }>
  destroyed: boolean
}

export interface ElectronStandInOptions {
  userData: string
  appPath: string
  resourcesPath: string
  packaged: boolean
  /** What `requestSingleInstanceLock` answers: false plays a second launch. */
  lockAvailable?: boolean
  /** Where an event sent to a window goes (the preload's ipcRenderer). */
  deliver?: (channel: string, payload: unknown) => void
}

/** The screen the stand-in starts with (a test may plug in more: `plugScreen`). */
const ONE_SCREEN = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }

export interface StandInScreen {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
}

export function createElectronStandIn(options: ElectronStandInOptions) {
  const record = {
    lockRequested: false,
    handlers: new Map<string, (event: unknown, request: unknown) => unknown>(),
    windows: [] as StandInWindow[],
    headerHooks: [] as Array<
      (details: { responseHeaders: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void
    >,
    permissionHandlers: [] as Array<(contents: unknown, permission: string, callback: (granted: boolean) => void) => void>,
    menus: [] as unknown[],
    errorBoxes: [] as Array<{ title: string; content: string }>,
    externalUrls: [] as string[],
    /** The app's lifecycle as it happened: 'ready', 'before-quit', 'will-quit', 'quit', 'exit:<code>'. */
    lifecycle: [] as string[],
    exitCode: null as number | null,
    /** app.relaunch was called: Electron starts the app again once this process exits (tests/support/built-app-process.ts does). */
    relaunch: false
  }
  /** Called as the process would exit, before anything else runs: a test checks what is left then. */
  let onExit: (code: number) => void = () => undefined

  const appEvents = new EventEmitter()
  const screens: StandInScreen[] = [ONE_SCREEN]
  const screenEvents = new EventEmitter()
  /** Electron's getDisplayMatching: the screen a rectangle's top-left corner is on (else the primary). */
  const screenOf = (rect: { x: number; y: number }) =>
    screens.find(({ bounds }) => rect.x >= bounds.x && rect.x < bounds.x + bounds.width && rect.y >= bounds.y && rect.y < bounds.y + bounds.height) ??
    screens[0]
  let quitting = false

  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = []
    static getAllWindows = () => BrowserWindow.all.filter((window) => !window.state.destroyed)
    static getFocusedWindow = () => BrowserWindow.getAllWindows()[0] ?? null
    readonly state: StandInWindow
    readonly webContents: Record<string, unknown>
    constructor(windowOptions: Record<string, unknown>) {
      super()
      const state: StandInWindow = { options: windowOptions, loaded: {}, contentsListeners: new Map(), sent: [], destroyed: false }
      this.state = state
      record.windows.push(state)
      BrowserWindow.all.push(this)
      this.webContents = {
        id: record.windows.length,
        on: (name: string, listener: Listener) => state.contentsListeners.set(name, listener),
        setWindowOpenHandler: (handler: StandInWindow['openHandler']) => {
          state.openHandler = handler
        },
        send: (channel: string, payload: unknown) => {
          state.sent.push({ channel, payload })
          options.deliver?.(channel, payload)
        }
      }
    }
    loadFile(file: string, loadOptions?: { hash?: string }) {
      this.state.loaded.file = file
      if (loadOptions?.hash !== undefined) this.state.loaded.hash = loadOptions.hash
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.state.loaded.url = url
      return Promise.resolve()
    }
    isDestroyed = () => this.state.destroyed
    isMinimized = () => false
    isMaximized = () => false
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 })
    restore() {}
    show() {}
    showInactive() {}
    getBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 })
    focus() {}
    maximize() {}
    /** Electron's close: 'close' may be prevented, then 'closed'. */
    close() {
      const event = standInEvent()
      this.emit('close', event)
      if (event.defaultPrevented) return
      this.destroy()
    }
    destroy() {
      if (this.state.destroyed) return
      this.state.destroyed = true
      this.emit('closed')
    }
  }

  /** Electron's order on quit: before-quit, every window closed, will-quit, quit, exit. */
  function runQuit(): void {
    const beforeQuit = standInEvent()
    record.lifecycle.push('before-quit')
    appEvents.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    for (const window of BrowserWindow.getAllWindows()) window.close()
    if (BrowserWindow.getAllWindows().length > 0) return
    const willQuit = standInEvent()
    record.lifecycle.push('will-quit')
    appEvents.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return
    record.lifecycle.push('quit')
    appEvents.emit('quit', standInEvent(), 0)
    exit(0)
  }

  function exit(code: number): void {
    if (record.exitCode !== null) return
    record.exitCode = code
    record.lifecycle.push(`exit:${code}`)
    onExit(code)
  }

  const app = {
    isPackaged: options.packaged,
    requestSingleInstanceLock: () => {
      record.lockRequested = true
      return options.lockAvailable ?? true
    },
    whenReady: () => {
      record.lifecycle.push('ready')
      return Promise.resolve()
    },
    getPath: (name: string) => {
      if (name === 'userData') return options.userData
      if (name === 'documents') return options.userData
      throw new Error(`app.getPath('${name}') is not played by the stand-in`)
    },
    getAppPath: () => options.appPath,
    getVersion: () => '0.0.0-test',
    on: (name: string, listener: Listener) => {
      appEvents.on(name, listener as (...args: unknown[]) => void)
      return app
    },
    once: (name: string, listener: Listener) => {
      appEvents.once(name, listener as (...args: unknown[]) => void)
      return app
    },
    quit: () => {
      if (quitting || record.exitCode !== null) return
      quitting = true
      // Electron starts quitting on a later turn of the event loop.
      setImmediate(() => {
        quitting = false
        runQuit()
      })
    },
    exit,
    relaunch: () => {
      record.relaunch = true
      record.lifecycle.push('relaunch')
    }
  }

  const electron: Record<string, unknown> = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) => {
        if (record.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        record.handlers.set(channel, handler)
      },
      removeHandler: (channel: string) => record.handlers.delete(channel)
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (hook: (typeof record.headerHooks)[number]) => record.headerHooks.push(hook) },
        setPermissionRequestHandler: (handler: (typeof record.permissionHandlers)[number]) => record.permissionHandlers.push(handler)
      }
    },
    safeStorage: {
      getSelectedStorageBackend: () => 'basic_text',
      isAsyncEncryptionAvailable: () => Promise.resolve(false),
      encryptStringAsync: () => Promise.reject(new Error('no keychain in the stand-in')),
      decryptStringAsync: () => Promise.reject(new Error('no keychain in the stand-in'))
    },
    dialog: {
      showErrorBox: (title: string, content: string) => record.errorBoxes.push({ title, content }),
      showSaveDialog: () => Promise.resolve({ canceled: true })
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => record.menus.push(menu)
    },
    screen: {
      getAllDisplays: () => [...screens],
      getPrimaryDisplay: () => screens[0],
      getDisplayMatching: screenOf,
      on: (name: string, listener: (...args: unknown[]) => void) => screenEvents.on(name, listener)
    },
    shell: {
      openExternal: (url: string) => {
        record.externalUrls.push(url)
        return Promise.resolve()
      }
    }
  }

  // Interop helpers probe these; anything else unknown is a bad import in the app.
  const probed = new Set<PropertyKey>(['__esModule', 'default', 'then'])
  const module = new Proxy(electron, {
    get(target, name) {
      if (typeof name === 'string' && name in target) return target[name]
      if (typeof name === 'symbol' || probed.has(name)) return undefined
      throw new Error(`The app uses electron.${String(name)}, which the stand-in does not know: a bad import, or a stand-in to extend`)
    }
  })

  return {
    module,
    record,
    app,
    /** A screen plugged in, as Electron tells the app ('display-added'). */
    plugScreen(added: StandInScreen) {
      screens.push(added)
      screenEvents.emit('display-added', standInEvent(), added)
    },
    /** A screen taken away ('display-removed'). */
    unplugScreen(id: number) {
      const index = screens.findIndex((screen) => screen.id === id)
      const [removed] = screens.splice(index, 1)
      screenEvents.emit('display-removed', standInEvent(), removed)
    },
    onExit(listener: (code: number) => void) {
      onExit = listener
    },
    /** What ipcMain does with an invoke: the handler runs with the calling frame's URL and its window's id. */
    invoke(channel: string, request: unknown, senderUrl: string, senderId = 1) {
      const handler = record.handlers.get(channel)
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`))
      return Promise.resolve(handler({ senderFrame: { url: senderUrl }, sender: { id: senderId } }, request))
    }
  }
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>

/**
 * Makes `require('electron')` answer the stand-in for code loaded by Node's own loader, as the
 * built bundle is: the real package would only tell where the Electron binary is.
 */
export function installElectronStandIn(fromDir: string, module: unknown): () => void {
  const require = createRequire(`${fromDir}/`)
  const path = require.resolve('electron')
  const entry = new Module(path)
  entry.filename = path
  entry.loaded = true
  entry.exports = module
  const previous = require.cache[path]
  require.cache[path] = entry
  return () => {
    if (previous) require.cache[path] = previous
    else delete require.cache[path]
  }
}
