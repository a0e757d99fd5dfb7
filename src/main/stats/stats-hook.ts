import { sql } from 'kysely'
import type { AppContext } from '../core/app-context'
import { runCommand, systemCaller, type CommandHook } from '../core/command'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { foldStats } from './stats-fold'

/**
 * Keeps the rollups in step with the orders: at the end of every command that changed an order (or
 * the settings, whose time zone places sales in hours), inside its transaction. A sale and its
 * figures commit together or not at all.
 */
export function createStatsHook(): CommandHook {
  // Named, so a tool timing the hooks (the benchmark) can tell this one apart.
  const statsRollupHook: CommandHook = async (scope, emitted) => {
    const settingsChanged = emitted.some((event) => event.name === 'settings.changed')
    if (!settingsChanged && !emitted.some((event) => event.name === 'order.changed')) return
    // Every change of time zone announces itself; until one does, the zone the rollups were built in stands.
    await foldStats(scope, settingsChanged ? (await readSettings(scope.trx)).timeZone : undefined)
  }
  return statsRollupHook
}

export function installStats(app: AppContext): void {
  app.commandHooks.push(createStatsHook())
}

/**
 * Before figures are read: folds anything written without a command (rows imported by a tool, a
 * database from before the rollups), so the stats are never behind the orders. The check is four
 * primary-key lookups; the fold runs only when something is missing.
 */
export async function ensureStatsCurrent(app: AppContext): Promise<void> {
  if (await statsAreCurrent(app.db)) return
  await runCommand(app, STATS_CALLER, async (scope) => {
    const settings = await readSettings(scope.trx)
    await foldStats(scope, settings.timeZone)
  })
}

const STATS_CALLER = systemCaller({ id: 'system:stats', name: 'Stats' }, 'stats.rebuild')

async function statsAreCurrent(db: Db): Promise<boolean> {
  const row = await sql<{ current: number }>`
    SELECT c.built = 1
      AND c.order_id = coalesce((SELECT max(id) FROM orders), 0)
      AND c.event_id = coalesce((SELECT max(id) FROM order_events), 0)
      AND c.payment_id = coalesce((SELECT max(id) FROM payments), 0)
      AND c.return_id = coalesce((SELECT max(id) FROM order_returns), 0) AS current
    FROM stats_cursor c WHERE c.id = 1`.execute(db)
  if (row.rows[0]?.current !== 1) return false
  const cursor = await db.selectFrom('stats_cursor').select('time_zone').where('id', '=', 1).executeTakeFirstOrThrow()
  return cursor.time_zone === (await readSettings(db)).timeZone
}
