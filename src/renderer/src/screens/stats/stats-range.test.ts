import { describe, expect, it } from 'vitest'
import { addDays, rangeLabel, rangeProblem, resolveRange } from './stats-range'

describe('the stats range picker', () => {
  it('counts presets back from the shop’s today, today included', () => {
    expect(resolveRange({ kind: 'today' }, '2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-03-02' })
    expect(resolveRange({ kind: 'last', days: 7 }, '2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' })
    expect(resolveRange({ kind: 'last', days: 30 }, '2026-03-02')).toEqual({ from: '2026-02-01', to: '2026-03-02' })
    expect(resolveRange({ kind: 'last', days: 365 }, '2024-12-31')).toEqual({ from: '2024-01-02', to: '2024-12-31' })
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
  })

  it('says what is wrong with a custom range before it is asked for', () => {
    expect(rangeProblem('2026-03-01', '2026-03-31')).toBeNull()
    expect(rangeProblem('2026-03-02', '2026-03-01')).toMatch(/cannot come before/)
    expect(rangeProblem('2024-01-01', '2025-01-01')).toMatch(/at most 366 days/)
    expect(rangeProblem('', '2026-03-01')).toMatch(/Pick/)
  })

  it('names the range as a shopkeeper reads it', () => {
    expect(rangeLabel({ kind: 'today' }, { from: '2026-03-02', to: '2026-03-02' }, 'en-GB')).toBe('Today')
    expect(rangeLabel({ kind: 'last', days: 30 }, { from: '2026-02-01', to: '2026-03-02' }, 'en-GB')).toBe('Last 30 days')
    expect(rangeLabel({ kind: 'custom', from: '2026-03-01', to: '2026-03-15' }, { from: '2026-03-01', to: '2026-03-15' }, 'en-GB')).toBe(
      '1 Mar 2026 – 15 Mar 2026'
    )
  })
})
