import type { Db } from '../db/schema'
import type { SqlRunner } from '../db/statement-cache'
import type { Clock } from './clock'
import type { CommandHook } from './command'
import type { EventBus } from './event-bus'

/** What every domain function needs, passed in rather than imported: tests build their own. */
export interface AppContext {
  db: Db
  /**
   * The database's connection run synchronously: only through a command's `scope.sql`, inside
   * its transaction. Called anywhere else it would run inside whatever transaction is open.
   */
  connection: SqlRunner
  clock: Clock
  bus: EventBus
  /** Run at the end of every command, inside its transaction (the sync outbox lives here). */
  commandHooks: CommandHook[]
  /** The app's bundled files (the sample shop): the repo's resources/ or the packaged app's copy. */
  resourcesDir?: string
  /** The database file, for work that opens its own connection in a worker (the catalog import). */
  dbFile?: { path: string; nativeBinding?: string }
}
