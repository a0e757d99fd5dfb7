import {
  addLineSchema,
  addOpenLineSchema,
  addScaleLabelSchema,
  addWeighedLineSchema,
  linePriceSchema,
  applyCouponSchema,
  attachCustomerSchema,
  cartIdSchema,
  cartNoteSchema,
  lineDiscountSchema,
  lineRefSchema,
  orderDiscountSchema,
  parkCartSchema,
  parkedCartsSchema,
  scanCodeSchema,
  setQuantitySchema,
  type Cart,
  type ScanOutcome,
  type ParkedCartPage
} from '../cart'
import { checkoutSchema, type OrderDetail } from '../orders'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const cartChannels = {
  /** The till's active cart, created empty when there is none. */
  'cart.current': channel(noInput, returns<Cart>(), 'none'),
  'cart.get': channel(cartIdSchema, returns<Cart>(), 'none'),
  'cart.parked': channel(parkedCartsSchema, returns<ParkedCartPage>(), 'none'),
  /** Adding a variant already in the cart adds to that line's quantity. */
  'cart.addLine': channel(addLineSchema, returns<Cart>(), 'none'),
  /** A price typed at the till (the Misc key, "Sell at a price"): a line of its own that moves no stock. */
  'cart.addOpenLine': channel(addOpenLineSchema, returns<Cart>(), 'none'),
  /** A weight typed for a product sold by weight (thousandths of its unit): a line of its own. */
  'cart.addWeighedLine': channel(addWeighedLineSchema, returns<Cart>(), 'none'),
  /** An EAN-13 scale label, read with the shop's layout (Settings → Counter): a line of its own. */
  'cart.addScaleLabel': channel(addScaleLabelSchema, returns<Cart>(), 'none'),
  /**
   * A scanner's code found and sold in one transaction: a scale label, else a barcode or SKU added
   * as cart.addLine adds; a product needing a typed price or weight, or an unknown code, writes nothing.
   */
  'cart.scan': channel(scanCodeSchema, returns<ScanOutcome>(), 'none'),
  /** A line's price changed by hand with a reason, kept on the order; null goes back to the catalog price. */
  'cart.setLinePrice': channel(linePriceSchema, returns<Cart>(), 'cart.overridePrice'),
  'cart.setQuantity': channel(setQuantitySchema, returns<Cart>(), 'none'),
  'cart.removeLine': channel(lineRefSchema, returns<Cart>(), 'none'),
  'cart.setLineDiscount': channel(lineDiscountSchema, returns<Cart>(), 'none'),
  'cart.setOrderDiscount': channel(orderDiscountSchema, returns<Cart>(), 'none'),
  'cart.applyCoupon': channel(applyCouponSchema, returns<Cart>(), 'none'),
  'cart.removeCoupon': channel(cartIdSchema, returns<Cart>(), 'none'),
  'cart.attachCustomer': channel(attachCustomerSchema, returns<Cart>(), 'none'),
  'cart.detachCustomer': channel(cartIdSchema, returns<Cart>(), 'none'),
  'cart.setNote': channel(cartNoteSchema, returns<Cart>(), 'none'),
  /** Sets the cart aside under a label; the next `cart.current` starts a new one. */
  'cart.park': channel(parkCartSchema, returns<Cart>(), 'none'),
  /** Makes a parked cart the active one; refused while the active cart has lines. */
  'cart.resume': channel(cartIdSchema, returns<Cart>(), 'none'),
  'cart.discard': channel(cartIdSchema, returns<{ cartId: number }>(), 'none'),
  /** One transaction: stock, order, payments, number, coupon use, first events; the cart is removed. */
  'cart.checkout': channel(checkoutSchema, returns<OrderDetail>(), 'none')
}

export const cartEvents = {
  /** The cart changed or is gone (checked out, discarded): read it again or read `cart.current`. */
  'cart.changed': event<{ cartId: number }>()
}
