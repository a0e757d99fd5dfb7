import { businessDay } from '../../shared/business-day'
import type { StatsOverview } from '../../shared/stats'
import type { AppContext } from '../core/app-context'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { ensureStatsCurrent } from './stats-hook'
import { readByDay, readByHour, readPaymentMix, readStatusCounts, readSummary, readTaxByRate, type DayRange } from './stats-queries'
import { topProducts } from './top-products'

export interface OverviewInput {
  from?: string
  to?: string
  top: number
}

/** Every figure of a range (the shop's today when none is given), from the rollups alone. */
export async function statsOverview(app: AppContext, input: OverviewInput): Promise<StatsOverview> {
  await ensureStatsCurrent(app)
  const settings = await readSettings(app.db)
  const today = businessDay(app.clock.now(), settings.timeZone)
  const range: DayRange = input.from !== undefined && input.to !== undefined ? { from: input.from, to: input.to } : { from: today, to: today }
  return readOverview(app.db, range, today, input.top, settings.currency)
}

export async function readOverview(db: Db, range: DayRange, today: string, top: number, currency: string): Promise<StatsOverview> {
  return {
    from: range.from,
    to: range.to,
    today,
    summary: await readSummary(db, range),
    byHour: await readByHour(db, range),
    byDay: await readByDay(db, range),
    paymentMix: await readPaymentMix(db, range),
    topByUnits: await topProducts(db, range, 'units', top),
    topByRevenue: await topProducts(db, range, 'revenue', top),
    topByWeight: await topProducts(db, range, 'weight', top),
    statusCounts: await readStatusCounts(db),
    taxByRate: await readTaxByRate(db, range),
    currency
  }
}
