import { describe, expect, it } from 'vitest'
import type { OrderSummary } from '../../../../shared/orders'
import { filterForQuery, matchesFilter, newerThan } from './order-filter'

const order = (patch: Partial<OrderSummary> = {}): OrderSummary =>
  ({
    id: 7,
    number: 'A-000007',
    kind: 'pickup',
    status: 'pending',
    paymentState: 'unpaid',
    customerId: null,
    customerName: 'Ada',
    createdBy: 'owner',
    itemCount: 1,
    total: 900,
    paidTotal: 0,
    refundedTotal: 0,
    createdAt: 1000,
    businessDay: '2026-03-02',
    ...patch
  }) as OrderSummary

describe('the order list filter on the screen', () => {
  it('judges status, kind, payment and the day range the way the list query does', () => {
    expect(matchesFilter(order(), {})).toBe(true)
    expect(matchesFilter(order(), { status: 'pending', kind: 'pickup', paymentState: 'unpaid' })).toBe(true)
    expect(matchesFilter(order({ status: 'confirmed' }), { status: 'pending' })).toBe(false)
    expect(matchesFilter(order(), { kind: 'delivery' })).toBe(false)
    expect(matchesFilter(order({ paymentState: 'paid' }), { paymentState: 'unpaid' })).toBe(false)
    expect(matchesFilter(order(), { staffId: 'owner' })).toBe(true)
    expect(matchesFilter(order({ createdBy: 'staff-2' }), { staffId: 'owner' })).toBe(false)
    expect(matchesFilter(order(), { from: '2026-03-02', to: '2026-03-02' })).toBe(true)
    expect(matchesFilter(order(), { from: '2026-03-03' })).toBe(false)
    expect(matchesFilter(order(), { to: '2026-03-01' })).toBe(false)
  })

  it('asks the main process only for what is set, and orders newest first by time then id', () => {
    expect(filterForQuery({ status: undefined, kind: 'counter', text: '  rose ', from: '' })).toEqual({ kind: 'counter', text: 'rose' })
    expect(filterForQuery({ text: '   ' })).toEqual({})
    expect(newerThan({ createdAt: 2, id: 1 }, { createdAt: 1, id: 9 })).toBe(true)
    expect(newerThan({ createdAt: 1, id: 9 }, { createdAt: 1, id: 8 })).toBe(true)
    expect(newerThan({ createdAt: 1, id: 8 }, { createdAt: 1, id: 8 })).toBe(false)
  })
})
