import type { BackupReason } from '../../shared/backups'

const DAY_MS = 24 * 60 * 60 * 1000

export interface RotationPolicy {
  daily: number
  weekly: number
  monthly: number
  preMigrationDays: number
}

export const ROTATION: RotationPolicy = { daily: 7, weekly: 5, monthly: 12, preMigrationDays: 90 }

interface Dated {
  createdAt: number
  reason: BackupReason
}

/**
 * Which backups the rotation keeps: the newest of each of the last 7 days, 5 weeks and 12 months
 * that have one (UTC calendar), plus every pre-migration backup younger than 90 days.
 */
export function backupsToKeep<T extends Dated>(backups: readonly T[], now: number, policy: RotationPolicy = ROTATION): Set<T> {
  const keep = new Set<T>()
  const regular = backups.filter((backup) => backup.reason !== 'pre-migration').sort((a, b) => b.createdAt - a.createdAt)
  for (const [count, bucket] of [
    [policy.daily, dayOf],
    [policy.weekly, weekOf],
    [policy.monthly, monthOf]
  ] as const) {
    const seen = new Set<number>()
    for (const backup of regular) {
      const key = bucket(backup.createdAt)
      if (seen.has(key)) continue
      if (seen.size === count) break
      seen.add(key)
      keep.add(backup)
    }
  }
  for (const backup of backups) {
    if (backup.reason === 'pre-migration' && now - backup.createdAt <= policy.preMigrationDays * DAY_MS) keep.add(backup)
  }
  return keep
}

function dayOf(at: number): number {
  return Math.floor(at / DAY_MS)
}

/** Weeks start on Monday: 1970-01-01 was a Thursday. */
function weekOf(at: number): number {
  return Math.floor((dayOf(at) + 3) / 7)
}

function monthOf(at: number): number {
  const date = new Date(at)
  return date.getUTCFullYear() * 12 + date.getUTCMonth()
}
