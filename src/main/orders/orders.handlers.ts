import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { readOrderDetail } from './order-detail'
import { exportOrdersCsv } from './order-export'
import { listOrders } from './order-list'
import { payOrder } from './order-pay'
import { returnOrder } from './order-returns'
import { cancelOrder, setOrderStatus } from './order-status'
import { reorder } from './reorder'

export function ordersHandlers(app: AppContext): HandlerMap<ChannelsOf<'orders'>> {
  return {
    'orders.list': (input) => listOrders(app.db, input),
    'orders.get': ({ orderId }) => readOrderDetail(app.db, orderId),
    'orders.setStatus': ({ orderId, status, note }, { actor }) =>
      runCommand(app, actor, async (scope) => {
        await setOrderStatus(scope, orderId, status, note)
        return readOrderDetail(scope.trx, orderId)
      }),
    'orders.cancel': ({ orderId, note }, { actor }) =>
      runCommand(app, actor, async (scope) => {
        await cancelOrder(scope, orderId, { note, reason: 'cancel' })
        return readOrderDetail(scope.trx, orderId)
      }),
    'orders.pay': ({ orderId, payments }, { actor }) =>
      runCommand(app, actor, async (scope) => {
        await payOrder(scope, orderId, payments)
        return readOrderDetail(scope.trx, orderId)
      }),
    'orders.return': ({ orderId, ...request }, { actor }) =>
      runCommand(app, actor, async (scope) => {
        await returnOrder(scope, orderId, request)
        return readOrderDetail(scope.trx, orderId)
      }),
    'orders.reorder': ({ orderId }, { actor }) => runCommand(app, actor, (scope) => reorder(scope, orderId)),
    'orders.exportCsv': (input) =>
      exportOrdersCsv(app.db, input, (rows) => app.bus.publish('orders.exportProgress', { path: input.path, rows }))
  }
}
