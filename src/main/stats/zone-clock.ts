import { zoneOffsetMs } from '../../shared/business-day'

/**
 * Wall-clock hours in the shop's zone. The hour of a sale is the hour on the shop's clock, so on a
 * day the clocks go back, 01:00-02:00 happens twice and both fall in hour 1.
 */
export function localHour(epochMs: number, timeZone: string): number {
  return wallHour(epochMs, zoneOffsetMs(epochMs, timeZone))
}

/** The hour of the wall clock that is `offsetMs` ahead of UTC; also written in SQL by the rebuild. */
export function wallHour(epochMs: number, offsetMs: number): number {
  return Math.floor((epochMs + offsetMs) / 3_600_000) % 24
}

export interface OffsetSpan {
  /** First instant the offset is in force. */
  fromMs: number
  offsetMs: number
}

const DAY_MS = 86_400_000

/**
 * The zone's offsets between two instants, as spans starting where each comes into force: a day's
 * step finds each change of offset, a bisection pins it to the millisecond. Zones change offset at most a
 * few times a year, so two years give a handful of spans.
 */
export function offsetSpans(fromMs: number, toMs: number, timeZone: string): OffsetSpan[] {
  const spans: OffsetSpan[] = [{ fromMs, offsetMs: zoneOffsetMs(fromMs, timeZone) }]
  let previous = fromMs
  for (let at = fromMs + DAY_MS; previous < toMs; at += DAY_MS) {
    const probe = Math.min(at, toMs)
    const offset = zoneOffsetMs(probe, timeZone)
    let current = spans[spans.length - 1]!
    if (offset !== current.offsetMs) {
      let low = previous
      let high = probe
      while (high - low > 1) {
        const middle = low + Math.floor((high - low) / 2)
        if (zoneOffsetMs(middle, timeZone) === current.offsetMs) low = middle
        else high = middle
      }
      current = { fromMs: high, offsetMs: zoneOffsetMs(high, timeZone) }
      spans.push(current)
      if (current.offsetMs !== offset) spans.push({ fromMs: probe, offsetMs: offset })
    }
    previous = probe
  }
  return spans
}
