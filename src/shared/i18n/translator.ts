import { createInstance, type i18n, type Module, type TFunction } from 'i18next'
import { CATALOGS } from './catalogs'
import { LANGUAGES, type Language } from './languages'

/**
 * An i18next instance over the five catalogs, ready at once (the catalogs are bundled, nothing is
 * fetched). Plurals (`_one`, `_other`, and Arabic's `_zero` ... `_many`) and `{{name}}` interpolation
 * are i18next's, from Intl.PluralRules; nothing is ever joined by hand.
 */
export function createI18n(language: Language, plugins: readonly Module[] = []): i18n {
  const instance = createInstance()
  for (const plugin of plugins) instance.use(plugin)
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((lng) => [lng, { translation: CATALOGS[lng] }])),
    initAsync: false,
    // React escapes what it renders, and main's HTML templates escape every value they insert.
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return instance
}

const translators = new Map<Language, TFunction>()

/** `t` in one language, for the main process (receipts, slips, Z reports, error sentences). */
export function translatorFor(language: Language): TFunction {
  let t = translators.get(language)
  if (!t) {
    t = createI18n(language).t
    translators.set(language, t)
  }
  return t
}
