import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { EventName, EventPayload } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import { EVENT_PREFIX } from '../../src/shared/ipc-names'
import { createEventBus, type EventBus } from '../../src/main/core/event-bus'
import type { Dispatch } from '../../src/main/ipc/dispatch'

/** What the test sends the app's process: an invoke from the page's window, or a quit (the window closed). */
export type ToApp = { kind: 'invoke'; id: number; channel: string; request: unknown; window: number } | { kind: 'quit' }
export type FromApp =
  | { kind: 'started'; pid: number }
  | { kind: 'answer'; id: number; answer: unknown }
  | { kind: 'event'; channel: string; payload: unknown }
  | { kind: 'exit'; code: number; relaunch: boolean }

const ROOT = join(__dirname, '../..')
const PROCESS = join(__dirname, 'built-app-process.ts')

/** The built app run as a shop runs it: each start its own process, and app.relaunch a new one once the old one has exited. */
export interface BuiltApp {
  /** The page's calls and the events main sends its windows, whichever process runs now. */
  wiring: { dispatch: Dispatch; bus: EventBus }
  /** The process id of each start so far, first start first. */
  pids: number[]
  /** Resolves once the app has been started `count` times (each a new process; the first start is 1). */
  started(count: number): Promise<void>
  /** Quits the running app and waits for its process to exit. */
  close(): Promise<void>
}

/** Starts `out/main/index.js` (build it first) on `userData`, whose database is `tillpoint.sqlite`. */
export async function launchBuiltApp(userData: string): Promise<BuiltApp> {
  const resourcesPath = join(userData, '..', 'resources-path')
  if (!existsSync(resourcesPath)) {
    mkdirSync(resourcesPath, { recursive: true })
    symlinkSync(join(ROOT, 'resources'), join(resourcesPath, 'resources'))
  }
  const bus = createEventBus()
  const pids: number[] = []
  const answers = new Map<number, (answer: Result<unknown>) => void>()
  const waiting: Array<{ count: number; resolve: () => void; reject: (error: Error) => void }> = []
  let child: ChildProcess | null = null
  let nextId = 1
  let closing = false
  let failure: Error | null = null
  let exited: () => void = () => undefined

  const settle = (): void => {
    for (const waiter of waiting.splice(0)) {
      if (failure) waiter.reject(failure)
      else if (pids.length >= waiter.count) waiter.resolve()
      else waiting.push(waiter)
    }
  }

  const start = (): void => {
    // 'advanced': structured clone, as Electron's IPC, so a request's `input: undefined` stays there
    const running = fork(PROCESS, [userData, resourcesPath], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced'
    })
    child = running
    let relaunch = false
    running.on('message', (message: FromApp) => {
      if (message.kind === 'started') {
        pids.push(message.pid)
        settle()
      } else if (message.kind === 'answer') {
        answers.get(message.id)?.(message.answer as Result<unknown>)
        answers.delete(message.id)
      } else if (message.kind === 'event') {
        if (message.channel.startsWith(EVENT_PREFIX)) {
          const name = message.channel.slice(EVENT_PREFIX.length) as EventName
          bus.publish(name, message.payload as EventPayload<typeof name>)
        }
      } else relaunch = message.relaunch
    })
    running.on('exit', (code) => {
      child = null
      for (const [id, answer] of answers) {
        answer({ ok: false, error: { code: 'INTERNAL', message: 'the app quit before it answered' } })
        answers.delete(id)
      }
      // Electron's app.relaunch: the app starts again once this process has exited
      if (relaunch && !closing) return start()
      if (!closing) {
        failure = new Error(`the app's process exited with ${code} without a relaunch`)
        settle()
      }
      exited()
    })
  }

  start()
  const app: BuiltApp = {
    wiring: {
      dispatch: (channel, request, window) =>
        new Promise((resolve) => {
          if (!child) return resolve({ ok: false, error: { code: 'INTERNAL', message: 'the app is restarting' } })
          const id = nextId++
          answers.set(id, resolve)
          child.send({ kind: 'invoke', id, channel, request, window } satisfies ToApp)
        }),
      bus
    },
    pids,
    started: (count) =>
      new Promise((resolve, reject) => {
        waiting.push({ count, resolve, reject })
        settle()
      }),
    close: async () => {
      closing = true
      if (!child) return
      const gone = new Promise<void>((resolve) => (exited = resolve))
      child.send({ kind: 'quit' } satisfies ToApp)
      await gone
    }
  }
  await app.started(1)
  return app
}
