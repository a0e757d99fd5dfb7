import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { moveStock, stockMovementOf } from './move-stock'

export function stockHandlers(app: AppContext): HandlerMap<ChannelsOf<'stock'>> {
  return {
    'stock.adjust': (adjustment, call) => runCommand(app, call, (scope) => moveStock(scope, adjustment)),
    'stock.movements': async ({ variantId, before, limit }) => {
      let query = app.db.selectFrom('stock_movements').selectAll().where('variant_id', '=', variantId).orderBy('id', 'desc').limit(limit)
      if (before !== undefined) query = query.where('id', '<', before)
      const rows = await query.execute()
      return rows.map(stockMovementOf)
    }
  }
}
