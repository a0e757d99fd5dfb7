import type { BackupService } from '../backups/backup-service'
import { backupsHandlers } from '../backups/backups.handlers'
import { cartHandlers } from '../cart/cart.handlers'
import { catalogHandlers } from '../catalog/catalog.handlers'
import { couponsHandlers } from '../coupons/coupons.handlers'
import { customersHandlers } from '../customers/customers.handlers'
import { filesHandlers } from '../files/files.handlers'
import { ordersHandlers } from '../orders/orders.handlers'
import type { AppContext } from '../core/app-context'
import { printHandlers } from '../print/print.handlers'
import { settingsHandlers } from '../settings/settings.handlers'
import { shiftsHandlers } from '../shifts/shifts.handlers'
import { staffHandlers } from '../staff/staff.handlers'
import type { StaffService } from '../staff/staff-service'
import { statsHandlers } from '../stats/stats.handlers'
import { stockHandlers } from '../stock/stock.handlers'
import { syncHandlers } from '../sync/sync.handlers'
import type { Handlers } from './handler-types'

/** The services startTillpoint started that handlers use, passed in rather than looked up. */
export interface HandlerServices {
  backups: BackupService
  staff: StaffService
}

/** Every contract channel's handler; a channel without one fails to compile here. */
export function createHandlers(app: AppContext, services: HandlerServices): Handlers {
  return {
    ...backupsHandlers(services.backups),
    ...cartHandlers(app),
    ...catalogHandlers(app),
    ...couponsHandlers(app),
    ...customersHandlers(app),
    ...filesHandlers(app),
    ...ordersHandlers(app),
    ...printHandlers(app),
    ...settingsHandlers(app),
    ...shiftsHandlers(app),
    ...staffHandlers(app, services.staff),
    ...statsHandlers(app),
    ...stockHandlers(app),
    ...syncHandlers(app)
  }
}
