import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarNames, dateOfDay, dayOfDate, weekStart } from './calendar-names'

const week = Array.from({ length: 7 }, (_, index) => new Date(2026, 2, 1 + index))

describe('calendar names', () => {
  it('starts the week where the region does: Monday in Germany, Sunday in the US and Saudi Arabia, Saturday in Egypt', () => {
    expect(weekStart('de-DE')).toBe(1)
    expect(weekStart('de')).toBe(1)
    expect(weekStart('en-US')).toBe(0)
    expect(weekStart('ar-SA')).toBe(0)
    expect(weekStart('ar-EG')).toBe(6)
    expect(weekStart('fr-FR')).toBe(1)
  })

  it('writes the weekday short where the short names fit a column, narrow where they are whole words (Arabic)', () => {
    expect(week.map((day) => calendarNames('de-DE').weekdayShort.format(day))).toEqual(['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'])
    expect(week.map((day) => calendarNames('en-US').weekdayShort.format(day))).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])
    expect(week.map((day) => calendarNames('ar-SA').weekdayShort.format(day))).toEqual(['ح', 'ن', 'ث', 'ر', 'خ', 'ج', 'س'])
    expect(calendarNames('ar-SA').weekdayLong.format(week[0])).toBe('الأحد')
  })

  it('names the month in the screen language, Gregorian, in its digits', () => {
    expect(calendarNames('de-DE').caption.format(new Date(2026, 2, 5))).toBe('März 2026')
    expect(calendarNames('ar-SA').caption.format(new Date(2026, 2, 5))).toBe('مارس ٢٠٢٦')
    expect(calendarNames('ar-SA').dayNumber.format(new Date(2026, 2, 5))).toBe('٥')
    expect(calendarNames('de-DE').full.format(new Date(2026, 2, 5))).toBe('Donnerstag, 5. März 2026')
  })

  it('turns any business day into the grid’s date and back unchanged', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10)
        expect(dayOfDate(dateOfDay(day))).toBe(day)
      })
    )
  })
})
