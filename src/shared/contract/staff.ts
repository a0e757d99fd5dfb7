import { z } from 'zod'
import {
  createStaffSchema,
  resetPinSchema,
  roleIdSchema,
  saveRoleSchema,
  setupOwnerSchema,
  unlockSchema,
  updateStaffSchema,
  type LockScreen,
  type Role,
  type Session,
  type StaffMember
} from '../staff'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const staffChannels = {
  /** Who may unlock this till: names only. */
  'staff.lockScreen': channel(noInput, returns<LockScreen>(), 'lock-screen'),
  /** The calling window's session: who acts here and what they may do. */
  'staff.session': channel(noInput, returns<Session>(), 'lock-screen'),
  /** Opens this window for the staff member whose PIN it is; wrong PINs lock the account for a while. */
  'staff.unlock': channel(unlockSchema, returns<Session>(), 'lock-screen'),
  /** Ends this window's session; the cart stays. */
  'staff.lock': channel(noInput, returns<Session>(), 'lock-screen'),
  /** Names the first owner and sets their PIN: only while no one has a PIN (first run or upgrade). */
  'staff.setupOwner': channel(setupOwnerSchema, returns<Session>(), 'lock-screen'),
  /** "Not now" to the PIN prompt an upgraded till shows at its next start: it is not asked again. */
  'staff.dismissPinPrompt': channel(noInput, returns<Session>(), 'staff.manage'),
  'staff.list': channel(noInput, returns<StaffMember[]>(), 'staff.manage'),
  'staff.create': channel(createStaffSchema, returns<StaffMember>(), 'staff.manage'),
  /** Rename, change role, deactivate or reactivate; the last active owner is never removed. */
  'staff.update': channel(updateStaffSchema, returns<StaffMember>(), 'staff.manage'),
  'staff.resetPin': channel(resetPinSchema, returns<StaffMember>(), 'staff.manage'),
  'staff.roles': channel(noInput, returns<Role[]>(), 'none'),
  /** Creates or changes a custom role; the built-in roles are fixed. */
  'staff.saveRole': channel(saveRoleSchema, returns<Role>(), 'staff.manage'),
  'staff.deleteRole': channel(z.object({ roleId: roleIdSchema }).strict(), returns<{ roleId: string }>(), 'staff.manage')
}

export const staffEvents = {
  /** A staff member or role was added or changed: sessions and lists read again. */
  'staff.changed': event<{ staffIds: string[] }>()
}
