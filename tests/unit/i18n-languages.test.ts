import { describe, expect, it } from 'vitest'
import { directionOf, formatLocale, matchLanguage } from '../../src/shared/i18n/languages'
import { translatorFor } from '../../src/shared/i18n/translator'

describe('languages', () => {
  it('follows the first system language Tillpoint speaks, else English', () => {
    expect(matchLanguage(['de-AT', 'en-US'])).toBe('de')
    expect(matchLanguage(['nl-NL', 'fr-CA'])).toBe('fr')
    expect(matchLanguage(['ar_SA'])).toBe('ar')
    expect(matchLanguage(['ja-JP'])).toBe('en')
    expect(matchLanguage([])).toBe('en')
  })

  it('writes dates in the screen language with the shop region', () => {
    expect(formatLocale('de', 'de-AT')).toBe('de-AT')
    expect(formatLocale('de', 'en-US')).toBe('de-US')
    expect(formatLocale('en', 'de-DE')).toBe('en-DE')
    expect(formatLocale('fr', 'fr')).toBe('fr')
    expect(formatLocale('es', 'en')).toBe('es')
    expect(formatLocale('ar', 'not a locale!')).toBe('ar')
  })

  it('lays Arabic out right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(['en', 'de', 'fr', 'es'].map((language) => directionOf(language as 'en'))).toEqual(['ltr', 'ltr', 'ltr', 'ltr'])
  })

  it('plurals come from the library in each language', () => {
    expect(translatorFor('en')('input.money.tooManyDecimals', { count: 1 })).toBe('Use at most 1 digit after the decimal mark')
    expect(translatorFor('de')('input.money.tooManyDecimals', { count: 2 })).toBe('Höchstens 2 Ziffern nach dem Dezimalzeichen')
    expect(translatorFor('ar')('input.money.tooManyDecimals', { count: 2 })).toBe('رقمان على الأكثر بعد الفاصلة العشرية')
    expect(translatorFor('ar')('input.money.tooManyDecimals', { count: 3 })).toBe('3 أرقام على الأكثر بعد الفاصلة العشرية')
  })
})
