import { SelectField } from '../../../components/Field'
import { permissionReason, useCan } from '../../../stores/session-store'
import { useSettingsStore, useShopSettings } from '../../../stores/settings-store'
import { toast } from '../../../stores/toast-store'
import { useTranslation } from 'react-i18next'

const AUTO_LOCK_CHOICES = [0, 1, 2, 5, 10, 15, 30, 60]

/** When an idle till locks itself, whether receipts say who served, and carts per person: saved as soon as chosen. */
export function LockSettings() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const save = useSettingsStore((state) => state.save)
  const canEdit = useCan('settings.edit')
  const reason = canEdit ? undefined : permissionReason('settings.edit')
  const choices = [...new Set([...AUTO_LOCK_CHOICES, settings.autoLockMinutes])].sort((a, b) => a - b)
  const change = async (patch: Parameters<typeof save>[0]) => {
    const result = await save(patch)
    toast(result.ok ? t('settings.settingsSaved') : result.error.message, result.ok ? 'success' : 'info')
  }
  return (
    <section className="card settings-section staff-section" aria-labelledby="staff-lock">
      <h2 id="staff-lock">{t('settings.lock')}</h2>
      <SelectField
        label={t('settings.lockTheTillWhen')}
        value={String(settings.autoLockMinutes)}
        onChange={(value) => void change({ autoLockMinutes: Number(value) })}
        options={choices.map((minutes) => ({
          value: String(minutes),
          label: minutes === 0 ? t('settings.never') : t('settings.minutesCount', { count: minutes })
        }))}
        hint={reason ?? t('settings.keysScansAndTouches')}
        disabled={!canEdit}
        testId="settings-auto-lock"
      />
      <label className="role-permissions__item">
        <input
          type="checkbox"
          checked={settings.receiptServedBy}
          disabled={!canEdit}
          title={reason}
          onChange={(event) => void change({ receiptServedBy: event.target.checked })}
          data-testid="settings-served-by"
        />
        <span>{t('settings.receiptsSayServedBy')}</span>
      </label>
      <label className="role-permissions__item">
        <input
          type="checkbox"
          checked={settings.cartsPerPerson}
          disabled={!canEdit}
          title={reason}
          onChange={(event) => void change({ cartsPerPerson: event.target.checked })}
          data-testid="settings-carts-per-person"
        />
        <span>{t('staff.cartsPerPerson.label')}</span>
      </label>
      <p className="muted" data-testid="settings-carts-per-person-hint">
        {t('staff.cartsPerPerson.hint')}
      </p>
    </section>
  )
}
