import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from '../../src/main/window/app-menu'
import { placeWindow, readWindowState, writeWindowState } from '../../src/main/window/window-state'

const laptop = { x: 0, y: 0, width: 1366, height: 728 }
const rightMonitor = { x: 1366, y: 0, width: 1920, height: 1040 }

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tillpoint-window-state-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the saved window state', () => {
  it('round-trips through its file', () => {
    const file = join(dir, 'nested', 'window-state.json')
    writeWindowState(file, { bounds: { x: 10, y: 20, width: 1200, height: 760 }, maximized: true })
    expect(readWindowState(file)).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 760 }, maximized: true })
  })

  it.each([
    ['missing', null],
    ['not json', '{oops'],
    ['wrong shape', JSON.stringify({ width: 10 })],
    ['fractional', JSON.stringify({ bounds: { x: 1.5, y: 0, width: 1200, height: 760 }, maximized: false })],
    ['absurd size', JSON.stringify({ bounds: { x: 0, y: 0, width: 10, height: 760 }, maximized: false })],
    ['extra keys', JSON.stringify({ bounds: { x: 0, y: 0, width: 1200, height: 760 }, maximized: false, evil: 1 })]
  ])('is ignored when %s', (_case, content) => {
    const file = join(dir, 'window-state.json')
    if (content !== null) writeFileSync(file, content)
    expect(readWindowState(file)).toBeNull()
  })
})

describe('where the window opens', () => {
  it('is the saved place when that display still exists', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1280, height: 800 }, maximized: false }
    expect(placeWindow(saved, [laptop, rightMonitor])).toEqual(saved)
  })

  it('is centred on the primary display when the saved display is gone', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1280, height: 800 }, maximized: true }
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: { x: 43, y: 0, width: 1280, height: 728 }, maximized: true })
  })

  it('is shrunk and pulled inside a display that became smaller', () => {
    const saved = { bounds: { x: 300, y: 200, width: 1900, height: 1000 }, maximized: false }
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: { x: 0, y: 0, width: 1366, height: 728 }, maximized: false })
  })

  it('is a default size when nothing was saved', () => {
    expect(placeWindow(null, [rightMonitor])).toEqual({ bounds: { x: 1686, y: 120, width: 1280, height: 800 }, maximized: false })
    expect(placeWindow(null, [])).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false })
  })
})

describe('the application menu', () => {
  it('has the usual roles, with developer tools only before packaging', () => {
    const packaged = JSON.stringify(applicationMenuTemplate('linux', true))
    for (const role of ['fileMenu', 'editMenu', 'windowMenu', 'zoomIn', 'togglefullscreen']) expect(packaged).toContain(`"${role}"`)
    expect(packaged).not.toContain('toggleDevTools')
    expect(JSON.stringify(applicationMenuTemplate('linux', false))).toContain('toggleDevTools')
    expect(applicationMenuTemplate('darwin', true)[0]).toEqual({ role: 'appMenu' })
  })
})
