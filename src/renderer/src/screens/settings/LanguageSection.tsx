import { useTranslation } from 'react-i18next'
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../../../shared/i18n/languages'
import { isScreenLanguage } from '../../../../shared/settings'
import { SelectField } from '../../components/Field'
import { systemLanguage, t as translate } from '../../i18n/i18n'
import { toast } from '../../stores/toast-store'
import { useTillSettingsStore } from '../../stores/till-settings-store'

const LANGUAGE_CHOICES = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))

interface LanguageSectionProps {
  receiptLanguage: Language
  onReceiptLanguage(language: Language): void
  receiptError: string | undefined
  /** The person may not change the shop's settings (the screen language stays theirs to choose). */
  receiptDisabled?: boolean
}

/**
 * The screen language is this till's and applies at once (no Save: a cashier who cannot read the
 * screen must not have to find the button); the receipt language is the shop's, saved with the form.
 */
export function LanguageSection({ receiptLanguage, onReceiptLanguage, receiptError, receiptDisabled = false }: LanguageSectionProps) {
  const { t } = useTranslation()
  const till = useTillSettingsStore((state) => state.till)
  const saveTill = useTillSettingsStore((state) => state.save)
  const screenChoices = [{ value: 'system', label: t('language.system', { language: LANGUAGE_NAMES[systemLanguage()] }) }, ...LANGUAGE_CHOICES]

  const chooseScreen = async (value: string) => {
    if (!isScreenLanguage(value)) return
    const result = await saveTill({ screenLanguage: value })
    // Said in the new language: the component's own `t` still speaks the one it rendered in.
    if (result.ok) toast(translate('language.changed', { language: LANGUAGE_NAMES[value === 'system' ? systemLanguage() : value] }))
  }

  return (
    <section className="card settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('language.section')}</h2>
      <SelectField
        label={t('language.screen')}
        value={till?.screenLanguage ?? 'system'}
        onChange={(value) => void chooseScreen(value)}
        options={screenChoices}
        hint={t('language.screenHint')}
        testId="settings-screen-language"
        disabled={!till}
      />
      <SelectField
        label={t('language.receipt')}
        value={receiptLanguage}
        onChange={(value) => {
          if (isLanguage(value)) onReceiptLanguage(value)
        }}
        options={LANGUAGE_CHOICES}
        error={receiptError}
        hint={t('language.receiptHint')}
        disabled={receiptDisabled}
        testId="settings-receipt-language"
      />
    </section>
  )
}
