import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import {
  createStaff,
  deleteRole,
  dismissOwnerPinPrompt,
  listRoles,
  listStaff,
  lockScreenOf,
  lockWindow,
  resetPin,
  saveRole,
  setupOwner,
  unlockWindow,
  updateStaff
} from './staff-commands'
import type { StaffService } from './staff-service'

export function staffHandlers(app: AppContext, staff: StaffService): HandlerMap<ChannelsOf<'staff'>> {
  return {
    'staff.lockScreen': async () => lockScreenOf(await staff.directory()),
    'staff.session': (_input, call) => staff.session(call.window),
    'staff.unlock': ({ staffId, pin }, call) => unlockWindow(app, staff, call, staffId, pin),
    'staff.lock': (_input, call) => lockWindow(app, staff, call),
    'staff.setupOwner': (input, call) => setupOwner(app, staff, call, input),
    'staff.dismissPinPrompt': (_input, call) => dismissOwnerPinPrompt(app, staff, call),
    'staff.list': () => listStaff(app.db),
    'staff.create': (input, call) => createStaff(app, staff, call, input),
    'staff.update': (input, call) => updateStaff(app, staff, call, input),
    'staff.resetPin': (input, call) => resetPin(app, staff, call, input),
    'staff.roles': () => listRoles(app.db),
    'staff.saveRole': (input, call) => saveRole(app, staff, call, input),
    'staff.deleteRole': ({ roleId }, call) => deleteRole(app, staff, call, roleId)
  }
}
