import { stockAdjustmentSchema, stockMovementsQuerySchema, type StockMovement } from '../stock'
import { channel, event, returns } from './define'

export const stockChannels = {
  'stock.adjust': channel(stockAdjustmentSchema, returns<StockMovement>(), 'stock.adjust'),
  'stock.movements': channel(stockMovementsQuerySchema, returns<StockMovement[]>(), 'none')
}

export const stockEvents = {
  /** Stock of these variants changed (sale, cancel, return, adjustment, import). */
  'stock.changed': event<{ variantIds: number[] }>()
}
