import type { Actor } from '../../shared/actor'
import type { AppContext } from '../core/app-context'
import { runCommand, systemCaller } from '../core/command'
import { readSettings } from '../settings/settings-store'
import { cancelOrder } from './order-status'

/** Who the history names when the sweep cancels an order. */
export const EXPIRY_SWEEP_ACTOR: Actor = { id: 'system:expiry', name: 'Hold expiry' }

/**
 * Cancels, with reason `expired`, every pending order still unpaid after the shop's hold time, and
 * puts its stock back. Each order is its own command, re-checked inside it, so an order paid or
 * moved on meanwhile is left alone and one failure does not hold back the others.
 */
export async function sweepExpiredOrders(app: AppContext): Promise<number[]> {
  const settings = await readSettings(app.db)
  const holdMs = settings.holdMinutes * 60_000
  const cutoff = app.clock.now() - holdMs
  const candidates = await app.db
    .selectFrom('orders')
    .select('id')
    .where('status', '=', 'pending')
    .where('payment_state', '=', 'unpaid')
    .where('created_at', '<', cutoff)
    .orderBy('created_at')
    .execute()
  const cancelled: number[] = []
  for (const { id } of candidates) {
    const done = await runCommand(app, systemCaller(EXPIRY_SWEEP_ACTOR, 'orders.expirySweep'), async (scope) => {
      const row = await scope.trx.selectFrom('orders').select(['status', 'payment_state', 'created_at']).where('id', '=', id).executeTakeFirst()
      if (!row || row.status !== 'pending' || row.payment_state !== 'unpaid' || row.created_at >= scope.now - holdMs) return false
      await cancelOrder(scope, id, { reason: 'expired', note: `Expired: not paid within ${settings.holdMinutes} minutes` })
      return true
    })
    if (done) cancelled.push(id)
  }
  return cancelled
}

export interface ExpirySweeper {
  stop(): Promise<void>
}

/**
 * Runs the sweep now and then every `intervalMs`. The timer does not keep the process alive, and
 * stop() waits for a sweep in progress, so the database is never closed under it.
 */
export function startExpirySweeper(app: AppContext, onError: (error: unknown) => void, intervalMs = 60_000): ExpirySweeper {
  let stopped = false
  const sweepOnce = () => (stopped ? undefined : sweepExpiredOrders(app).then(() => undefined, onError))
  let running: Promise<void> = Promise.resolve(sweepOnce())
  const timer = setInterval(() => {
    running = running.then(sweepOnce)
  }, intervalMs)
  timer.unref()
  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    }
  }
}
