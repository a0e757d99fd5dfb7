import type { App } from 'electron'

/**
 * How long quitting waits for the till to close before it exits anyway. SQLite's WAL keeps every
 * committed sale through a hard exit, so a stuck printer or server must not keep the app open.
 */
export const QUIT_DEADLINE_MS = 15_000

export interface CleanQuitOptions {
  deadlineMs?: number
  logError?: (error: unknown) => void
}

/**
 * Electron glue: quitting (the menu, the last window closed, the OS shutting down) first waits for
 * `close` (workers stopped, a backup finished or abandoned, the database checkpointed and closed),
 * then quits for real. Electron does not wait for a promise in `will-quit`, so the first quit is
 * held back and repeated once the till is closed.
 */
export function quitAfterClosing(app: Pick<App, 'on' | 'quit' | 'exit'>, close: () => Promise<void>, options: CleanQuitOptions = {}): void {
  const deadlineMs = options.deadlineMs ?? QUIT_DEADLINE_MS
  const logError = options.logError ?? ((error: unknown) => console.error('[quit] the till did not close cleanly', error))
  let state: 'open' | 'closing' | 'closed' = 'open'
  app.on('will-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the till was still closing after ${deadlineMs} ms`)), deadlineMs)
    })
    Promise.race([close(), deadline]).then(
      () => {
        clearTimeout(timer)
        state = 'closed'
        app.quit()
      },
      (error: unknown) => {
        clearTimeout(timer)
        state = 'closed'
        logError(error)
        app.exit(1)
      }
    )
  })
}
