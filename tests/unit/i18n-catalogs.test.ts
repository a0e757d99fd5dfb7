import { describe, expect, it } from 'vitest'
import { CATALOGS, type CatalogTree } from '../../src/shared/i18n/catalogs'
import { LANGUAGES, type Language } from '../../src/shared/i18n/languages'

const PLURAL = /_(zero|one|two|few|many|other)$/

function leaves(tree: CatalogTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [leaf, text] of leaves(value, path)) out.set(leaf, text)
  }
  return out
}

const baseOf = (key: string) => key.replace(PLURAL, '')
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort()

/** What a key must be in a language: plain keys as they are, plural keys in every category the language has. */
function requiredKeys(language: Language): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const required = new Set<string>()
  for (const key of leaves(CATALOGS.en).keys()) {
    if (PLURAL.test(key)) for (const category of categories) required.add(`${baseOf(key)}_${category}`)
    else required.add(key)
  }
  return required
}

const english = leaves(CATALOGS.en)
const englishPlaceholders = new Map<string, string[]>()
for (const [key, text] of english) englishPlaceholders.set(baseOf(key), placeholders(text))

describe('catalogs', () => {
  it.each(LANGUAGES)('%s has every key of the English catalog, in each of its plural forms', (language) => {
    const have = new Set(leaves(CATALOGS[language]).keys())
    const missing = [...requiredKeys(language)].filter((key) => !have.has(key))
    expect(missing).toEqual([])
  })

  it.each(LANGUAGES)('%s has no key English lacks (a renamed key is renamed everywhere)', (language) => {
    const bases = new Set([...english.keys()].map(baseOf))
    const extra = [...leaves(CATALOGS[language]).keys()].filter((key) => !bases.has(baseOf(key)))
    expect(extra).toEqual([])
  })

  it.each(LANGUAGES)('%s fills the same {{placeholders}} as English', (language) => {
    const wrong: string[] = []
    for (const [key, text] of leaves(CATALOGS[language])) {
      const expected = englishPlaceholders.get(baseOf(key)) ?? []
      // A plural form may spell its number out ("رقم واحد"), so it may leave a value out.
      const got = placeholders(text)
      const needed = PLURAL.test(key) ? [] : expected
      if (!needed.every((name) => got.includes(name)) || !got.every((name) => expected.includes(name)))
        wrong.push(`${key}: ${got.join(',')} vs ${expected.join(',')}`)
    }
    expect(wrong).toEqual([])
  })

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s is translated, not English copied', (language) => {
    const copied = [...leaves(CATALOGS[language])].filter(
      ([key, text]) => english.get(key) === text && text !== undefined && /[a-z]{3}/i.test(text.replace(/\{\{\w+\}\}/g, ''))
    )
    // Proper names and codes read the same in every language; listed so a copy is never waved through.
    const sameEverywhere = new Set<string>([...SAME_IN_EVERY_LANGUAGE, ...(SAME_AS_ENGLISH[language] ?? [])])
    expect(copied.map(([key]) => key).filter((key) => !sameEverywhere.has(key))).toEqual([])
  })
})

/** Keys whose text is rightly the same word in some language as in English ("Total" in French and Spanish). */
const SAME_IN_EVERY_LANGUAGE: string[] = ['app.name', 'lock.brandShop', 'print.total', 'print.totalCaps', 'print.subtotal', 'print.noteCaps']

/** Words one language writes as English does (a loanword or the same spelling), per language. */
const SAME_AS_ENGLISH: Partial<Record<Language, string[]>> = {
  de: [
    'products.detail.standard',
    'products.csv.field.name',
    'products.csv.field.barcode',
    'products.field.name',
    'products.field.barcode',
    'products.options.optionN',
    'orders.status',
    'settings.passphrase',
    'settings.port',
    'settings.server',
    'settings.status',
    'settings.version',
    'settings.journal',
    'settings.updates',
    'settings.name',
    'sell.quickAdd.name',
    'sell.customerDialog.name',
    'settings.pin',
    'coupons.column.code',
    'coupons.form.code',
    'syncStatus.region'
  ],
  fr: [
    'printPreview.document',
    'products.list.stock',
    'products.detail.actions',
    'products.detail.standard',
    'products.detail.stock',
    'products.csv.field.stock',
    'products.options.optionN',
    'nav.coupons',
    'sell.coupon',
    'sell.couponCode',
    'sell.note',
    'shortcuts.key.coupon',
    'stats.net',
    'orders.type',
    'settings.port',
    'settings.version',
    'settings.journal',
    'settings.actions',
    'settings.minutesCount_one',
    'settings.minutesCount_other',
    'coupons.column.code',
    'coupons.form.code',
    'coupons.form.description'
  ],
  es: ['settings.pin', 'settings.roles', 'products.field.sku', 'products.csv.field.sku', 'products.detail.stock']
}
