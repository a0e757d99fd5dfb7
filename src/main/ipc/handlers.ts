import { backupsHandlers } from '../backups/backups.handlers'
import { startupHandlers } from '../backups/startup.handlers'
import { cartHandlers } from '../cart/cart.handlers'
import { catalogHandlers } from '../catalog/catalog.handlers'
import { couponsHandlers } from '../coupons/coupons.handlers'
import { promotionsHandlers } from '../promotions/promotions.handlers'
import { customersHandlers } from '../customers/customers.handlers'
import { displayHandlers } from '../display/display.handlers'
import { filesHandlers } from '../files/files.handlers'
import { ordersHandlers } from '../orders/orders.handlers'
import type { AppContext } from '../core/app-context'
import type { TillpointServices } from '../services'
import { printHandlers } from '../print/print.handlers'
import { settingsHandlers } from '../settings/settings.handlers'
import { shiftsHandlers } from '../shifts/shifts.handlers'
import { staffHandlers } from '../staff/staff.handlers'
import { statsHandlers } from '../stats/stats.handlers'
import { stockHandlers } from '../stock/stock.handlers'
import { syncHandlers } from '../sync/sync.handlers'
import { updatesHandlers } from '../updates/updates.handlers'
import type { Handlers } from './handler-types'
import { journalHandlers } from '../journal/journal.handlers'

/** Every contract channel's handler; a channel without one fails to compile here. */
export function createHandlers(app: AppContext, services: TillpointServices): Handlers {
  return {
    ...backupsHandlers(services.backups, services.storage),
    ...cartHandlers(app),
    ...catalogHandlers(app),
    ...couponsHandlers(app),
    ...promotionsHandlers(app),
    ...customersHandlers(app),
    ...displayHandlers(services.display),
    ...filesHandlers(services.savePaths),
    ...journalHandlers(services.journal),
    ...ordersHandlers(app, services.savePaths),
    ...printHandlers(app, services.printing, services.savePaths),
    ...settingsHandlers(app),
    ...shiftsHandlers(app, services.printing, services.savePaths),
    ...staffHandlers(app, services.staff),
    ...startupHandlers(),
    ...statsHandlers(app),
    ...stockHandlers(app),
    ...syncHandlers(app, services.sync),
    ...updatesHandlers(services.updates)
  }
}
