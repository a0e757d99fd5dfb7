import { businessDay, startOfBusinessDay } from '../../shared/business-day'

const DAY_MS = 24 * 60 * 60 * 1000
/** How long past its time a daily backup may be missing before the nav foot warns. */
export const OVERDUE_GRACE_MS = 60 * 60 * 1000

/** The latest instant at or before `now` when the shop's clock read `dailyAt` ("HH:MM"). */
export function lastDailyTime(now: number, dailyAt: string, timeZone: string): number {
  const [hours, minutes] = dailyAt.split(':').map(Number) as [number, number]
  const offset = (hours * 60 + minutes) * 60 * 1000
  const today = startOfBusinessDay(businessDay(now, timeZone), timeZone) + offset
  return today <= now ? today : startOfBusinessDay(businessDay(now - DAY_MS, timeZone), timeZone) + offset
}

/** A daily backup is due when none was taken since the last daily time. */
export function dailyBackupDue(now: number, lastGoodAt: number | null, dailyAt: string | null, timeZone: string): boolean {
  if (dailyAt === null) return false
  return lastGoodAt === null || lastGoodAt < lastDailyTime(now, dailyAt, timeZone)
}

/**
 * The rule the nav foot checks: with a daily time, a backup since the last one (an hour's grace);
 * without one, a backup within the last day and an hour.
 */
export function backupOverdue(now: number, lastGoodAt: number | null, dailyAt: string | null, timeZone: string): boolean {
  if (lastGoodAt === null) return true
  if (dailyAt === null) return now - lastGoodAt > DAY_MS + OVERDUE_GRACE_MS
  const due = lastDailyTime(now, dailyAt, timeZone)
  return lastGoodAt < due && now - due > OVERDUE_GRACE_MS
}
