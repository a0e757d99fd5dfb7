import { useSyncExternalStore } from 'react'
import { useNavStore } from '../../stores/nav-store'
import { t } from '../../i18n/i18n'

/** The parts of Settings, each its own tab; the URL names it (#/settings/printers) so a link can open it. */
export const SETTINGS_TABS = [
  {
    id: 'shop',
    get label() {
      return t('settings.shop')
    }
  },
  {
    id: 'printers',
    get label() {
      return t('settings.printers')
    }
  },
  {
    id: 'sync',
    get label() {
      return t('settings.sync')
    }
  },
  {
    id: 'staff',
    get label() {
      return t('settings.staff')
    }
  },
  {
    id: 'journal',
    get label() {
      return t('settings.journal')
    }
  },
  {
    id: 'backups',
    get label() {
      return t('settings.backups')
    }
  },
  {
    id: 'updates',
    get label() {
      return t('settings.updates')
    }
  }
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
