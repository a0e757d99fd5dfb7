import type { BadgeTone } from '../../components/Badge'
import { FORWARD_STATUSES, type OrderKind, type OrderStatus, type PaymentState } from '../../../../shared/orders'
import type { PaymentMethod } from '../../../../shared/payments'

type ForwardStatus = (typeof FORWARD_STATUSES)[number]

/** How an order's status, kind and payment read on screen, and in which colour. */
export const STATUS_WORDS: Record<OrderStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'accent' },
  processing: { label: 'Processing', tone: 'accent' },
  shipped: { label: 'Shipped', tone: 'accent' },
  delivered: { label: 'Delivered', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  returned: { label: 'Returned', tone: 'danger' }
}

export const KIND_WORDS: Record<OrderKind, string> = { counter: 'Counter sale', pickup: 'Pickup', delivery: 'Delivery' }

export const PAYMENT_STATE_WORDS: Record<PaymentState, { label: string; tone: BadgeTone }> = {
  unpaid: { label: 'Unpaid', tone: 'danger' },
  partial: { label: 'Part paid', tone: 'warning' },
  paid: { label: 'Paid', tone: 'success' },
  partially_refunded: { label: 'Part refunded', tone: 'warning' },
  refunded: { label: 'Refunded', tone: 'neutral' }
}

export const METHOD_WORDS: Record<PaymentMethod, string> = { cash: 'Cash', card: 'Card', other: 'Other' }

/** The button that moves an order on to a status (the badge then reads STATUS_WORDS). */
export const FORWARD_ACTIONS: Record<ForwardStatus, string> = {
  confirmed: 'Confirm',
  processing: 'Start processing',
  shipped: 'Mark shipped',
  delivered: 'Mark delivered'
}

export function isForwardStatus(status: OrderStatus): status is ForwardStatus {
  return (FORWARD_STATUSES as readonly OrderStatus[]).includes(status)
}
