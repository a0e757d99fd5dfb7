import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, withCspMeta } from '../../src/main/window/content-security-policy'
import { isSafeExternalUrl } from '../../src/main/window/window-options'

type Listener = (...args: unknown[]) => void

/** Records what the glue does to its window, so the test reads the real options and handlers. */
const electron = vi.hoisted(() => {
  const created: Array<{ options: Record<string, unknown>; handlers: Map<string, Listener>; openHandler?: (details: { url: string }) => unknown }> = []
  class FakeBrowserWindow {
    readonly record: (typeof created)[number]
    readonly webContents: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      this.record = { options, handlers: new Map() }
      created.push(this.record)
      const record = this.record
      this.webContents = {
        on: (name: string, listener: Listener) => record.handlers.set(`webContents.${name}`, listener),
        setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
          record.openHandler = handler
        }
      }
    }
    on(name: string, listener: Listener) {
      this.record.handlers.set(name, listener)
    }
    once(name: string, listener: Listener) {
      this.record.handlers.set(name, listener)
    }
    loadFile = () => Promise.resolve()
    loadURL = () => Promise.resolve()
    getNormalBounds = () => ({ x: 40, y: 30, width: 1300, height: 820 })
    isMaximized = () => false
  }
  const externalUrls: string[] = []
  const headerHooks: Array<(details: { responseHeaders: Record<string, string[]> }, callback: (response: unknown) => void) => void> = []
  return {
    created,
    headerHooks,
    externalUrls,
    module: {
      BrowserWindow: FakeBrowserWindow,
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })
      },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: (hook: (typeof headerHooks)[number]) => headerHooks.push(hook) },
          setPermissionRequestHandler: () => undefined
        }
      },
      shell: {
        openExternal: (url: string) => {
          externalUrls.push(url)
          return Promise.resolve()
        }
      }
    }
  }
})
vi.mock('electron', () => electron.module)

const { createMainWindow, enforceContentSecurityPolicy } = await import('../../src/main/window/main-window.electron')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tillpoint-window-'))
  electron.created.length = 0
  electron.externalUrls.length = 0
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function openWindow() {
  createMainWindow({
    preloadPath: '/app/out/preload/index.js',
    rendererFile: '/app/out/renderer/index.html',
    devServerUrl: undefined,
    stateFile: join(dir, 'window-state.json')
  })
  const window = electron.created.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

describe('the main window', () => {
  it('is created isolated, sandboxed, without Node and with web security', () => {
    const { options } = openWindow()
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(options).toMatchObject({ minWidth: 1024, show: false })
  })

  it('refuses every navigation and sends only http(s) links to the system browser', () => {
    const { handlers } = openWindow()
    const navigate = handlers.get('webContents.will-navigate')
    if (!navigate) throw new Error('no will-navigate guard')
    for (const url of ['https://example.com/help', 'file:///etc/passwd', 'javascript:alert(1)', 'http://localhost:5173/']) {
      const event = { preventDefault: vi.fn() }
      navigate(event, url)
      expect(event.preventDefault).toHaveBeenCalled()
    }
    expect(electron.externalUrls).toEqual(['https://example.com/help', 'http://localhost:5173/'])
  })

  it('denies every new window', () => {
    const { openHandler } = openWindow()
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(openHandler?.({ url: 'smb://server/share' })).toEqual({ action: 'deny' })
    expect(electron.externalUrls).toEqual(['https://example.com/'])
  })

  it('remembers its size and position, and reopens there', () => {
    const first = openWindow()
    first.handlers.get('close')?.()
    const second = openWindow()
    expect(second.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 820 })
  })

  it('opens on screen when the saved place is on a display that is gone', () => {
    writeFileSync(join(dir, 'window-state.json'), JSON.stringify({ bounds: { x: 5000, y: 200, width: 1300, height: 820 }, maximized: false }))
    const { options } = openWindow()
    expect(options).toMatchObject({ x: 310, y: 110, width: 1300, height: 820 })
  })

  it('sends the one Content-Security-Policy as a header', () => {
    enforceContentSecurityPolicy()
    const hook = electron.headerHooks.at(-1)
    let response: unknown
    hook?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (value) => {
      response = value
    })
    expect(response).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
})

describe('the Content-Security-Policy', () => {
  it('runs only the app own scripts: no eval, no inline script, no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:|wss?:/)
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"])
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'self'"])
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'")
  })

  it('is written into index.html right after the charset, replacing any older policy', () => {
    const html = '<html><head>\n<meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="default-src *" />\n<title>x</title></head></html>'
    const out = withCspMeta(html, CONTENT_SECURITY_POLICY)
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1)
    expect(out).toContain(`<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
    expect(() => withCspMeta('<html><body></body></html>', CONTENT_SECURITY_POLICY)).toThrow()
  })
})

describe('external links', () => {
  it('leave the app only for well-formed http(s) addresses', () => {
    expect(isSafeExternalUrl('https://tillpoint.example/help')).toBe(true)
    expect(isSafeExternalUrl('http://shop.example/')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.c', 'https://user:pw@evil.example/', 'not a url', '', 'smb://x/y']) {
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  })
})
