import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { CustomerDisplay } from './customer-display-service'

export function displayHandlers(display: CustomerDisplay): HandlerMap<ChannelsOf<'display'>> {
  return {
    'display.current': () => display.current(),
    'display.paying': async ({ cartId, payments }) => ({ shown: await display.paying(cartId, payments) }),
    'display.orderPaying': async ({ orderId, payments }) => ({ shown: await display.orderPaying(orderId, payments) })
  }
}
