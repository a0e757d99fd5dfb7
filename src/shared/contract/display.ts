import { cartIdSchema } from '../cart'
import { orderIdSchema } from '../orders'
import type { CustomerDisplayState } from '../customer-display'
import { paymentListSchema } from '../payments'
import { channel, event, returns } from './define'
import { noInput } from './settings'

/** The payments typed in Pay so far (only those that read); an empty list when Pay closes or pays later. */
export const displayPayingSchema = cartIdSchema.extend({ payments: paymentListSchema }).strict()

/** The payments typed so far for an order outside Pay (Orders' take payment); an empty list when the dialog closes. */
export const displayOrderPayingSchema = orderIdSchema.extend({ payments: paymentListSchema }).strict()

export const displayChannels = {
  /**
   * What the customer display shows now, read once as its window opens. 'lock-screen': the
   * customer's window never has a staff session, and it carries only what the customer sees anyway.
   */
  'display.current': channel(noInput, returns<CustomerDisplayState>(), 'lock-screen'),
  /**
   * The cashier's Pay dialog, as it is typed: the customer's screen shows what each method settles,
   * what was handed over and the change. 'none' as `cart.checkout` (any unlocked till window; never
   * the customer's window once a PIN exists). `shown`: false when there is no customer display, or
   * when the cart is no longer the sale on it (a late call after the checkout changes nothing).
   */
  'display.paying': channel(displayPayingSchema, returns<{ shown: boolean }>(), 'none'),
  /**
   * Orders' take payment (a pickup paid on collection), as it is typed: the order, what is due on
   * it and the payment, shown over the sale until it is taken (the paid screen) or the dialog
   * closes. 'none' as `orders.pay`. `shown`: false when there is no customer display or the order
   * takes no payment; NOT_FOUND for an unknown order.
   */
  'display.orderPaying': channel(displayOrderPayingSchema, returns<{ shown: boolean }>(), 'none')
}

export const displayEvents = {
  /** The customer display's whole state, computed in main: the screen draws it as it is. */
  'display.changed': event<{ state: CustomerDisplayState }>()
}
