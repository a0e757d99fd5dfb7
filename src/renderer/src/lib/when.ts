/** Where and how the shop reads times: its locale and time zone. */
export interface TimeFormat {
  locale: string
  timeZone: string
}

/**
 * A moment as a shopkeeper reads it at a glance: only the time when it was today ("09:14"), the
 * date too when it was another day ("2 Mar, 09:14"). Today is the shop's today, in its time zone.
 */
export function formatWhen(at: number, now: number, { locale, timeZone }: TimeFormat): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(at)
  if (day.format(at) === day.format(now)) return time
  return `${new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' }).format(at)}, ${time}`
}

/**
 * "in 40 sec.", "in 3 Min.": how long until an automatic retry, in the screen language (Intl's own
 * words), rounded up so it never reads "in 0".
 */
export function formatWait(ms: number, locale: string): string {
  const words = new Intl.RelativeTimeFormat(locale, { style: 'short', numeric: 'always' })
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  if (seconds < 60) return words.format(seconds, 'second')
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return words.format(minutes, 'minute')
  return words.format(Math.ceil(minutes / 60), 'hour')
}
