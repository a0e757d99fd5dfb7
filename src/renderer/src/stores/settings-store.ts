import { create } from 'zustand'
import type { AppErrorData, Result } from '../../../shared/errors'
import type { SettingsPatch, ShopSettings } from '../../../shared/settings'
import { call } from '../lib/call'

interface SettingsState {
  settings: ShopSettings | null
  /** Why the settings could not be read; the app cannot start without them. */
  loadError: AppErrorData | null
  load(): Promise<void>
  save(patch: SettingsPatch): Promise<Result<ShopSettings>>
}

let unsubscribe: (() => void) | null = null

/** The shop's settings, read once and then kept live by `settings.changed` from any screen or window. */
export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  loadError: null,
  async load() {
    unsubscribe ??= window.api.on('settings.changed', ({ settings }) => set({ settings }))
    const result = await call(() => window.api.settings.get())
    set(result.ok ? { settings: result.data, loadError: null } : { loadError: result.error })
  },
  async save(patch) {
    const result = await call(() => window.api.settings.update(patch))
    if (result.ok) set({ settings: result.data })
    return result
  }
}))

/** The settings of a started till; screens below the app shell may rely on them being loaded. */
export function useShopSettings(): ShopSettings {
  const settings = useSettingsStore((state) => state.settings)
  if (!settings) throw new Error('useShopSettings is used before the settings were loaded')
  return settings
}
