import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_REASONS } from '../../src/shared/backups'
import { backupsToKeep, ROTATION } from '../../src/main/backups/rotation'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 2, 2, 12)

const backup = fc.record({ createdAt: fc.integer({ min: NOW - 800 * DAY, max: NOW }), reason: fc.constantFrom(...BACKUP_REASONS) })

describe('backup rotation', () => {
  it('keeps one a day for the last 7 days that have one, one a week for 5 weeks, one a month for 12', () => {
    const daily = Array.from({ length: 400 }, (_, day) => ({ createdAt: NOW - day * DAY, reason: 'scheduled' as const }))
    const kept = [...backupsToKeep(daily, NOW)].map((entry) => Math.round((NOW - entry.createdAt) / DAY)).sort((a, b) => a - b)
    // days 0-6; Mondays-led weeks: 2026-03-02 is a Monday, so the newest of each earlier week is a Sunday (1, 8, 15, 22);
    // months: the newest day of each of the 12 months from March 2026 back
    expect(kept.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(kept).toContain(8)
    expect(kept).toContain(15)
    expect(kept).toContain(22)
    expect(kept).toContain(30) // 31 January, the newest of its month
    expect(kept).toContain(61)
    expect(kept.length).toBeLessThanOrEqual(ROTATION.daily + ROTATION.weekly + ROTATION.monthly)
    expect(Math.max(...kept)).toBeLessThan(366)
  })

  it('keeps every pre-migration backup younger than 90 days, and only those', () => {
    fc.assert(
      fc.property(fc.array(backup, { maxLength: 60 }), (backups) => {
        const kept = backupsToKeep(backups, NOW)
        for (const entry of backups) {
          if (entry.reason === 'pre-migration') expect(kept.has(entry)).toBe(NOW - entry.createdAt <= 90 * DAY)
        }
      })
    )
  })

  it('always keeps the newest regular backup, never more than 24, and keeps what it kept when nothing new came', () => {
    fc.assert(
      fc.property(fc.array(backup, { maxLength: 80 }), (backups) => {
        const regular = backups.filter((entry) => entry.reason !== 'pre-migration')
        const kept = backupsToKeep(backups, NOW)
        const keptRegular = regular.filter((entry) => kept.has(entry))
        expect(keptRegular.length).toBeLessThanOrEqual(ROTATION.daily + ROTATION.weekly + ROTATION.monthly)
        const newest = regular.reduce<(typeof regular)[number] | null>((best, entry) => (best && best.createdAt >= entry.createdAt ? best : entry), null)
        if (newest) expect(kept.has(newest)).toBe(true)
        // rotation is stable: running it again on what it kept deletes nothing more
        const again = backupsToKeep([...kept], NOW)
        expect(again.size).toBe(kept.size)
      })
    )
  })
})
