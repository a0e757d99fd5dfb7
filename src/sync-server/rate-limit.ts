/**
 * A token bucket per key: `burst` requests at once, refilled at `perSecond`. A till sends one batch
 * at a time, so the defaults leave it ample room while a runaway or a guessing client is slowed.
 */
export interface RateLimit {
  perSecond: number
  burst: number
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 60 }

export interface RateLimiter {
  /** Takes one request from the key's bucket: 0 when allowed, else the seconds to wait. */
  take(key: string): number
}

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    take(key) {
      const time = now()
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: time }
      bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond)
      bucket.at = time
      buckets.set(key, bucket)
      // Forget full buckets now and then, so guessed keys cannot grow the map without bound.
      if (buckets.size > 10_000) for (const [name, other] of buckets) if (other.tokens >= limit.burst) buckets.delete(name)
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.ceil((1 - bucket.tokens) / limit.perSecond)
    }
  }
}
