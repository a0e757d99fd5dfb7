import type { AppContext } from '../core/app-context'
import { runCommand, systemCaller } from '../core/command'
import { readSettings } from '../settings/settings-store'
import { productChangedEvents } from './catalog-payloads'
import { orderChangedEvent } from './order-payloads'
import { appendOutboxEvents } from './outbox'

const PAGE = 500
const HISTORY_CALLER = systemCaller({ id: 'system:sync', name: 'Sync' }, 'sync.history')

/**
 * Once per database: queues the state of everything that existed before the outbox did (a shop
 * upgrading to a version with sync), so turning sync on sends the whole history, not just what
 * changed afterwards. On a new database there is nothing to queue.
 */
export async function queueHistoryOnce(app: AppContext): Promise<void> {
  await runCommand(app, HISTORY_CALLER, async (scope) => {
    const { trx, now } = scope
    const state = await trx.selectFrom('sync_state').select('history_queued_at').where('id', '=', 1).executeTakeFirstOrThrow()
    if (state.history_queued_at !== null) return
    const { currency } = await readSettings(trx)
    let after = 0
    for (;;) {
      const page = await trx.selectFrom('products').select('id').where('id', '>', after).orderBy('id').limit(PAGE).execute()
      if (page.length === 0) break
      const ids = page.map((row) => row.id)
      appendOutboxEvents(scope, await productChangedEvents(trx, ids, currency))
      after = ids[ids.length - 1] as number
    }
    after = 0
    for (;;) {
      const page = await trx.selectFrom('orders').select('id').where('id', '>', after).orderBy('id').limit(PAGE).execute()
      if (page.length === 0) break
      const events = []
      for (const { id } of page) {
        // Everything that ever happened to the order, as its own history tells it.
        const history = await trx.selectFrom('order_events').select('change').where('order_id', '=', id).orderBy('id').execute()
        const changes = [...new Set(history.map((entry) => entry.change))]
        events.push(await orderChangedEvent(trx, id, changes.length > 0 ? changes : ['created']))
      }
      appendOutboxEvents(scope, events)
      after = page[page.length - 1]?.id as number
    }
    await trx.updateTable('sync_state').set({ history_queued_at: now }).where('id', '=', 1).execute()
  })
}
