import { asciiDigits } from './digits'

/** The parts of a date in the order a locale writes them, with what stands between them ("05.03.2026": day . month . year). */
export interface DateOrder {
  parts: readonly ('day' | 'month' | 'year')[]
  separator: string
}

const BIDI_MARKS = /[\u200e\u200f\u061c]/g

function dayFormat(locale: string): Intl.DateTimeFormat {
  // Business days are Gregorian whatever the locale's own calendar (ar-SA would write Hijri dates).
  return new Intl.DateTimeFormat(locale, { calendar: 'gregory', year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
}

export function dateOrder(locale: string): DateOrder {
  const parts = dayFormat(locale).formatToParts(Date.UTC(2026, 2, 5))
  const fields = parts.flatMap((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : []))
  const literal = parts.find((part) => part.type === 'literal')?.value.replace(BIDI_MARKS, '') ?? '/'
  return { parts: fields.length === 3 ? fields : ['year', 'month', 'day'], separator: literal }
}

/** A business day ("2026-03-05") as the locale writes it ("05.03.2026", "03/05/2026"); '' stays ''. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return ''
  return dayFormat(locale).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

/**
 * A date typed in the locale's order ("5.3.2026" on a German screen, "3/5/2026" on an American one,
 * Arabic-Indic digits too) or as YYYY-MM-DD, as a business day; '' for nothing typed, null for a
 * date that cannot be read or is not in the calendar (31.02.2026). The year has four digits.
 */
export function parseDay(text: string, locale: string): string | null {
  const plain = asciiDigits(text).replace(BIDI_MARKS, '').trim()
  if (plain === '') return ''
  const groups = plain.split(/\D+/).filter((group) => group !== '')
  if (groups.length !== 3 || /\p{L}/u.test(plain)) return null
  const order: DateOrder['parts'] = groups[0]?.length === 4 ? ['year', 'month', 'day'] : dateOrder(locale).parts
  const value = { day: 0, month: 0, year: 0 }
  order.forEach((part, index) => {
    value[part] = Number(groups[index])
  })
  const year = groups[order.indexOf('year')] ?? ''
  if (year.length !== 4) return null
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day))
  if (date.getUTCFullYear() !== value.year || date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return null
  return date.toISOString().slice(0, 10)
}
