import { z } from 'zod'
import { settingsPatchSchema, type ShopSettings } from '../settings'
import { channel, event, returns } from './define'

export const noInput = z.undefined().or(z.object({}).strict()).optional()

export const settingsChannels = {
  'settings.get': channel(noInput, returns<ShopSettings>(), 'lock-screen'),
  'settings.update': channel(settingsPatchSchema, returns<ShopSettings>(), 'settings.edit')
}

export const settingsEvents = {
  'settings.changed': event<{ settings: ShopSettings }>()
}
