import { useTranslation } from 'react-i18next'
import { useTillSettingsStore } from '../../stores/till-settings-store'

/** This till's customer display, on or off at once (a till setting: no Save, as the screen language). */
export function CustomerDisplaySection() {
  const { t } = useTranslation()
  const till = useTillSettingsStore((state) => state.till)
  const saveTill = useTillSettingsStore((state) => state.save)
  return (
    <section className="card settings-section" aria-labelledby="settings-customer-display">
      <h2 id="settings-customer-display">{t('counter.display.settingsTitle')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={till?.customerDisplay ?? false}
          disabled={!till}
          onChange={(event) => void saveTill({ customerDisplay: event.target.checked })}
          aria-describedby="settings-customer-display-hint"
          data-testid="settings-customer-display"
        />
        <span>{t('counter.display.settingsToggle')}</span>
      </label>
      <p className="field__hint" id="settings-customer-display-hint">
        {t('counter.display.settingsHint')}
      </p>
    </section>
  )
}
