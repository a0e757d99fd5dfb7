import { useSyncExternalStore } from 'react'
import { useNavStore } from '../../stores/nav-store'

/** The parts of Settings, each its own tab; the URL names it (#/settings/printers) so a link can open it. */
export const SETTINGS_TABS = [
  { id: 'shop', label: 'Shop' },
  { id: 'printers', label: 'Printers' },
  { id: 'sync', label: 'Sync' },
  { id: 'staff', label: 'Staff' },
  { id: 'journal', label: 'Journal' },
  { id: 'backups', label: 'Backups' },
  { id: 'updates', label: 'Updates' }
] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]['id']

function tabFromHash(): SettingsTab {
  const [screen, tab] = window.location.hash.replace(/^#\/?/, '').split('/')
  if (screen !== 'settings') return 'shop'
  return SETTINGS_TABS.find((entry) => entry.id === tab)?.id ?? 'shop'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useSettingsTab(): SettingsTab {
  return useSyncExternalStore(subscribe, tabFromHash)
}

export function openSettingsTab(tab: SettingsTab): void {
  useNavStore.getState().open(tab === 'shop' ? '#/settings' : `#/settings/${tab}`)
}
