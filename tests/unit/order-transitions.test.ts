import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES, type OrderStatus } from '../../src/shared/orders'
import { canTransition, isFinal, TRANSITIONS } from '../../src/main/orders/transitions'

/** Written out by hand from the issue, apart from the code, so a slip in either shows. */
const ALLOWED: ReadonlyArray<[OrderStatus, OrderStatus]> = [
  ['pending', 'confirmed'],
  ['pending', 'processing'],
  ['pending', 'shipped'],
  ['pending', 'delivered'],
  ['pending', 'cancelled'],
  ['confirmed', 'processing'],
  ['confirmed', 'shipped'],
  ['confirmed', 'delivered'],
  ['confirmed', 'cancelled'],
  ['processing', 'shipped'],
  ['processing', 'delivered'],
  ['processing', 'cancelled'],
  ['shipped', 'delivered'],
  ['shipped', 'returned'],
  ['delivered', 'returned']
]

const allowed = new Set(ALLOWED.map(([from, to]) => `${from}->${to}`))
const everyPair = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const))

describe('the order transition table', () => {
  it('covers all 49 pairs of statuses', () => {
    expect(everyPair).toHaveLength(49)
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ORDER_STATUSES].sort())
  })

  it.each(everyPair)('%s -> %s is allowed exactly when the lifecycle says so', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.has(`${from}->${to}`))
  })

  it('never lets a status follow itself or go backwards', () => {
    const rank = (status: OrderStatus) => ['pending', 'confirmed', 'processing', 'shipped', 'delivered'].indexOf(status)
    for (const [from, to] of everyPair) {
      if (!canTransition(from, to)) continue
      expect(from).not.toBe(to)
      if (rank(to) >= 0) expect(rank(to)).toBeGreaterThan(rank(from))
    }
  })

  it('makes cancelled and returned final, and nothing else', () => {
    expect(ORDER_STATUSES.filter(isFinal)).toEqual(['cancelled', 'returned'])
  })

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(TRANSITIONS)).toBe(true)
    expect(Object.isFrozen(TRANSITIONS.pending)).toBe(true)
  })
})
