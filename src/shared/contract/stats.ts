import {
  lowStockQuerySchema,
  staffSalesRangeSchema,
  statsRangeSchema,
  type LowStockPage,
  type StaffSalesReport,
  type StatsOverview,
  type StatusCounts
} from '../stats'
import { channel, returns } from './define'
import { noInput } from './settings'

export const statsChannels = {
  /** Every figure of a range of shop-local days (today when no range is given), read from the daily rollups. */
  'stats.overview': channel(statsRangeSchema, returns<StatsOverview>(), 'stats.view'),
  /** Orders in each status now. */
  'stats.statusCounts': channel(noInput, returns<StatusCounts>(), 'stats.view'),
  /** Variants on sale whose stock is at or under their low-stock threshold (a threshold of 0 means not watched). */
  'stats.lowStock': channel(lowStockQuerySchema, returns<LowStockPage>(), 'stats.view'),
  /** Sales, cancels, payments, returns and refunds per staff member over a range of days (today when none is given). */
  'stats.byStaff': channel(staffSalesRangeSchema, returns<StaffSalesReport>(), 'stats.view')
}

/** Stats announce nothing of their own: screens listen to order.changed and stock.changed. */
export const statsEvents = {}
