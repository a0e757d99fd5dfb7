import { create } from 'zustand'
import type { AppErrorData, Result } from '../../../shared/errors'
import { OWNER_ONLY, type Permission } from '../../../shared/permissions'
import type { LockScreen, Session } from '../../../shared/staff'
import { t } from '../i18n/i18n'
import { call } from '../lib/call'

interface SessionState {
  session: Session | null
  lockScreen: LockScreen | null
  loadError: AppErrorData | null
  /** A payment is being taken on this screen: the idle lock waits until it is done. */
  paying: number
  load(): Promise<void>
  unlock(staffId: string, pin: string): Promise<Result<Session>>
  lock(): Promise<void>
  setupOwner(name: string, pin: string): Promise<Result<Session>>
  /** "Not now" to the PIN prompt of a till set up before PINs. */
  dismissPinPrompt(): Promise<Result<Session>>
  paymentStarted(): () => void
}

let unsubscribe: (() => void) | null = null

/**
 * Who acts in this window, as main decides it: read at start, after every unlock and lock, and
 * again when staff change anywhere (a deactivated person's window locks).
 */
export const useSessionStore = create<SessionState>()((set, get) => ({
  session: null,
  lockScreen: null,
  loadError: null,
  paying: 0,
  async load() {
    unsubscribe ??= window.api.on('staff.changed', () => void get().load())
    const [session, lockScreen] = await Promise.all([call(() => window.api.staff.session()), call(() => window.api.staff.lockScreen())])
    if (!session.ok) return set({ loadError: session.error })
    set({ session: session.data, lockScreen: lockScreen.ok ? lockScreen.data : get().lockScreen, loadError: null })
  },
  async unlock(staffId, pin) {
    const result = await call(() => window.api.staff.unlock({ staffId, pin }))
    if (result.ok) set({ session: result.data })
    return result
  },
  async lock() {
    const result = await call(() => window.api.staff.lock())
    if (result.ok) set({ session: result.data })
    await get().load()
  },
  async setupOwner(name, pin) {
    const result = await call(() => window.api.staff.setupOwner({ name, pin }))
    if (result.ok) set({ session: result.data })
    return result
  },
  async dismissPinPrompt() {
    const result = await call(() => window.api.staff.dismissPinPrompt())
    if (result.ok) set({ session: result.data })
    return result
  },
  paymentStarted() {
    set((state) => ({ paying: state.paying + 1 }))
    return () => set((state) => ({ paying: state.paying - 1 }))
  }
}))

/** Whether the person in this window may do this alone (a manager can still approve it). */
export function useCan(permission: Permission): boolean {
  return useSessionStore((state) => state.session?.permissions.includes(permission) ?? false)
}

/** A permission in the screen language's words (the role editor, "needs …" reasons). */
export function permissionLabel(permission: Permission): string {
  return t(`staff.permission.${permission}`)
}

/** Why the person in this window may not do this, in words for a disabled control; undefined when they may. */
export function permissionReason(permission: Permission): string {
  return t(OWNER_ONLY.includes(permission) ? 'staff.permissionReasonOwner' : 'staff.permissionReason', { permission: permissionLabel(permission) })
}

export function useMissingPermission(permission: Permission): string | undefined {
  return useCan(permission) ? undefined : permissionReason(permission)
}
