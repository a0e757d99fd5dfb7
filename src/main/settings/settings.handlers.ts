import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { readSettings, updateSettings } from './settings-store'
import { readTillSettings, updateTillSettings } from './till-settings-store'

export function settingsHandlers(app: AppContext): HandlerMap<ChannelsOf<'settings'>> {
  return {
    'settings.get': () => readSettings(app.db),
    'settings.update': (patch, call) => updateSettings(app, call, patch),
    'settings.till': () => readTillSettings(app.db),
    'settings.updateTill': (patch, call) => updateTillSettings(app, call, patch)
  }
}
