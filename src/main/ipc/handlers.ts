import { catalogHandlers } from '../catalog/catalog.handlers'
import type { AppContext } from '../core/app-context'
import { printHandlers } from '../print/print.handlers'
import { settingsHandlers } from '../settings/settings.handlers'
import { stockHandlers } from '../stock/stock.handlers'
import type { Handlers } from './handler-types'
import { syncHandlers } from '../sync/sync.handlers'

/** Every contract channel's handler; a channel without one fails to compile here. */
export function createHandlers(app: AppContext): Handlers {
  return {
    ...catalogHandlers(app),
    ...printHandlers(app),
    ...settingsHandlers(app),
    ...stockHandlers(app),
    ...syncHandlers(app)
  }
}
