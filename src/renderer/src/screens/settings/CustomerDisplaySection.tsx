import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '../../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useTillSettingsStore } from '../../stores/till-settings-store'

/** This till's customer display, on or off at once (a till setting: no Save, as the screen language). */
export function CustomerDisplaySection() {
  const { t } = useTranslation()
  const till = useTillSettingsStore((state) => state.till)
  const saveTill = useTillSettingsStore((state) => state.save)
  // The box shows the choice at once; it goes back (with the reason) if the till refuses it.
  const [choosing, setChoosing] = useState<boolean | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const choose = async (on: boolean) => {
    setChoosing(on)
    const result = await saveTill({ customerDisplay: on })
    setChoosing(null)
    setError(result.ok ? null : result.error)
  }
  return (
    <section className="card settings-section" aria-labelledby="settings-customer-display">
      <h2 id="settings-customer-display">{t('counter.display.settingsTitle')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choosing ?? till?.customerDisplay ?? false}
          disabled={!till}
          onChange={(event) => void choose(event.target.checked)}
          aria-describedby="settings-customer-display-hint"
          data-testid="settings-customer-display"
        />
        <span>{t('counter.display.settingsToggle')}</span>
      </label>
      <p className="field__hint" id="settings-customer-display-hint">
        {t('counter.display.settingsHint')}
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  )
}
