import type { Actor } from '../../shared/actor'
import type { Permission, Requirement } from '../../shared/permissions'
import { PERMISSION_LABELS } from '../../shared/permissions'
import type { Approval, Session } from '../../shared/staff'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import type { CallContext } from '../ipc/handler-types'
import { createPinChecker, type PinChecker } from './pin-check'
import { scryptPin, type PinHasher } from './pin-hash'
import { loadStaffDirectory, type StaffDirectory, type StaffEntry } from './staff-directory'

export interface StaffOptions {
  /** scrypt in the app; tests may count the calls. */
  hashPin?: PinHasher
  /** Hears each unlock with a right PIN (the journal records who opened the till, and when). */
  onUnlocked?: (actor: Actor) => void
}

/**
 * Who acts in each window. A session belongs to one window (Electron's webContents id) and lives
 * only in this process: it starts with a right PIN (`unlock`) and ends with `lock`, a staff change
 * that takes the person's access away, or the window closing.
 */
export interface StaffService {
  /** Decides who runs `command` for `window`, or refuses with LOCKED or FORBIDDEN before anything runs. */
  authorize(window: number, command: string, requires: Requirement, approval: Approval | undefined): Promise<CallContext>
  session(window: number): Promise<Session>
  unlock(window: number, staffId: string, pin: string): Promise<Session>
  lock(window: number): Promise<Session>
  /** Opens the window for a staff member whose PIN was just set (the first owner). */
  openFor(window: number, staffId: string): Promise<Session>
  /** Reads staff and roles again after a change; sessions of people who lost access end. */
  reload(): Promise<StaffDirectory>
  directory(): Promise<StaffDirectory>
  hashPin: PinHasher
  pins: PinChecker
}

export function createStaffService(app: AppContext, options: StaffOptions = {}): StaffService {
  const hashPin = options.hashPin ?? scryptPin
  const pins = createPinChecker(app, hashPin)
  const sessions = new Map<number, string>()
  let loaded: StaffDirectory | null = null
  let loading: Promise<StaffDirectory> | null = null

  const directory = (): Promise<StaffDirectory> => {
    if (loaded) return Promise.resolve(loaded)
    loading ??= loadStaffDirectory(app.db).then((read) => {
      loaded = read
      loading = null
      return read
    })
    return loading
  }

  const reload = async (): Promise<StaffDirectory> => {
    loaded = null
    const fresh = await directory()
    for (const [window, staffId] of sessions) {
      if (!fresh.get(staffId)?.active) sessions.delete(window)
    }
    return fresh
  }

  /** The person acting in a window, or undefined when it is locked. */
  const actingIn = (staff: StaffDirectory, window: number): StaffEntry | undefined => {
    if (staff.pinless) return staff.pinlessOwner
    const id = sessions.get(window)
    const entry = id === undefined ? undefined : staff.get(id)
    return entry?.active ? entry : undefined
  }

  const sessionOf = (staff: StaffDirectory, window: number): Session => {
    const entry = actingIn(staff, window)
    return {
      locked: !entry,
      pinless: staff.pinless,
      ownerPinPrompt: staff.ownerPinPrompt,
      staff: entry ? { id: entry.actor.id, name: entry.actor.name, roleId: entry.role.id, roleName: entry.role.name } : null,
      permissions: entry ? [...entry.permissions] : [],
      discountLimitBp: entry?.role.discountLimitBp ?? 0
    }
  }

  return {
    hashPin,
    pins,
    directory,
    reload,
    async authorize(window, command, requires, approval) {
      const staff = loaded ?? (await directory())
      const actor = actingIn(staff, window)
      if (!actor) {
        if (requires === 'lock-screen') return lockScreenCall(window, command)
        throw new AppError('LOCKED', 'This till is locked. Unlock it with your PIN.')
      }
      const approver = approval ? await approverFor(staff, approval, requires) : undefined
      if (requires !== 'none' && requires !== 'lock-screen' && !actor.permissions.has(requires) && !approver) throw forbidden(actor, requires)
      return {
        window,
        command,
        actor: actor.actor,
        approver: approver?.actor ?? null,
        can: (permission) => actor.permissions.has(permission) || approver?.permissions.has(permission) === true,
        discountLimitBp: Math.max(actor.role.discountLimitBp, approver?.role.discountLimitBp ?? 0)
      }
    },
    session: async (window) => sessionOf(await directory(), window),
    async unlock(window, staffId, pin) {
      await pins.verify(staffId, pin)
      sessions.set(window, staffId)
      const session = sessionOf(await directory(), window)
      if (session.staff) options.onUnlocked?.({ id: session.staff.id, name: session.staff.name })
      return session
    },
    async lock(window) {
      sessions.delete(window)
      return sessionOf(await directory(), window)
    },
    async openFor(window, staffId) {
      sessions.set(window, staffId)
      return sessionOf(await reload(), window)
    }
  }

  async function approverFor(staff: StaffDirectory, approval: Approval, requires: Requirement): Promise<StaffEntry> {
    await pins.verify(approval.staffId, approval.pin)
    const approver = staff.get(approval.staffId)
    if (!approver?.active) throw new AppError('PIN_WRONG', 'That PIN is not right.')
    if (requires !== 'none' && requires !== 'lock-screen' && !approver.permissions.has(requires)) {
      throw new AppError('FORBIDDEN', `${approver.actor.name} may not approve this either: it needs “${PERMISSION_LABELS[requires]}”.`, {
        details: { permission: requires, approver: true }
      })
    }
    return approver
  }
}

/** A locked window on a lock-screen channel: no one acts, and every permission is refused. */
function lockScreenCall(window: number, command: string): CallContext {
  return { window, command, actor: { id: 'locked', name: 'Locked window' }, approver: null, can: () => false, discountLimitBp: 0 }
}

export function forbidden(actor: StaffEntry, permission: Permission): AppError {
  return new AppError('FORBIDDEN', `${actor.actor.name} may not do this: it needs “${PERMISSION_LABELS[permission]}”. A manager can approve it.`, {
    details: { permission }
  })
}
