import { describe, expect, it } from 'vitest'
import { backoffDelay } from '../../src/main/sync/backoff'

const policy = { baseMs: 1_000, maxMs: 60_000 }

describe('backoff with full jitter', () => {
  it('draws uniformly below a cap that doubles with each failure in a row', () => {
    const top = () => 0.999999
    expect([1, 2, 3, 4, 5, 6].map((failures) => backoffDelay(failures, policy, top))).toEqual([999, 1999, 3999, 7999, 15999, 31999])
    expect(backoffDelay(3, policy, () => 0.5)).toBe(2000)
    expect(backoffDelay(3, policy, () => 0)).toBe(0)
  })

  it('never waits longer than the maximum, however long the outage', () => {
    expect(backoffDelay(7, policy, () => 0.999999)).toBe(59_999)
    expect(backoffDelay(10_000, policy, () => 0.999999)).toBe(59_999)
  })

  it('spreads tills that failed together instead of retrying in step', () => {
    let seed = 1
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    const delays = Array.from({ length: 200 }, () => backoffDelay(5, policy, random))
    expect(Math.min(...delays)).toBeLessThan(2_000)
    expect(Math.max(...delays)).toBeGreaterThan(14_000)
    expect(delays.every((delay) => delay >= 0 && delay < 16_000)).toBe(true)
  })
})
