import type { OrderFilter, OrderSummary } from '../../../../shared/orders'

/** The list's filter as the screen holds it: every field optional, text as typed. */
export type OrdersFilter = Omit<OrderFilter, 'customerId'>

/** Orders come newest first: by creation time, then id. */
export function newerThan(a: Pick<OrderSummary, 'createdAt' | 'id'>, b: Pick<OrderSummary, 'createdAt' | 'id'>): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id)
}

/**
 * Whether an order belongs in the filtered list, judged on what an order.changed can change:
 * status and payment. Text is matched by the main process only; an order already shown for a
 * search keeps its place, since a status change does not change its words.
 */
export function matchesFilter(order: OrderSummary, filter: OrdersFilter): boolean {
  if (filter.status && order.status !== filter.status) return false
  if (filter.kind && order.kind !== filter.kind) return false
  if (filter.paymentState && order.paymentState !== filter.paymentState) return false
  if (filter.staffId && order.createdBy !== filter.staffId) return false
  if (filter.from && order.businessDay < filter.from) return false
  if (filter.to && order.businessDay > filter.to) return false
  return true
}

/** What the main process is asked for: empty fields left out. */
export function filterForQuery(filter: OrdersFilter): OrderFilter {
  const text = filter.text?.trim()
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.paymentState ? { paymentState: filter.paymentState } : {}),
    ...(filter.staffId ? { staffId: filter.staffId } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(text ? { text } : {})
  }
}
