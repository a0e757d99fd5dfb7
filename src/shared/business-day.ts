/**
 * The shop's calendar: a business day is the date on the shop's wall clock (settings.timeZone),
 * written YYYY-MM-DD so that text order is date order.
 */
export const BUSINESS_DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const formatters = new Map<string, Intl.DateTimeFormat>()

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function wallClockParts(epochMs: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {}
  for (const part of wallClockFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return parts
}

function measuredOffsetMs(epochMs: number, timeZone: string): number {
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = wallClockParts(epochMs, timeZone)
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  return wallAsUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000))
}

const QUARTER_HOUR_MS = 15 * 60 * 1000

/** Per zone, the last quarter hour whose offset was the same at its start and its end. */
const steadyQuarters = new Map<string, { quarter: number; offsetMs: number }>()

/**
 * How far the zone's wall clock is ahead of UTC at that instant, in ms (whole seconds). Asking
 * Intl costs more than the rest of a sale's arithmetic, so a quarter hour whose two ends share an
 * offset is remembered: zones never change offset twice within fifteen minutes.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const quarter = Math.floor(epochMs / QUARTER_HOUR_MS)
  const known = steadyQuarters.get(timeZone)
  if (known?.quarter === quarter) return known.offsetMs
  const offsetMs = measuredOffsetMs(epochMs, timeZone)
  const start = quarter * QUARTER_HOUR_MS
  if (measuredOffsetMs(start, timeZone) === offsetMs && measuredOffsetMs(start + QUARTER_HOUR_MS - 1, timeZone) === offsetMs) {
    steadyQuarters.set(timeZone, { quarter, offsetMs })
  }
  return offsetMs
}

/** The date on the zone's wall clock at that instant. */
export function businessDay(epochMs: number, timeZone: string): string {
  return new Date(epochMs + zoneOffsetMs(epochMs, timeZone)).toISOString().slice(0, 10)
}

/** The first instant (epoch ms) of a business day in the zone, even when midnight falls in a DST gap. */
export function startOfBusinessDay(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const midnightAsUtc = Date.UTC(year, month - 1, date)
  let guess = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone)
  guess = midnightAsUtc - zoneOffsetMs(guess, timeZone)
  // In a DST gap at midnight the day starts at the first instant whose wall date is that day.
  if (businessDay(guess, timeZone) < day) guess += 60 * 60 * 1000
  return guess
}

/** The day after a business day, by the calendar (no time zone involved). */
export function nextBusinessDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10)
}
