import type { BadgeTone } from '../../components/Badge'
import { FORWARD_STATUSES, type OrderKind, type OrderStatus, type PaymentState } from '../../../../shared/orders'
import type { PaymentMethod } from '../../../../shared/payments'
import { t } from '../../i18n/i18n'

type ForwardStatus = (typeof FORWARD_STATUSES)[number]

/** How an order's status, kind and payment read on screen, and in which colour. */
export const STATUS_WORDS: Record<OrderStatus, { label: string; tone: BadgeTone }> = {
  pending: {
    get label() {
      return t('orders.pending')
    },
    tone: 'warning'
  },
  confirmed: {
    get label() {
      return t('orders.confirmed')
    },
    tone: 'accent'
  },
  processing: {
    get label() {
      return t('orders.processing')
    },
    tone: 'accent'
  },
  shipped: {
    get label() {
      return t('orders.shipped')
    },
    tone: 'accent'
  },
  delivered: {
    get label() {
      return t('orders.delivered')
    },
    tone: 'success'
  },
  cancelled: {
    get label() {
      return t('orders.cancelled')
    },
    tone: 'neutral'
  },
  returned: {
    get label() {
      return t('orders.returned')
    },
    tone: 'danger'
  }
}

export const KIND_WORDS: Record<OrderKind, string> = {
  get counter() {
    return t('orders.counterSale')
  },
  get pickup() {
    return t('orders.pickup')
  },
  get delivery() {
    return t('orders.delivery')
  }
}

export const PAYMENT_STATE_WORDS: Record<PaymentState, { label: string; tone: BadgeTone }> = {
  unpaid: {
    get label() {
      return t('orders.unpaid')
    },
    tone: 'danger'
  },
  partial: {
    get label() {
      return t('orders.partPaid')
    },
    tone: 'warning'
  },
  paid: {
    get label() {
      return t('orders.paid')
    },
    tone: 'success'
  },
  partially_refunded: {
    get label() {
      return t('orders.partRefunded')
    },
    tone: 'warning'
  },
  refunded: {
    get label() {
      return t('orders.refunded')
    },
    tone: 'neutral'
  }
}

export const METHOD_WORDS: Record<PaymentMethod, string> = {
  get cash() {
    return t('orders.cash')
  },
  get card() {
    return t('orders.card')
  },
  get other() {
    return t('orders.other')
  }
}

/** The button that moves an order on to a status (the badge then reads STATUS_WORDS). */
export const FORWARD_ACTIONS: Record<ForwardStatus, string> = {
  get confirmed() {
    return t('orders.confirm')
  },
  get processing() {
    return t('orders.startProcessing')
  },
  get shipped() {
    return t('orders.markShipped')
  },
  get delivered() {
    return t('orders.markDelivered')
  }
}

export function isForwardStatus(status: OrderStatus): status is ForwardStatus {
  return (FORWARD_STATUSES as readonly OrderStatus[]).includes(status)
}
