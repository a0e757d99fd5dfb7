import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { checkout } from '../orders/checkout'
import { applyCoupon, attachCustomer, detachCustomer, removeCoupon, setCartNote, setOrderDiscount } from './cart-adjustments'
import { changeCart, readCart } from './cart-commands'
import { addCartLine, removeCartLine, setCartLineDiscount, setCartLineQuantity } from './cart-lines'
import { currentCart, discardCart, listParkedCarts, parkCart, resumeCart } from './cart-lifecycle'

export function cartHandlers(app: AppContext): HandlerMap<ChannelsOf<'cart'>> {
  return {
    'cart.current': (_input, { actor }) => runCommand(app, actor, currentCart),
    'cart.get': ({ cartId }) => readCart(app.db, cartId, app.clock.now()),
    'cart.parked': (input) => listParkedCarts(app.db, app.clock.now(), input),
    'cart.addLine': ({ cartId, variantId, quantity }, { actor }) =>
      changeCart(app, actor, cartId, (scope) => addCartLine(scope, cartId, variantId, quantity)),
    'cart.setQuantity': ({ cartId, lineId, quantity }, { actor }) =>
      changeCart(app, actor, cartId, (scope) => setCartLineQuantity(scope, cartId, lineId, quantity)),
    'cart.removeLine': ({ cartId, lineId }, { actor }) => changeCart(app, actor, cartId, (scope) => removeCartLine(scope, cartId, lineId)),
    'cart.setLineDiscount': ({ cartId, lineId, discount }, { actor }) =>
      changeCart(app, actor, cartId, (scope) => setCartLineDiscount(scope, cartId, lineId, discount)),
    'cart.setOrderDiscount': ({ cartId, discount }, { actor }) =>
      changeCart(app, actor, cartId, (scope) => setOrderDiscount(scope, cartId, discount)),
    'cart.applyCoupon': ({ cartId, code }, { actor }) => changeCart(app, actor, cartId, (scope) => applyCoupon(scope, cartId, code)),
    'cart.removeCoupon': ({ cartId }, { actor }) => changeCart(app, actor, cartId, (scope) => removeCoupon(scope, cartId)),
    'cart.attachCustomer': (input, { actor }) => changeCart(app, actor, input.cartId, (scope) => attachCustomer(scope, input.cartId, input)),
    'cart.detachCustomer': ({ cartId }, { actor }) => changeCart(app, actor, cartId, (scope) => detachCustomer(scope, cartId)),
    'cart.setNote': ({ cartId, note }, { actor }) => changeCart(app, actor, cartId, (scope) => setCartNote(scope, cartId, note)),
    'cart.park': ({ cartId, label }, { actor }) => changeCart(app, actor, cartId, (scope) => parkCart(scope, cartId, label)),
    'cart.resume': ({ cartId }, { actor }) => changeCart(app, actor, cartId, (scope) => resumeCart(scope, cartId)),
    'cart.discard': ({ cartId }, { actor }) => runCommand(app, actor, (scope) => discardCart(scope, cartId)),
    'cart.checkout': (input, { actor }) => checkout(app, actor, input)
  }
}
