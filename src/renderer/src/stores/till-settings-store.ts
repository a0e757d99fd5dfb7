import { create } from 'zustand'
import type { Result } from '../../../shared/errors'
import type { TillSettings, TillSettingsPatch } from '../../../shared/settings'
import { applyScreenLanguage, resolveScreenLanguage } from '../i18n/i18n'
import { call } from '../lib/call'

interface TillSettingsState {
  till: TillSettings | null
  load(): Promise<void>
  save(patch: TillSettingsPatch): Promise<Result<TillSettings>>
}

let unsubscribe: (() => void) | null = null

function shown(till: TillSettings): Promise<void> {
  return applyScreenLanguage(resolveScreenLanguage(till.screenLanguage))
}

/** This till's own settings (the screen language), applied to the page as soon as they are read or changed. */
export const useTillSettingsStore = create<TillSettingsState>()((set) => ({
  till: null,
  async load() {
    unsubscribe ??= window.api.on('settings.tillChanged', ({ till }) => {
      void shown(till).then(() => set({ till }))
    })
    const result = await call(() => window.api.settings.till())
    // Unreadable till settings leave the system's language on screen: nothing else depends on them.
    if (result.ok) {
      await shown(result.data)
      set({ till: result.data })
    }
  },
  async save(patch) {
    const result = await call(() => window.api.settings.updateTill(patch))
    if (result.ok) {
      await shown(result.data)
      set({ till: result.data })
    }
    return result
  }
}))
