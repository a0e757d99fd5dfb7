import type { EventName, EventPayload } from '../../shared/contract'

export type BusListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void

/** Main-process fan-out of "what changed" events; the Electron glue forwards them to windows. */
export interface EventBus {
  publish<E extends EventName>(name: E, payload: EventPayload<E>): void
  subscribe(listener: BusListener): () => void
}

export function createEventBus(): EventBus {
  const listeners = new Set<BusListener>()
  return {
    publish(name, payload) {
      for (const listener of listeners) listener(name, payload)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
