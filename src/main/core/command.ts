import type { Actor } from '../../shared/actor'
import type { EventName, EventPayload } from '../../shared/contract'
import type { Trx } from '../db/schema'
import type { AppContext } from './app-context'

/** What a command sees inside its one transaction. */
export interface CommandScope {
  trx: Trx
  /** The clock read once at the start, so every row of a command carries the same time. */
  now: number
  actor: Actor
  /** Announce a change; it reaches the renderer only if the transaction commits. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void
}

/** One command = one transaction. Anything thrown rolls back every write and publishes nothing. */
export async function runCommand<T>(app: AppContext, actor: Actor, work: (scope: CommandScope) => Promise<T>): Promise<T> {
  const emitted: Array<{ name: EventName; payload: unknown }> = []
  const now = app.clock.now()
  const result = await app.db.transaction().execute((trx) =>
    work({
      trx,
      now,
      actor,
      emit: (name, payload) => {
        emitted.push({ name, payload })
      }
    })
  )
  for (const { name, payload } of emitted) {
    app.bus.publish(name, payload as EventPayload<typeof name>)
  }
  return result
}
