import type { UpdateStatus } from '../updates'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const updatesChannels = {
  'updates.status': channel(noInput, returns<UpdateStatus>(), 'none'),
  /** Asks the update server now, rather than at the next daily check. */
  'updates.check': channel(noInput, returns<UpdateStatus>(), 'none'),
  /** Quits and installs the downloaded version, for whoever may change settings: refused (UPDATE_BLOCKED) during a shift or a sale. */
  'updates.install': channel(noInput, returns<UpdateStatus>(), 'settings.edit')
}

export const updatesEvents = {
  'updates.changed': event<{ status: UpdateStatus }>()
}
