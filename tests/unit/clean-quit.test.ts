import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { quitAfterClosing } from '../../src/main/app/clean-quit'

/** Electron's app as far as quitting goes: `quit` runs will-quit, which may hold it back. */
function fakeApp() {
  const events = new EventEmitter()
  const calls: string[] = []
  const app = {
    on: (name: string, listener: (...args: unknown[]) => void) => {
      events.on(name, listener)
      return app
    },
    quit: () => {
      calls.push('quit')
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
      events.emit('will-quit', event)
      if (!event.defaultPrevented) calls.push('exit:0')
    },
    exit: (code: number) => calls.push(`exit:${code}`)
  }
  return { app: app as unknown as Parameters<typeof quitAfterClosing>[0], calls }
}

afterEach(() => vi.useRealTimers())

describe('quitting the app', () => {
  it('exits only after the till has closed, closing it once however often quit is asked', async () => {
    const { app, calls } = fakeApp()
    let finish: () => void = () => undefined
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    quitAfterClosing(app, close)
    app.quit()
    app.quit()
    expect(calls).toEqual(['quit', 'quit'])
    expect(close).toHaveBeenCalledTimes(1)
    finish()
    await vi.waitFor(() => expect(calls).toEqual(['quit', 'quit', 'quit', 'exit:0']))
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('exits with 1 and logs when closing fails', async () => {
    const { app, calls } = fakeApp()
    const logError = vi.fn()
    quitAfterClosing(app, () => Promise.reject(new Error('disk gone')), { logError })
    app.quit()
    await vi.waitFor(() => expect(calls).toEqual(['quit', 'exit:1']))
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' }))
  })

  it('exits with 1 when closing outlasts the deadline', async () => {
    vi.useFakeTimers()
    const { app, calls } = fakeApp()
    const logError = vi.fn()
    quitAfterClosing(app, () => new Promise<void>(() => undefined), { deadlineMs: 1000, logError })
    app.quit()
    await vi.advanceTimersByTimeAsync(999)
    expect(calls).toEqual(['quit'])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toEqual(['quit', 'exit:1'])
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('1000 ms') }))
  })
})
