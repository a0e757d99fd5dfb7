import {
  cancelOrderSchema,
  exportOrdersSchema,
  orderIdSchema,
  orderListSchema,
  payOrderSchema,
  returnOrderSchema,
  setStatusSchema,
  type ExportResult,
  type OrderChange,
  type OrderDetail,
  type OrderPage,
  type OrderStatus,
  type ReorderResult
} from '../orders'
import { channel, event, returns } from './define'

export const ordersChannels = {
  'orders.list': channel(orderListSchema, returns<OrderPage>(), 'none'),
  'orders.get': channel(orderIdSchema, returns<OrderDetail>(), 'none'),
  'orders.setStatus': channel(setStatusSchema, returns<OrderDetail>(), 'none'),
  /** Cancels, puts the stock back, refunds what was paid and gives a used coupon back. */
  'orders.cancel': channel(cancelOrderSchema, returns<OrderDetail>(), 'orders.cancel'),
  /** Records payments on an order not yet fully paid (a pickup paid on collection). */
  'orders.pay': channel(payOrderSchema, returns<OrderDetail>(), 'none'),
  /** Returns chosen quantities, refunds them, restocks what is not damaged; the order becomes returned. */
  'orders.return': channel(returnOrderSchema, returns<OrderDetail>(), 'orders.refund'),
  /** Fills the empty active cart with the order's lines at today's prices. */
  'orders.reorder': channel(orderIdSchema, returns<ReorderResult>(), 'none'),
  /** Streams the filtered list, newest first, to a CSV file and answers how many orders it holds. */
  'orders.exportCsv': channel(exportOrdersSchema, returns<ExportResult>(), 'orders.export')
}

export const ordersEvents = {
  /** Every change to an order, in the transaction that made it; the sync outbox is built on this. */
  'order.changed': event<{ orderId: number; change: OrderChange; status: OrderStatus }>(),
  /** An `orders.exportCsv` to this path has written this many orders so far (sent after each page). */
  'orders.exportProgress': event<{ path: string; rows: number }>()
}
