import { z } from 'zod'
import { settingsPatchSchema, tillSettingsPatchSchema, type ShopSettings, type TillSettings } from '../settings'
import { channel, event, returns } from './define'

export const noInput = z.undefined().or(z.object({}).strict()).optional()

export const settingsChannels = {
  'settings.get': channel(noInput, returns<ShopSettings>(), 'lock-screen'),
  'settings.update': channel(settingsPatchSchema, returns<ShopSettings>(), 'settings.edit'),
  // This till's own settings (the screen language): the lock screen speaks it, anyone at the till may change it.
  'settings.till': channel(noInput, returns<TillSettings>(), 'lock-screen'),
  'settings.updateTill': channel(tillSettingsPatchSchema, returns<TillSettings>(), 'none')
}

export const settingsEvents = {
  'settings.changed': event<{ settings: ShopSettings }>(),
  'settings.tillChanged': event<{ till: TillSettings }>()
}
