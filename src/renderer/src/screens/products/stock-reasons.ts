import { isWeighed, type SoldBy } from '../../../../shared/sold-by'
import type { AdjustmentReason, StockReason } from '../../../../shared/stock'
import { t } from '../../i18n/i18n'
import { unitLabel } from '../../lib/weight'

/** Each manual reason, and what the number the shopkeeper types means for it. */
export const REASONS: ReadonlyArray<{ value: AdjustmentReason; quantity: 'in' | 'out' | 'count' | 'change' }> = [
  { value: 'received', quantity: 'in' },
  { value: 'count', quantity: 'count' },
  { value: 'damaged', quantity: 'out' },
  { value: 'lost', quantity: 'out' },
  { value: 'returned_to_supplier', quantity: 'out' },
  { value: 'other', quantity: 'change' }
]

/** A movement's reason in the screen language: a manual one, or what the till did itself (sold, imported). */
export function reasonLabel(reason: StockReason): string {
  return t(`products.stock.reason.${reason}`)
}

/** The label of the quantity field for a manual reason: "Units received", or "kg received" for a weighed product. */
export function reasonField(reason: AdjustmentReason, soldBy: SoldBy): string {
  if (isWeighed(soldBy)) return t(`counter.weight.stockField.${reason}`, { unit: unitLabel(soldBy) })
  return t(`products.stock.field.${reason}`)
}
