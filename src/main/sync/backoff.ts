export interface BackoffPolicy {
  /** The cap of the first retry's delay. */
  baseMs: number
  /** No retry waits longer than this, however long the outage. */
  maxMs: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 }

/**
 * Exponential backoff with full jitter: after the n-th failure in a row, wait a uniformly random
 * time between 0 and min(max, base * 2^(n-1)), so many tills coming back online do not retry in step.
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30)
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent)
  return Math.floor(random() * cap)
}
