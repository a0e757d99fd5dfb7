import { setImmediate } from 'node:timers/promises'

/** Lets timers, IPC and paint requests run: a resolved promise alone never leaves the microtask queue. */
export function yieldToEventLoop(): Promise<void> {
  return setImmediate()
}
