/** The languages Tillpoint ships, each with one catalog in ./locales. A new one is a line here and a file there. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ar'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language in its own words: the language picker must be readable by whoever needs it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية'
}

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar'])

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr'
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/** The first of the system's preferred languages ("de-AT", "fr") that Tillpoint speaks, else English. */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
    if (isLanguage(primary)) return primary
  }
  return 'en'
}

/**
 * The locale dates and times are written in (month and day names are words): the words' language
 * with the shop's region, so a German screen in an Austrian shop writes de-AT ("Jänner") and a
 * French screen in a US shop fr-US. A shop locale in the same language is kept whole. Numbers and
 * money keep the shop's own locale (settings.locale) whatever the language: the decimal mark and
 * grouping are the country's, the same on the screen, the receipt and the money inputs.
 */
export function formatLocale(language: Language, shopLocale: string): string {
  try {
    const shop = new Intl.Locale(shopLocale)
    if (shop.language === language) return shop.toString()
    if (!shop.region) return language
    return Intl.getCanonicalLocales(`${language}-${shop.region}`)[0] ?? language
  } catch {
    return language
  }
}

/**
 * Shop locales (money and number formats) offered in Settings and first run; any other valid tag
 * can still be typed. The ESC/POS money test prints every currency in each of these.
 */
export const SHOP_LOCALES = [
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
] as const
