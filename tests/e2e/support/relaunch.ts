import type { Clock } from '../../../src/main/core/clock'
import { createEventBus, type EventBus } from '../../../src/main/core/event-bus'
import type { Dispatch } from '../../../src/main/ipc/dispatch'
import { openShop, type Shop } from '../../../src/main/open-shop'

/** The app as Electron runs it, whose `restart` is simulated: a quit, then a fresh start on the same files. */
export interface RelaunchingApp {
  /** What the pages' window.api calls and hears: always the app running now. */
  wiring: { dispatch: Dispatch; bus: EventBus }
  /** The app running now. */
  shop(): Shop
  /** Resolves once the app has been started `count` times in all (the first start is 1). */
  started(count: number): Promise<void>
  close(): Promise<void>
}

/**
 * Starts the app with `openShop`, as src/main/index.ts does. When a restore asks for the restart
 * (Electron's app.relaunch + app.quit there), the running app is closed as a quit closes it and a
 * new one is opened on the same database file, with a new event bus as a new process has; the
 * pages keep speaking to whichever app runs (reload them, as the relaunch opens a new window).
 */
export async function launchApp(options: { dbPath: string; clock: Clock }): Promise<RelaunchingApp> {
  const pageBus = createEventBus()
  let current: Shop
  let stopForwarding = (): void => undefined
  let starts = 0
  let failure: unknown = null
  const waiting: Array<{ count: number; resolve: () => void; reject: (error: unknown) => void }> = []

  const settleWaiting = (): void => {
    for (const waiter of waiting.splice(0)) {
      if (failure !== null) waiter.reject(failure)
      else if (starts >= waiter.count) waiter.resolve()
      else waiting.push(waiter)
    }
  }

  const start = async (): Promise<void> => {
    const bus = createEventBus()
    current = await openShop({
      dbPath: options.dbPath,
      clock: options.clock,
      bus,
      logError: () => undefined,
      // as src/main/index.ts: automatic backups on (so the quit before the relaunch takes its backup), and the relaunch on restart
      backups: { automatic: true, restart: () => void relaunch() }
    })
    stopForwarding = bus.subscribe((name, payload) => pageBus.publish(name, payload))
    starts += 1
    settleWaiting()
  }

  const relaunch = async (): Promise<void> => {
    try {
      stopForwarding()
      await current.close()
      await start()
    } catch (error) {
      failure = error
      settleWaiting()
    }
  }

  await start()
  return {
    wiring: { dispatch: (channel, request, sender) => current.dispatch(channel, request, sender), bus: pageBus },
    shop: () => current,
    started: (count) =>
      new Promise((resolve, reject) => {
        waiting.push({ count, resolve, reject })
        settleWaiting()
      }),
    close: async () => {
      stopForwarding()
      await current.close()
    }
  }
}
