import type { Actor } from '../../shared/actor'
import type { EventName, EventPayload } from '../../shared/contract'
import type { Trx } from '../db/schema'
import type { OrderRecord } from '../orders/order-record'
import type { SqlRunner } from '../db/statement-cache'
import type { AppContext } from './app-context'

/**
 * Who runs a command, and which: the staff member of the calling window's session, the manager
 * who approved this one command for them (or null), and the channel (or the background job's name)
 * so hooks (stats, sync, journal) know what ran.
 */
export interface Caller {
  actor: Actor
  approver: Actor | null
  command: string
}

/** A command the till runs by itself (a sweep, a rebuild): no person, no approval. */
export function systemCaller(actor: Actor, command: string): Caller {
  return { actor, approver: null, command }
}

/** What a command sees inside its one transaction. */
export interface CommandScope extends Caller {
  trx: Trx
  /** Fixed SQL text run synchronously in the same transaction: for the statements of a sale. */
  sql: SqlRunner
  /** The clock read once at the start, so every row of a command carries the same time. */
  now: number
  /** Announce a change; it reaches the renderer only if the transaction commits. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void
  /** Orders as this command left them, by id (see rememberFinalOrderRecord). */
  readonly finalOrders: Map<number, OrderRecord>
}

/** An event with the payload its name promises: hooks read it without checking it again. */
export type EmittedEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName]

/** Sees every event a command emitted, inside the same transaction, before it commits. */
export type CommandHook = (scope: CommandScope, emitted: readonly EmittedEvent[]) => Promise<void>

/** One command = one transaction. Anything thrown rolls back every write and publishes nothing. */
export async function runCommand<T>(app: AppContext, caller: Caller, work: (scope: CommandScope) => Promise<T>): Promise<T> {
  const emitted: EmittedEvent[] = []
  const now = app.clock.now()
  const result = await app.db.transaction().execute(async (trx) => {
    const scope: CommandScope = {
      trx,
      sql: app.connection,
      now,
      actor: caller.actor,
      approver: caller.approver,
      command: caller.command,
      emit: (name, payload) => {
        emitted.push({ name, payload } as EmittedEvent)
      },
      finalOrders: new Map()
    }
    const value = await work(scope)
    for (const hook of app.commandHooks) await hook(scope, emitted)
    return value
  })
  for (const { name, payload } of coalesceIdEvents(emitted)) app.bus.publish(name, payload)
  return result
}

/** A CSV import moves stock of thousands of variants: the windows hear of it once, not once a row. */
export function coalesceIdEvents(emitted: readonly EmittedEvent[]): EmittedEvent[] {
  const merged: EmittedEvent[] = []
  let variantIds: Set<number> | null = null
  let productIds: Set<number> | null = null
  for (const event of emitted) {
    if (event.name === 'stock.changed') {
      if (!variantIds) merged.push({ name: 'stock.changed', payload: { variantIds: [] } })
      variantIds ??= new Set()
      for (const id of event.payload.variantIds) variantIds.add(id)
    } else if (event.name === 'catalog.changed') {
      if (!productIds) merged.push({ name: 'catalog.changed', payload: { productIds: [] } })
      productIds ??= new Set()
      for (const id of event.payload.productIds) productIds.add(id)
    } else {
      merged.push(event)
    }
  }
  for (const event of merged) {
    if (event.name === 'stock.changed' && variantIds) event.payload = { variantIds: [...variantIds] }
    if (event.name === 'catalog.changed' && productIds) event.payload = { productIds: [...productIds] }
  }
  return merged
}
