import { create } from 'zustand'
import type { EventName } from '../../../shared/contract'
import type { AppErrorData, Result } from '../../../shared/errors'
import type { SyncStatus } from '../../../shared/sync'
import { call } from '../lib/call'

interface SyncStatusState {
  status: SyncStatus | null
  error: AppErrorData | null
  /** True while a "sync now" asked from this window runs. */
  syncing: boolean
  load(): Promise<void>
  syncNow(): Promise<Result<SyncStatus>>
  /** An answer that carries a newer status (configure, retry, dismiss) replaces the shown one. */
  replace(status: SyncStatus): void
}

/** Commits that add sync events: while sync is on, the waiting count follows them. */
const OUTBOX_EVENTS: readonly EventName[] = ['order.changed', 'catalog.changed', 'stock.changed']
const RECOUNT_DELAY_MS = 300

let listening = false
let request = 0
let recountTimer: ReturnType<typeof setTimeout> | null = null

/**
 * Where sync stands, for the status bar and Settings → Sync: read once, then kept live by
 * sync.changed. A sale made while the worker waits to retry changes no status on its own, so the
 * waiting count is read again shortly after commits too.
 */
export const useSyncStatusStore = create<SyncStatusState>()((set, get) => {
  const show = (status: SyncStatus) => {
    request++
    set({ status, error: null })
  }
  const listen = () => {
    if (listening) return
    listening = true
    window.api.on('sync.changed', ({ status }) => show(status))
    for (const name of OUTBOX_EVENTS) {
      window.api.on(name, () => {
        if (!get().status?.enabled || recountTimer) return
        recountTimer = setTimeout(() => {
          recountTimer = null
          void get().load()
        }, RECOUNT_DELAY_MS)
      })
    }
  }
  return {
    status: null,
    error: null,
    syncing: false,
    async load() {
      listen()
      const mine = ++request
      const result = await call(() => window.api.sync.status())
      if (mine !== request) return
      set(result.ok ? { status: result.data, error: null } : { error: result.error })
    },
    async syncNow() {
      set({ syncing: true })
      const result = await call(() => window.api.sync.now())
      set({ syncing: false })
      if (result.ok) show(result.data)
      return result
    },
    replace: show
  }
})
