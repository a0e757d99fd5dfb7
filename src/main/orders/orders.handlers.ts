import type { AppContext } from '../core/app-context'
import { runCommand, type Caller, type CommandScope } from '../core/command'
import type { SavePaths } from '../files/save-dialog'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { orderDetailOf, readOrderDetail } from './order-detail'
import { exportOrdersCsv } from './order-export'
import { listOrders } from './order-list'
import { payOrder } from './order-pay'
import { readOrderRecord, rememberFinalOrderRecord } from './order-record'
import { returnOrder } from './order-returns'
import { cancelOrder, setOrderStatus } from './order-status'
import { reorder } from './reorder'

export function ordersHandlers(app: AppContext, saves: Pick<SavePaths, 'redeem'>): HandlerMap<ChannelsOf<'orders'>> {
  /**
   * A command on one order answers with the order as it leaves it; those rows are remembered, so
   * the sync outbox's hook sends them without reading the order a second time.
   */
  const changeOrder = (call: Caller, orderId: number, change: (scope: CommandScope) => Promise<unknown>) =>
    runCommand(app, call, async (scope) => {
      await change(scope)
      return orderDetailOf(rememberFinalOrderRecord(scope, await readOrderRecord(scope.trx, orderId)))
    })
  return {
    'orders.list': (input) => listOrders(app.db, input),
    'orders.get': ({ orderId }) => readOrderDetail(app.db, orderId),
    'orders.setStatus': ({ orderId, status, note }, call) => changeOrder(call, orderId, (scope) => setOrderStatus(scope, orderId, status, note)),
    'orders.cancel': ({ orderId, note, refundSplit }, call) =>
      changeOrder(call, orderId, (scope) => cancelOrder(scope, orderId, { note, reason: 'cancel', refundSplit })),
    'orders.pay': ({ orderId, payments }, call) => changeOrder(call, orderId, (scope) => payOrder(scope, orderId, payments)),
    'orders.return': ({ orderId, ...request }, call) => changeOrder(call, orderId, (scope) => returnOrder(scope, orderId, request)),
    'orders.reorder': ({ orderId }, call) => runCommand(app, call, (scope) => reorder(scope, orderId)),
    'orders.exportCsv': ({ filter, saveToken }, call) => {
      const path = saves.redeem(call.window, 'csv', saveToken)
      return exportOrdersCsv(app.db, { filter, path }, (rows) => app.bus.publish('orders.exportProgress', { path, rows }))
    }
  }
}
