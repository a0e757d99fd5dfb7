import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { checkout } from '../orders/checkout'
import { applyCoupon, attachCustomer, detachCustomer, removeCoupon, setCartNote, setOrderDiscount } from './cart-adjustments'
import { changeCart, changeCartDetails, readCart } from './cart-commands'
import { discountWithinLimit } from './discount-limit'
import { addOpenLine, addScaleLabel, addWeighedLine } from './cart-special-lines'
import { priceCutWithinLimit, setLinePrice } from './price-override'
import { readSettings } from '../settings/settings-store'
import { sellBelowStockAllowedBy } from './sell-below-stock'
import { addCartLine, removeCartLine, setCartLineDiscount, setCartLineQuantity } from './cart-lines'
import { scanIntoCart } from './cart-scan'
import { currentCart, discardCart, listParkedCarts, parkCart, resumeCart } from './cart-lifecycle'

export function cartHandlers(app: AppContext): HandlerMap<ChannelsOf<'cart'>> {
  return {
    'cart.current': (_input, call) => runCommand(app, call, currentCart),
    'cart.get': ({ cartId }) => readCart(app.db, cartId, app.clock.now()),
    'cart.parked': (input) => listParkedCarts(app.db, app.clock.now(), input),
    'cart.addLine': ({ cartId, variantId, quantity }, call) => changeCart(app, call, cartId, (scope) => addCartLine(scope, cartId, variantId, quantity)),
    'cart.addOpenLine': (input, call) =>
      changeCart(app, call, input.cartId, async (scope) => addOpenLine(scope, await readSettings(scope.trx), input.cartId, input)),
    'cart.addWeighedLine': ({ cartId, variantId, quantity }, call) =>
      changeCart(app, call, cartId, (scope) => addWeighedLine(scope, cartId, variantId, quantity)),
    'cart.addScaleLabel': ({ cartId, code }, call) =>
      changeCart(app, call, cartId, async (scope) => addScaleLabel(scope, await readSettings(scope.trx), cartId, code)),
    'cart.scan': (input, call) => runCommand(app, call, (scope) => scanIntoCart(scope, input)),
    'cart.setLinePrice': ({ cartId, lineId, override }, call) =>
      changeCart(app, call, cartId, (scope) => setLinePrice(scope, cartId, lineId, override), priceCutWithinLimit(call, lineId)),
    'cart.setQuantity': ({ cartId, lineId, quantity }, call) => changeCart(app, call, cartId, (scope) => setCartLineQuantity(scope, cartId, lineId, quantity)),
    'cart.removeLine': ({ cartId, lineId }, call) => changeCart(app, call, cartId, (scope) => removeCartLine(scope, cartId, lineId)),
    'cart.setLineDiscount': ({ cartId, lineId, discount }, call) =>
      changeCart(app, call, cartId, (scope) => setCartLineDiscount(scope, cartId, lineId, discount), discountWithinLimit(call, lineId)),
    'cart.setOrderDiscount': ({ cartId, discount }, call) =>
      changeCart(app, call, cartId, (scope) => setOrderDiscount(scope, cartId, discount), discountWithinLimit(call)),
    'cart.applyCoupon': ({ cartId, code }, call) => changeCart(app, call, cartId, (scope) => applyCoupon(scope, cartId, code)),
    'cart.removeCoupon': ({ cartId }, call) => changeCart(app, call, cartId, (scope) => removeCoupon(scope, cartId)),
    'cart.attachCustomer': (input, call) => changeCartDetails(app, call, input.cartId, (scope) => attachCustomer(scope, input.cartId, input)),
    'cart.detachCustomer': ({ cartId }, call) => changeCartDetails(app, call, cartId, (scope) => detachCustomer(scope, cartId)),
    'cart.setNote': ({ cartId, note }, call) => changeCartDetails(app, call, cartId, (scope) => setCartNote(scope, cartId, note)),
    'cart.park': ({ cartId, label }, call) => changeCartDetails(app, call, cartId, (scope) => parkCart(scope, cartId, label)),
    'cart.resume': ({ cartId }, call) => changeCartDetails(app, call, cartId, (scope) => resumeCart(scope, cartId)),
    'cart.discard': ({ cartId }, call) => runCommand(app, call, (scope) => discardCart(scope, cartId)),
    'cart.checkout': (input, call) => checkout(app, call, input, input.sellBelowStock ? sellBelowStockAllowedBy(call) : undefined)
  }
}
