import type { AdjustmentReason, StockReason } from '../../../../shared/stock'

/** Each manual reason, and what the number the shopkeeper types means for it. */
export const REASONS: ReadonlyArray<{ value: AdjustmentReason; label: string; field: string; quantity: 'in' | 'out' | 'count' | 'change' }> = [
  { value: 'received', label: 'Delivery received', field: 'Units received', quantity: 'in' },
  { value: 'count', label: 'Shelf count', field: 'Units counted on the shelf', quantity: 'count' },
  { value: 'damaged', label: 'Damaged', field: 'Units damaged', quantity: 'out' },
  { value: 'lost', label: 'Lost or stolen', field: 'Units lost', quantity: 'out' },
  { value: 'returned_to_supplier', label: 'Returned to supplier', field: 'Units returned', quantity: 'out' },
  { value: 'other', label: 'Other', field: 'Change (+ or −)', quantity: 'change' }
]

const SYSTEM_REASONS: Record<Exclude<StockReason, AdjustmentReason>, string> = {
  initial: 'Opening stock',
  import: 'Imported',
  sale: 'Sold',
  cancel: 'Order cancelled',
  return: 'Returned by customer',
  expired: 'Unpaid order expired'
}

export function reasonLabel(reason: StockReason): string {
  return REASONS.find((entry) => entry.value === reason)?.label ?? SYSTEM_REASONS[reason as keyof typeof SYSTEM_REASONS] ?? reason
}
