import { describe, expect, it } from 'vitest'
import { formatWait, formatWhen } from './when'

const MONDAY_0900_UTC = Date.UTC(2026, 2, 2, 9, 0, 0)

describe('formatWhen', () => {
  it('shows only the time for a moment earlier the same day in the shop', () => {
    expect(formatWhen(Date.UTC(2026, 2, 2, 8, 14), MONDAY_0900_UTC, { locale: 'en-GB', timeZone: 'UTC' })).toBe('08:14')
    expect(formatWhen(Date.UTC(2026, 2, 2, 8, 14), MONDAY_0900_UTC, { locale: 'en-US', timeZone: 'UTC' })).toBe('8:14 AM')
  })

  it('adds the date for another day, where "today" is the shop’s own day', () => {
    expect(formatWhen(Date.UTC(2026, 2, 1, 22, 5), MONDAY_0900_UTC, { locale: 'en-GB', timeZone: 'UTC' })).toBe('1 Mar, 22:05')
    // 22:05 UTC on Sunday is already Monday in Tokyo, the same day as 09:00 UTC Monday (18:00 there).
    expect(formatWhen(Date.UTC(2026, 2, 1, 22, 5), MONDAY_0900_UTC, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('07:05')
  })
})

describe('formatWait', () => {
  it.each([
    [0, 'in 1 sec.'],
    [1_200, 'in 2 sec.'],
    [59_000, 'in 59 sec.'],
    [61_000, 'in 2 min.'],
    [3_540_000, 'in 59 min.'],
    [3_600_000, 'in 1 hr.'],
    [3_700_000, 'in 2 hr.']
  ])('%i ms reads %s', (ms, words) => {
    expect(formatWait(ms, 'en')).toBe(words)
  })

  it('reads in the screen language', () => {
    expect(formatWait(61_000, 'de')).toBe('in 2 Min.')
  })
})
