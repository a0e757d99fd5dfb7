import type { UpdateStatus } from '../../shared/updates'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import { installBlocker } from './install-guard'

/** What the update mechanism tells: electron-updater in the packaged app, a stand-in in tests. */
export type UpdateSourceEvent =
  | { kind: 'checking' }
  | { kind: 'none' }
  | { kind: 'available'; version: string }
  | { kind: 'progress'; percent: number }
  | { kind: 'downloaded'; version: string }
  | { kind: 'error'; message: string }

export interface UpdateSource {
  currentVersion: string
  /** Asks the update server; a newer version then downloads in the background, told by events. */
  check(): Promise<void>
  /** Quits the app and runs the downloaded installer. */
  install(): void
  subscribe(listener: (event: UpdateSourceEvent) => void): () => void
}

export interface Updates {
  status(): Promise<UpdateStatus>
  check(): Promise<UpdateStatus>
  /** Installs the downloaded version, only when the shop asks and no shift or sale is open. */
  install(): Promise<UpdateStatus>
  stop(): void
}

export const CHECK_EVERY_MS = 24 * 60 * 60 * 1000

/**
 * Checks for a new version at start and once a day, lets it download in the background and keeps
 * it until the shopkeeper installs it. A failed check, download or install is reported and leaves
 * the installed version running. Without a source (no update address in the build) updates are off.
 */
export function startUpdates(app: AppContext, source: UpdateSource | null, options: { checkEveryMs?: number; currentVersion?: string } = {}): Updates {
  let state: Omit<UpdateStatus, 'blockedBy'> = {
    state: source ? 'idle' : 'off',
    currentVersion: source?.currentVersion ?? options.currentVersion ?? '',
    availableVersion: null,
    percent: null,
    lastCheckedAt: null,
    error: null
  }
  const status = async (): Promise<UpdateStatus> => ({ ...state, blockedBy: await installBlocker(app.db) })
  const change = (next: Partial<UpdateStatus>): void => {
    state = { ...state, ...next }
    void status().then(
      (current) => app.bus.publish('updates.changed', { status: current }),
      () => undefined
    )
  }
  const unsubscribe = source?.subscribe((event) => {
    if (event.kind === 'checking') change({ state: 'checking', error: null, lastCheckedAt: app.clock.now() })
    else if (event.kind === 'none') change({ state: state.availableVersion ? state.state : 'idle' })
    else if (event.kind === 'available') change({ state: 'downloading', availableVersion: event.version, percent: 0 })
    else if (event.kind === 'progress') change({ state: 'downloading', percent: Math.round(event.percent) })
    else if (event.kind === 'downloaded') change({ state: 'ready', availableVersion: event.version, percent: 100 })
    else change({ state: state.state === 'ready' ? 'ready' : 'error', error: event.message })
  })
  const check = async (): Promise<UpdateStatus> => {
    if (source) await source.check().catch((error: unknown) => change({ state: 'error', error: error instanceof Error ? error.message : String(error) }))
    return status()
  }
  const timer = source ? setInterval(() => void check(), options.checkEveryMs ?? CHECK_EVERY_MS) : null
  timer?.unref()
  if (source) void check()
  return {
    status,
    check,
    async install() {
      if (!source || state.state !== 'ready') throw new AppError('UPDATE_NOT_READY', 'No update has been downloaded yet.')
      const blocker = await installBlocker(app.db)
      if (blocker) throw new AppError('UPDATE_BLOCKED', blocker)
      try {
        source.install()
      } catch (error) {
        change({ state: 'error', error: error instanceof Error ? error.message : String(error) })
      }
      return status()
    },
    stop() {
      if (timer) clearInterval(timer)
      unsubscribe?.()
    }
  }
}
