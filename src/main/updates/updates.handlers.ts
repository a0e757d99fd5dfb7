import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { Updates } from './update-service'

export function updatesHandlers(updates: Updates): HandlerMap<ChannelsOf<'updates'>> {
  return {
    'updates.status': () => updates.status(),
    'updates.check': () => updates.check(),
    'updates.install': () => updates.install()
  }
}
