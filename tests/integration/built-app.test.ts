import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'
import { CHANNELS, EVENT_NAMES } from '../../src/shared/contract'
import { EVENT_PREFIX } from '../../src/shared/ipc-names'
import { createElectronStandIn, installElectronStandIn, type ElectronStandIn } from '../support/electron-stand-in'
import { waitUntil } from '../support/wait-until'

/**
 * The built app, as a shop runs it: `out/main/index.js` and `out/preload/index.js` from
 * `electron-vite build`, loaded under Node with a stand-in for Electron (tests/support), packaged
 * (resources and the native addon looked for beside the app, as an installer lays them out).
 */
const root = join(__dirname, '../..')
const mainBundle = join(root, 'out/main/index.js')
const preloadBundle = join(root, 'out/preload/index.js')
const rendererPage = join(root, 'out/renderer/index.html')
const rendererUrl = pathToFileURL(rendererPage).href
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }

let dir: string
let electron: ElectronStandIn
let uninstall: () => void
let preload: ReturnType<typeof loadPreload>
let errorsAfterQuit: MockInstance<typeof console.error> | undefined

beforeAll(async () => {
  // A build takes about two seconds: building here means the test never reads a stale bundle.
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)

  dir = mkdtempSync(join(tmpdir(), 'tillpoint-built-app-'))
  const resourcesPath = join(dir, 'resources-path')
  mkdirSync(resourcesPath)
  symlinkSync(join(root, 'resources'), join(resourcesPath, 'resources'))
  Object.assign(process, { resourcesPath })
  electron = createElectronStandIn({
    userData: join(dir, 'user-data'),
    appPath: join(dir, 'app.asar'),
    resourcesPath,
    packaged: true,
    deliver: (channel, payload) => preload.deliver(channel, payload)
  })
  mkdirSync(join(dir, 'user-data'))
  preload = loadPreload(electron)
  uninstall = installElectronStandIn(root, electron.module)
  // The app starts in `whenReady().then(...)`: a throw there is an unhandled rejection.
  let startupError: unknown = null
  const onRejection = (error: unknown) => {
    startupError = error
  }
  process.once('unhandledRejection', onRejection)
  createRequire(mainBundle)(mainBundle)
  await waitUntil('the main window to open', () => electron.record.windows.length > 0 || electron.record.exitCode !== null || startupError !== null, 10_000)
  process.off('unhandledRejection', onRejection)
  // Whatever start() threw, as it threw it.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (startupError !== null) throw startupError
}, 120_000)

afterAll(() => {
  // Nothing may still be at work once the database is closed: it would log what failed, maybe late.
  expect(errorsAfterQuit?.mock.calls).toEqual([])
  errorsAfterQuit?.mockRestore()
  uninstall?.()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the built app starts', () => {
  it('takes the single-instance lock, opens its database and one window, and shows no error', () => {
    expect(electron.record.lockRequested).toBe(true)
    expect(electron.record.errorBoxes).toEqual([])
    expect(electron.record.exitCode).toBeNull()
    expect(electron.record.windows).toHaveLength(1)
    expect(existsSync(join(dir, 'user-data', 'tillpoint.sqlite'))).toBe(true)
    expect(electron.record.windows[0]?.loaded.file).toBe(rendererPage)
    expect(electron.record.menus).toHaveLength(1)
  })

  it('loads at run time only Node, Electron and the packages in `dependencies`', () => {
    const nodeModules = new Set(builtinModules)
    const required = new Set<string>()
    for (const file of readdirSync(join(root, 'out/main')).filter((name) => name.endsWith('.js'))) {
      for (const match of readFileSync(join(root, 'out/main', file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)) required.add(match[1] as string)
    }
    const packages = [...required].filter((id) => !id.startsWith('.') && !id.startsWith('node:') && !nodeModules.has(id) && id !== 'electron')
    const names = packages.map((id) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : (id.split('/')[0] as string)))
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name) => !(name in packageJson.dependencies))).toEqual([])
  })

  it("registers exactly the contract's channels, each refusing a frame that is not the app's page", async () => {
    expect([...electron.record.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      for (const url of ['https://evil.example/', 'file:///tmp/other.html', '']) {
        const answer = await electron.invoke(channel, { input: undefined }, url)
        expect(answer, `${channel} from ${url || 'no frame'}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
    }
  })

  it('locks its window down: sandboxed, isolated, no Node, the CSP on every response, no navigation, no new windows, no permissions', () => {
    const window = electron.record.windows[0]
    if (!window) throw new Error('no window')
    expect(window.options.webPreferences).toMatchObject({
      preload: preloadBundle,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false
    })

    const pagePolicy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(rendererPage, 'utf8'))?.[1]
    expect(pagePolicy).toContain("script-src 'self'")
    expect(electron.record.headerHooks).toHaveLength(1)
    let headers: Record<string, string[]> = {}
    electron.record.headerHooks[0]?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => {
      headers = response.responseHeaders
    })
    expect(headers['Content-Security-Policy']).toEqual([pagePolicy])

    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true
        }
      }
      window.contentsListeners.get(name)?.(event as never, 'https://evil.example/' as never)
      expect(event.defaultPrevented, name).toBe(true)
    }
    expect(window.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })

    expect(electron.record.permissionHandlers).toHaveLength(1)
    let granted: boolean | undefined
    electron.record.permissionHandlers[0]?.({}, 'media', (answer) => {
      granted = answer
    })
    expect(granted).toBe(false)
  })
})

describe('the customer display', () => {
  it("opens a second window on the till's page at #/customer-display when this till's setting is on, locked down as the first, and closes it when off", async () => {
    const switchTo = (customerDisplay: boolean) => electron.invoke('settings.updateTill', { input: { customerDisplay } }, rendererUrl)
    expect(await switchTo(true)).toMatchObject({ ok: true })
    await waitUntil('the customer window to open', () => electron.record.windows.length === 2, 10_000)
    const display = electron.record.windows[1]
    if (!display) throw new Error('no customer window')
    expect(display.loaded).toEqual({ file: rendererPage, hash: '/customer-display' })
    // One screen here: a window in its corner, not full screen, that a cashier can move.
    expect(display.options).toMatchObject({ x: 1120, y: 0, width: 800, height: 600, fullscreen: false, show: false })
    expect(display.options.webPreferences).toEqual(electron.record.windows[0]?.options.webPreferences)
    expect(display.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(await switchTo(false)).toMatchObject({ ok: true })
    expect(display.destroyed).toBe(true)
    expect(electron.record.windows[0]?.destroyed).toBe(false)
  })

  it('fills a second screen, never taking the focus, and moves when a screen is plugged in or taken away', async () => {
    const switchTo = (customerDisplay: boolean) => electron.invoke('settings.updateTill', { input: { customerDisplay } }, rendererUrl)
    const customerWindows = () => electron.record.windows.filter((window) => window.loaded.hash === '/customer-display')
    const open = () => customerWindows().filter((window) => !window.destroyed)
    const second = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 800 }, workArea: { x: 1920, y: 0, width: 1280, height: 760 } }
    electron.plugScreen(second)
    expect(await switchTo(true)).toMatchObject({ ok: true })
    await waitUntil('the customer window to open', () => open().length === 1, 10_000)
    // The till's window is on screen 1: the display fills screen 2, with no frame, and cannot take a scan's keys.
    expect(open()[0]?.options).toMatchObject({ ...second.bounds, fullscreen: true, frame: false, focusable: false, show: false })

    electron.unplugScreen(2)
    await waitUntil('the display to move back beside the till', () => open()[0]?.options.fullscreen === false, 10_000)
    expect(open()).toHaveLength(1)
    expect(open()[0]?.options).toMatchObject({ x: 1120, y: 0, width: 800, height: 600, frame: true, focusable: true })

    electron.plugScreen(second)
    await waitUntil('the display to go to the new screen', () => open()[0]?.options.fullscreen === true, 10_000)
    expect(open()).toHaveLength(1)
    expect(open()[0]?.options).toMatchObject({ ...second.bounds, fullscreen: true })
    expect(await switchTo(false)).toMatchObject({ ok: true })
    expect(open()).toEqual([])
    electron.unplugScreen(2)
    // Off, a screen change opens nothing.
    expect(open()).toEqual([])
    expect(electron.record.windows[0]?.destroyed).toBe(false)
  })
})

describe('the built preload, in a sandbox of its own', () => {
  it("exposes only `window.api`: the contract's channels by domain and `on` for the contract's events", () => {
    expect([...preload.exposed.keys()]).toEqual(['api'])
    const api = preload.exposed.get('api') as Record<string, Record<string, unknown>>
    const exposedChannels = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, methods]) => Object.keys(methods).map((method) => `${domain}.${method}`))
    expect(exposedChannels.sort()).toEqual([...CHANNELS].sort())
    expect(typeof api.on).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)

    const on = api.on as unknown as (name: string, listener: () => void) => () => void
    for (const name of EVENT_NAMES) {
      const unsubscribe = on(name, () => undefined)
      expect(preload.listeners.get(EVENT_PREFIX + name)?.size, name).toBe(1)
      unsubscribe()
      expect(preload.listeners.get(EVENT_PREFIX + name)?.size, name).toBe(0)
    }
    expect(() => on('not.an.event', () => undefined)).toThrow()
  })

  it('reaches the main process through ipcRenderer, and hears its events', async () => {
    const api = preload.exposed.get('api') as {
      settings: { get(): Promise<unknown>; update(input: unknown): Promise<unknown> }
      on(name: string, listener: (payload: unknown) => void): () => void
    }
    expect(await api.settings.get()).toMatchObject({ ok: true, data: { shopName: 'My Shop' } })
    const heard: unknown[] = []
    const unsubscribe = api.on('settings.changed', (payload) => heard.push(payload))
    expect(await api.settings.update({ shopName: 'Corner Shop' })).toMatchObject({ ok: true, data: { shopName: 'Corner Shop' } })
    await waitUntil('the settings.changed event', () => heard.length > 0, 10_000)
    expect(heard[0]).toMatchObject({ settings: { shopName: 'Corner Shop' } })
    unsubscribe()
  })
})

describe('quitting', () => {
  it('waits for the workers to stop and the database to close (WAL checkpointed), then exits', async () => {
    const dbPath = join(dir, 'user-data', 'tillpoint.sqlite')
    const atExit: { wal?: boolean; settings?: string | null } = {}
    electron.onExit(() => {
      // What a power cut at the moment of exit would leave: one file holding every committed change.
      const wal = existsSync(`${dbPath}-wal`)
      const check = new BetterSqlite3(dbPath, { readonly: true })
      const row = check.prepare("SELECT value FROM settings WHERE key = 'shop'").get() as { value: string } | undefined
      check.close()
      Object.assign(atExit, { wal, settings: row?.value ?? null })
    })
    errorsAfterQuit = vi.spyOn(console, 'error')
    electron.app.quit()
    await waitUntil('the app to exit', () => electron.record.exitCode !== null, 10_000)
    expect(electron.record.lifecycle).toEqual(['ready', 'before-quit', 'will-quit', 'before-quit', 'will-quit', 'quit', 'exit:0'])
    expect(atExit).toMatchObject({ wal: false })
    expect(atExit.settings).toContain('Corner Shop')
  })
})

describe('a second launch', () => {
  it('finds the lock taken, quits and never opens the database', async () => {
    const second = createElectronStandIn({
      userData: join(dir, 'second'),
      appPath: join(dir, 'app.asar'),
      resourcesPath: join(dir, 'resources-path'),
      packaged: true,
      lockAvailable: false
    })
    uninstall()
    uninstall = installElectronStandIn(root, second.module)
    delete createRequire(mainBundle).cache[mainBundle]
    createRequire(mainBundle)(mainBundle)
    await waitUntil('the second launch to exit', () => second.record.exitCode !== null, 10_000)
    expect(second.record.lockRequested).toBe(true)
    expect(second.record.windows).toEqual([])
    expect(second.record.handlers.size).toBe(0)
    expect(existsSync(join(dir, 'second'))).toBe(false)
  })
})

/** out/preload/index.js run as Electron runs a sandboxed preload: a fresh context, `require` of electron only. */
function loadPreload(app: ElectronStandIn) {
  const exposed = new Map<string, unknown>()
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>()
  const ipcRenderer = {
    invoke: (channel: string, request: unknown) => app.invoke(channel, request, rendererUrl),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener)
    }
  }
  const contextBridge = { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) }
  // A sandboxed preload may require only these; anything else throws there as it does here.
  const sandboxRequire = (id: string) => {
    if (id === 'electron') return { contextBridge, ipcRenderer }
    throw new Error(`A sandboxed preload cannot require '${id}'`)
  }
  const context = vm.createContext({ console, setTimeout, clearTimeout })
  const module = { exports: {} }
  const run = vm.runInContext(`(function (exports, require, module) {${readFileSync(preloadBundle, 'utf8')}\n})`, context, { filename: preloadBundle }) as (
    exports: unknown,
    require: (id: string) => unknown,
    module: unknown
  ) => void
  run(module.exports, sandboxRequire, module)
  return {
    exposed,
    listeners,
    deliver(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({}, payload)
    }
  }
}
