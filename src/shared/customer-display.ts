import type { Language } from './i18n/languages'
import type { Money } from './money'
import type { PaymentMethod } from './payments'
import type { SoldBy } from './sold-by'

/** The page's address for the customer's window: `index.html#/customer-display`. */
export const CUSTOMER_DISPLAY_HASH = '#/customer-display'

/**
 * What the customer-facing screen shows, computed in main (src/main/display) and pushed in one
 * event. It carries only what a customer may see at the counter: no costs, stock, SKUs, price
 * reasons, staff or customer details.
 */
export type CustomerDisplayState = CustomerDisplayIdle | CustomerDisplaySale | CustomerDisplaySeeCashier | CustomerDisplayOrderPayment | CustomerDisplayPaid

/** The shop as the customer's screen writes it: its name, its money, and the receipt's language. */
export interface CustomerDisplayShop {
  shopName: string
  currency: string
  locale: string
  currencyDigits: number
  /** The shop's receipt language: the customer's screen speaks as the receipt does, not as the cashier's screen. */
  language: Language
}

/** No sale in progress: the shop's name and a welcome. */
export interface CustomerDisplayIdle extends CustomerDisplayShop {
  screen: 'idle'
}

/** A sale being rung up: its lines as they are scanned, newest last, and what it comes to. */
export interface CustomerDisplaySale extends CustomerDisplayShop {
  screen: 'sale'
  lines: CustomerDisplayLine[]
  /** The line added or changed last (null when a line was removed): the screen shows it. */
  latestLineId: number | null
  itemCount: number
  /** Every discount, coupon included: 0 when none. */
  discountTotal: Money
  taxTotal: Money
  /** Tax added on top ('exclusive') or already in the prices ('inclusive'). */
  taxMode: 'inclusive' | 'exclusive'
  total: Money
  /** The payment as the cashier types it in Pay, shown live; null until Pay has a payment that reads. */
  paying: CustomerDisplayPaying | null
}

/**
 * A sale the till cannot price (its amounts are past the till's limit, `Cart.overLimit`): the
 * customer sees no lines and no figures, which would read 0.00, only "please see the cashier".
 */
export interface CustomerDisplaySeeCashier extends CustomerDisplayShop {
  screen: 'seeCashier'
}

/** One payment as the customer sees it: by which method, how much it settles, and (cash) what was handed over. */
export interface CustomerDisplayPayment {
  method: PaymentMethod
  amount: Money
  /** Cash only: what was handed over (null: exactly the cash due). */
  tendered: Money | null
}

/**
 * A payment taken on an order outside Pay (a pickup paid on collection, in Orders): the order's
 * lines, its total, what was paid on it before and what is still due, and the payment as it is typed.
 */
export interface CustomerDisplayOrderPayment extends CustomerDisplayShop {
  screen: 'orderPayment'
  orderNumber: string
  lines: CustomerDisplayLine[]
  total: Money
  paidBefore: Money
  due: Money
  /** The payment as the cashier types it; null until one reads. */
  paying: CustomerDisplayPaying | null
}

/** The payment being typed in Pay: what each method settles, what is still to pay, and the change so far. */
export interface CustomerDisplayPaying {
  payments: CustomerDisplayPayment[]
  remaining: Money
  change: Money
}

export interface CustomerDisplayLine {
  id: number
  name: string
  variantLabel: string
  /** Whole units, or thousandths of `soldBy` on a weighed line. */
  quantity: number
  soldBy: SoldBy
  unitPrice: Money
  /** What the line sells for after its discounts, as prices are shown in the shop. */
  amount: Money
  /** Taken off this line (its own discount, its share of a promotion's, the order's and the coupon's). */
  discount: Money
  /** The quantity promotion that covers the line ("3 for 10.00"), or ''. */
  promotionName: string
}

/** The sale (or the payment on an order) just paid: total, what was handed over and the change, with a thank-you. */
export interface CustomerDisplayPaid extends CustomerDisplayShop {
  screen: 'paid'
  orderNumber: string
  total: Money
  /** What had been paid on the order before these payments (0 for a sale just checked out). */
  paidBefore: Money
  /** The payments just taken. */
  payments: CustomerDisplayPayment[]
  change: Money
  /** What is still due on the order after them (a part payment, a pickup paid later); 0 when paid in full. */
  remaining: Money
}
