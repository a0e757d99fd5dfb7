import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { businessDay, nextBusinessDay, startOfBusinessDay, zoneOffsetMs } from '../../src/shared/business-day'

/** The wall clock read straight from Intl, one call per instant, to compare the remembered offsets with. */
function wallClock(epochMs: number, timeZone: string): { day: string; offsetMs: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
      .formatToParts(new Date(epochMs))
      .map((part) => [part.type, part.value])
  )
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  return { day: `${parts.year}-${parts.month}-${parts.day}`, offsetMs: wall - Math.floor(epochMs / 1000) * 1000 }
}

// Whole-hour DST, a 30-minute DST (Lord Howe), 45-minute offsets (Kathmandu, Chatham), no DST, the date line.
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'Asia/Tokyo', 'Pacific/Apia', 'UTC']
const from = Date.UTC(2024, 0, 1)
const to = Date.UTC(2027, 0, 1)

describe('the shop’s calendar', () => {
  it('gives the wall clock’s day and offset at any instant, in any zone, whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ZONES), fc.integer({ min: from, max: to }), fc.integer({ min: -3_600_000, max: 3_600_000 })), {
          minLength: 1,
          maxLength: 30
        }),
        (asks) => {
          // Each instant is asked next to a neighbour, so remembered quarter hours are reused across a change of offset.
          for (const [zone, at, step] of asks) {
            for (const instant of [at, at + step]) {
              const expected = wallClock(instant, zone)
              expect(zoneOffsetMs(instant, zone)).toBe(expected.offsetMs)
              expect(businessDay(instant, zone)).toBe(expected.day)
            }
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  it('crosses each change of clocks to the second, even one in the middle of a quarter hour', () => {
    // London: 29 March 2026 01:00 UTC forward, 25 October back, and its move from local mean time
    // (-0:01:15) to GMT in 1847. Lord Howe: 5 April 2026 15:00 UTC back half an hour.
    const changes = [
      ['Europe/London', Date.UTC(2026, 2, 29, 1)],
      ['Europe/London', Date.UTC(2026, 9, 25, 1)],
      ['Europe/London', Date.UTC(1847, 11, 1, 0, 1, 15)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)]
    ] as const
    for (const [zone, change] of changes) {
      expect(wallClock(change - 1000, zone).offsetMs).not.toBe(wallClock(change, zone).offsetMs)
      for (let instant = change - 20 * 60_000; instant <= change + 20 * 60_000; instant += 1000) {
        expect(zoneOffsetMs(instant, zone)).toBe(wallClock(instant, zone).offsetMs)
      }
    }
  })

  it('starts a day at its first instant, even when midnight falls in a gap', () => {
    // Santiago moved its clocks forward at midnight on 7 September 2025: that day starts at 01:00.
    const start = startOfBusinessDay('2025-09-07', 'America/Santiago')
    expect(businessDay(start, 'America/Santiago')).toBe('2025-09-07')
    expect(businessDay(start - 1, 'America/Santiago')).toBe('2025-09-06')
    expect(nextBusinessDay('2025-12-31')).toBe('2026-01-01')
  })
})
