import type { AdjustmentReason, StockReason } from '../../../../shared/stock'
import { t } from '../../i18n/i18n'

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

/** The label of the quantity field for a manual reason ("Units received"). */
export function reasonField(reason: AdjustmentReason): string {
  return t(`products.stock.field.${reason}`)
}
