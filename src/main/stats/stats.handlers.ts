import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { listLowStock } from './low-stock'
import { staffSales } from './staff-sales'
import { ensureStatsCurrent } from './stats-hook'
import { statsOverview } from './stats-overview'
import { readStatusCounts } from './stats-queries'

export function statsHandlers(app: AppContext): HandlerMap<ChannelsOf<'stats'>> {
  return {
    'stats.overview': (input) => statsOverview(app, input),
    'stats.statusCounts': async () => {
      await ensureStatsCurrent(app)
      return readStatusCounts(app.db)
    },
    'stats.lowStock': (input) => listLowStock(app.db, input),
    'stats.byStaff': (input) => staffSales(app, input)
  }
}
