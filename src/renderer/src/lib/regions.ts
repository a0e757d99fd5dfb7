import { SHOP_LOCALES } from '../../../shared/i18n/languages'

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

export function localeChoices(displayLocale: string): Choice[] {
  const names = displayNames(displayLocale, 'language')
  return SHOP_LOCALES.map((tag) => ({ value: tag, label: `${tag} · ${names?.of(tag) ?? tag}` }))
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
