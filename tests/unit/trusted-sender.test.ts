import { describe, expect, it } from 'vitest'
import { createSenderCheck } from '../../src/main/ipc/trusted-sender'

describe('the IPC sender check', () => {
  const built = createSenderCheck({ rendererFile: '/opt/Tillpoint/resources/app.asar/out/renderer/index.html' })
  const dev = createSenderCheck({ devServerUrl: 'http://localhost:5173/' })

  it('accepts the built renderer page, with or without a hash route', () => {
    expect(built('file:///opt/Tillpoint/resources/app.asar/out/renderer/index.html')).toBe(true)
    expect(built('file:///opt/Tillpoint/resources/app.asar/out/renderer/index.html#/orders')).toBe(true)
  })

  it('accepts the dev server only when one is configured', () => {
    expect(dev('http://localhost:5173/#/sell')).toBe(true)
    expect(built('http://localhost:5173/')).toBe(false)
  })

  it('refuses every other page', () => {
    for (const url of ['file:///tmp/evil.html', 'https://example.com/', 'http://localhost:5174/', '', 'not a url', 'about:blank']) {
      expect(built(url)).toBe(false)
      expect(dev(url)).toBe(false)
    }
  })
})
