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

export interface EmittedEvent {
  name: EventName
  payload: unknown
}

/** Sees every event a command emitted, inside the same transaction, before it commits. */
export type CommandHook = (scope: CommandScope, emitted: readonly EmittedEvent[]) => Promise<void>

/** One command = one transaction. Anything thrown rolls back every write and publishes nothing. */
export async function runCommand<T>(app: AppContext, actor: Actor, work: (scope: CommandScope) => Promise<T>): Promise<T> {
  const emitted: EmittedEvent[] = []
  const now = app.clock.now()
  const result = await app.db.transaction().execute(async (trx) => {
    const scope: CommandScope = {
      trx,
      now,
      actor,
      emit: (name, payload) => {
        emitted.push({ name, payload })
      }
    }
    const value = await work(scope)
    for (const hook of app.commandHooks) await hook(scope, emitted)
    return value
  })
  for (const { name, payload } of emitted) {
    app.bus.publish(name, payload as EventPayload<typeof name>)
  }
  return result
}
