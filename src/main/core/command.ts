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
  for (const { name, payload } of coalesceIdEvents(emitted)) {
    app.bus.publish(name, payload as EventPayload<typeof name>)
  }
  return result
}

/** Events that only list ids: one per command, whatever the number of rows it touched. */
const ID_LIST_EVENTS: Partial<Record<EventName, string>> = {
  'stock.changed': 'variantIds',
  'catalog.changed': 'productIds'
}

/** A CSV import moves stock of thousands of variants: the windows hear of it once, not once a row. */
export function coalesceIdEvents(emitted: readonly EmittedEvent[]): EmittedEvent[] {
  const merged: EmittedEvent[] = []
  const idSets = new Map<EventName, Set<number>>()
  for (const event of emitted) {
    const key = ID_LIST_EVENTS[event.name]
    if (!key) {
      merged.push(event)
      continue
    }
    let ids = idSets.get(event.name)
    if (!ids) {
      ids = new Set()
      idSets.set(event.name, ids)
      merged.push({ name: event.name, payload: { [key]: [] } })
    }
    for (const id of (event.payload as Record<string, number[]>)[key] ?? []) ids.add(id)
  }
  for (const event of merged) {
    const key = ID_LIST_EVENTS[event.name]
    const ids = idSets.get(event.name)
    if (key && ids) event.payload = { [key]: [...ids] }
  }
  return merged
}
