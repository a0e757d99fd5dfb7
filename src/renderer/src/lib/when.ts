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

/** "in 40 s", "in 3 min": how long until an automatic retry, rounded up so it never reads "in 0 s". */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  if (seconds < 60) return `in ${seconds} s`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return `in ${minutes} min`
  return `in ${Math.ceil(minutes / 60)} h`
}
