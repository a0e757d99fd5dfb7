import { openSettingsTab, SETTINGS_TABS, type SettingsTab } from './settings-tabs'
import { useTranslation } from 'react-i18next'

/** Shop | Printers | Sync, under the Settings title. */
export function SettingsTabs({ current }: { current: SettingsTab }) {
  const { t } = useTranslation()
  return (
    <div className="settings-tabs" role="tablist" aria-label={t('settings.settings')}>
      {SETTINGS_TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          className="settings-tabs__tab"
          onClick={() => openSettingsTab(tab.id)}
          data-testid={`settings-tab-${tab.id}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
