import type { Db } from '../db/schema'
import type { Clock } from './clock'
import type { EventBus } from './event-bus'

/** What every domain function needs, passed in rather than imported: tests build their own. */
export interface AppContext {
  db: Db
  clock: Clock
  bus: EventBus
}
