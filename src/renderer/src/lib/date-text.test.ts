import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateOrder, formatDay, parseDay } from './date-text'

describe('days as the screen language writes them', () => {
  it('write a day in the locale’s order, Gregorian even where the locale’s own calendar is not', () => {
    expect(formatDay('2026-03-05', 'de-DE')).toBe('05.03.2026')
    expect(formatDay('2026-03-05', 'en-US')).toBe('03/05/2026')
    expect(formatDay('2026-03-05', 'fr-FR')).toBe('05/03/2026')
    expect(formatDay('2026-03-05', 'es-ES')).toBe('05/03/2026')
    expect(parseDay(formatDay('2026-03-05', 'ar-SA'), 'ar-SA')).toBe('2026-03-05')
    expect(formatDay('', 'de-DE')).toBe('')
    expect(dateOrder('de-DE')).toEqual({ parts: ['day', 'month', 'year'], separator: '.' })
    expect(dateOrder('en-US')).toEqual({ parts: ['month', 'day', 'year'], separator: '/' })
  })

  it('read a day typed in the locale’s order, without leading zeros, with Arabic-Indic digits, or as YYYY-MM-DD', () => {
    expect(parseDay('5.3.2026', 'de-DE')).toBe('2026-03-05')
    expect(parseDay('3/5/2026', 'en-US')).toBe('2026-03-05')
    expect(parseDay('05/03/2026', 'fr-FR')).toBe('2026-03-05')
    expect(parseDay('٠٥/٠٣/٢٠٢٦', 'ar')).toBe('2026-03-05')
    expect(parseDay('2026-03-05', 'de-DE')).toBe('2026-03-05')
    expect(parseDay('  ', 'de-DE')).toBe('')
  })

  it('refuse what is not a whole day of the calendar', () => {
    for (const text of ['31.02.2026', '5.3.26', '5.3', '13/13/2026', '5.3.2026.1', 'Mär 5 2026', '00.03.2026']) expect(parseDay(text, 'de-DE')).toBeNull()
  })

  it('read back every day it writes, in each screen language', () => {
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.constantFrom('en-US', 'en-GB', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'ar', 'ar-SA', 'ar-EG'), (value, locale) => {
        expect(parseDay(formatDay(value, locale), locale)).toBe(value)
      })
    )
  })
})
