/** The words and numbers of a month grid in a locale, from Intl: always the Gregorian calendar, as business days are. */
export interface CalendarNames {
  /** "März 2026", "مارس ٢٠٢٦". */
  caption: Intl.DateTimeFormat
  /** The weekday over its column, as short as a 44 px column needs: "Mo", "Mon"; Arabic's short names are whole words, so "ن". */
  weekdayShort: Intl.DateTimeFormat
  weekdayLong: Intl.DateTimeFormat
  /** The day in its cell, in the locale's digits. */
  dayNumber: Intl.DateTimeFormat
  /** What a day's button is called: "Donnerstag, 5. März 2026". */
  full: Intl.DateTimeFormat
}

/** What a weekday's short name may hold over a 44 px column: "lun.", "Mon", "So." fit; "الثلاثاء" does not. */
const MAX_WEEKDAY_LETTERS = 4

export function calendarNames(locale: string): CalendarNames {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { calendar: 'gregory', ...options })
  const short = format({ weekday: 'short' })
  // A week of days from Sunday 4 January 1970.
  const week = Array.from({ length: 7 }, (_, index) => new Date(1970, 0, 4 + index))
  const fits = week.every((day) => [...short.format(day)].length <= MAX_WEEKDAY_LETTERS)
  return {
    caption: format({ month: 'long', year: 'numeric' }),
    weekdayShort: fits ? short : format({ weekday: 'narrow' }),
    weekdayLong: format({ weekday: 'long' }),
    dayNumber: format({ day: 'numeric' }),
    full: format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  }
}

interface WeekInfo {
  /** 1 is Monday … 7 is Sunday. */
  firstDay: number
}

/**
 * The day a locale's week starts on, 0 for Sunday … 6 for Saturday (react-day-picker's count): Monday in
 * Germany, Sunday in the US, Saturday in Egypt. Intl.Locale's week info follows the region; a
 * locale without one (plain "de") takes its likely region ("de-DE").
 */
export function weekStart(locale: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
    const tag = new Intl.Locale(locale).maximize() as Intl.Locale & { getWeekInfo?(): WeekInfo; weekInfo?: WeekInfo }
    const info = tag.getWeekInfo?.() ?? tag.weekInfo
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6
  } catch {
    // An odd tag: Monday, as ISO weeks start.
  }
  return 1
}

/** A business day (YYYY-MM-DD) as the local midnight Date the month grid works in. */
export function dateOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1)
}

/** The business day of a Date from the month grid (its local calendar day). */
export function dayOfDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
