/** Where domain code gets the time: epoch milliseconds. Injected so tests can hold or move it. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface ManualClock extends Clock {
  set(epochMs: number): void
  advance(ms: number): void
}

export function manualClock(start: number): ManualClock {
  let current = start
  return {
    now: () => current,
    set: (epochMs) => {
      current = epochMs
    },
    advance: (ms) => {
      current += ms
    }
  }
}
