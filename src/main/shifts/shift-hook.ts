import type { AppContext } from '../core/app-context'
import type { CommandHook } from '../core/command'
import { notOpen } from './shift-figures'
import { foldIntoShift, readShiftCursor } from './shift-fold'

const PAYMENTS_AFTER = 'SELECT coalesce(max(id), 0) AS id FROM payments'

/**
 * Keeps the open shift's figures in step with the orders: at the end of every command that changed
 * an order, inside its transaction, its new rows are placed in the open shift and folded into its
 * figures. Once a till uses shifts, money moves only in an open one: a sale, payment or refund with
 * no shift open is refused (and rolled back) with SHIFT_NOT_OPEN.
 */
export function createShiftHook(): CommandHook {
  const shiftFoldHook: CommandHook = async (scope, emitted) => {
    if (!emitted.some((event) => event.name === 'order.changed')) return
    const cursor = readShiftCursor(scope)
    if (cursor.started === 0) return
    if (cursor.shift_id === null) {
      const sale = emitted.some((event) => event.name === 'order.changed' && event.payload.change === 'created')
      const [payments] = scope.sql.all<{ id: number }>(PAYMENTS_AFTER)
      if (sale || (payments?.id ?? 0) > cursor.payment_id) throw notOpen()
      return
    }
    await foldIntoShift(scope, cursor, cursor.shift_id)
  }
  return shiftFoldHook
}

export function installShifts(app: AppContext): void {
  app.commandHooks.push(createShiftHook())
}
