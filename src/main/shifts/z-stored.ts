import type { PersonStamp, ZReport } from '../../shared/shifts'

/**
 * A Z report as stored in z_reports.report and sent in shift.changed: its times in ISO 8601 (as
 * every time on the wire), its counted notes and coins as objects. Written once at close.
 */
export type StoredZReport = Omit<ZReport, 'openedAt' | 'closedAt' | 'counted' | 'counts' | 'closeApprovedBy'> & {
  openedAt: string
  closedAt: string
  counted: { total: number; denominations: Array<{ value: number; quantity: number }> }
  counts: Array<Omit<ZReport['counts'][number], 'at' | 'approvedBy'> & { at: string; approvedBy?: PersonStamp | null }>
  /** Absent from a Z closed before migration 0019 recorded approvers: read as null. */
  closeApprovedBy?: PersonStamp | null
}

const iso = (epochMs: number): string => new Date(epochMs).toISOString()

export function storedZReport(z: ZReport): StoredZReport {
  return {
    ...z,
    openedAt: iso(z.openedAt),
    closedAt: iso(z.closedAt),
    counted: { total: z.counted.total, denominations: z.counted.denominations.map(([value, quantity]) => ({ value, quantity })) },
    counts: z.counts.map((count) => ({ ...count, at: iso(count.at) }))
  }
}

export function zReportFromStored(stored: StoredZReport): ZReport {
  return {
    ...stored,
    openedAt: Date.parse(stored.openedAt),
    closedAt: Date.parse(stored.closedAt),
    closeApprovedBy: stored.closeApprovedBy ?? null,
    counted: { total: stored.counted.total, denominations: stored.counted.denominations.map(({ value, quantity }) => [value, quantity]) },
    counts: stored.counts.map((count) => ({ ...count, approvedBy: count.approvedBy ?? null, at: Date.parse(count.at) }))
  }
}
