/** Choices for currency, locale and time zone, named in the shop's own language. */
export interface Choice {
  value: string
  label: string
}

function displayNames(locale: string, type: 'currency' | 'language'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type })
  } catch {
    return null
  }
}

/** Every ISO 4217 currency the platform knows, as "EUR · Euro"; the current one is always present. */
export function currencyChoices(locale: string, current: string): Choice[] {
  const names = displayNames(locale, 'currency')
  const codes = new Set(Intl.supportedValuesOf('currency'))
  codes.add(current)
  return [...codes].sort().map((code) => ({ value: code, label: `${code} · ${names?.of(code) ?? code}` }))
}

/** Locales shops commonly use; any other valid language tag can still be typed. */
const COMMON_LOCALES = [
  'en-US',
  'en-GB',
  'en-IE',
  'en-CA',
  'en-AU',
  'en-NZ',
  'en-IN',
  'en-ZA',
  'fr-FR',
  'fr-BE',
  'fr-CA',
  'fr-CH',
  'de-DE',
  'de-AT',
  'de-CH',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'nl-BE',
  'pt-PT',
  'pt-BR',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'el-GR',
  'tr-TR',
  'ja-JP',
  'ko-KR',
  'zh-CN',
  'zh-TW',
  'ar-AE',
  'he-IL'
]

export function localeChoices(displayLocale: string): Choice[] {
  const names = displayNames(displayLocale, 'language')
  return COMMON_LOCALES.map((tag) => ({ value: tag, label: `${tag} · ${names?.of(tag) ?? tag}` }))
}

export function timeZoneChoices(current: string): Choice[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'))
  zones.add('UTC')
  zones.add(current)
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))
}

/** The computer's own language and time zone: the first-run defaults. */
export function computerLocale(): string {
  try {
    return Intl.getCanonicalLocales(navigator.language)[0] ?? 'en-US'
  } catch {
    return 'en-US'
  }
}

export function computerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
