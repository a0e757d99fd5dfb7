import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { couponStanding } from '../../src/shared/coupons'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { quickPinHash } from '../support/staff'
import { signInCashierAndManager } from '../support/staffed-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill({ staff: { hashPin: quickPinHash } })
})
afterEach(() => till.cleanup())

describe('managing coupons (the Coupons screen)', () => {
  it('a manager creates and changes coupons; a cashier is refused and nothing is written', async () => {
    const { cashier, manager } = await signInCashierAndManager(till)

    const made = await manager.ok('coupons.create', {
      code: 'summer',
      kind: 'amount',
      value: 500,
      validFrom: '2026-06-01',
      validUntil: '2026-08-31',
      usageLimit: 100
    })
    expect(made).toMatchObject({ code: 'SUMMER', timesUsed: 0, usageLimit: 100 })
    const before = await snapshotDatabase(till)
    for (const [channel, input] of [
      ['coupons.create', { code: 'MINE', kind: 'percent', value: 5000 }],
      ['coupons.update', { couponId: made.id, patch: { value: 99_999 } }],
      ['coupons.delete', { couponId: made.id }]
    ] as const) {
      expect(await cashier.call(channel, input as never)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { permission: 'coupons.manage' } } })
    }
    const after = await snapshotDatabase(till)
    // The journal records the refusals themselves; every other table is as it was.
    expect({ ...after, journal: null }).toEqual({ ...before, journal: null })
    expect((await manager.ok('coupons.update', { couponId: made.id, patch: { usageLimit: null, active: false } })).usageLimit).toBeNull()
  })

  it.each([
    ['a day not in the calendar', { code: 'FEB', kind: 'amount', value: 1, validUntil: '2026-02-30' }],
    ['a 31st of a 30-day month', { code: 'APR', kind: 'amount', value: 1, validFrom: '2026-04-31' }],
    ['an unknown field', { code: 'EXTRA', kind: 'amount', value: 1, perCustomer: 1 }],
    ['a usage limit of zero', { code: 'NONE', kind: 'amount', value: 1, usageLimit: 0 }],
    ['a fractional value', { code: 'HALF', kind: 'amount', value: 1.5 }]
  ])('refuses %s at the boundary, writing nothing', async (_name, input) => {
    const before = await snapshotDatabase(till)
    expect(await till.call('coupons.create', input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('refuses a patch with a day not in the calendar, keeping the coupon', async () => {
    const coupon = await till.ok('coupons.create', { code: 'LEAP', kind: 'percent', value: 1000 })
    const before = await snapshotDatabase(till)
    expect(await till.call('coupons.update', { couponId: coupon.id, patch: { validUntil: '2027-02-29' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'patch.validUntil' }] }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
    expect((await till.ok('coupons.update', { couponId: coupon.id, patch: { validUntil: '2028-02-29' } })).validUntil).toBe('2028-02-29')
  })

  it('says where a coupon stands on a day, in the order the till checks', () => {
    const base = { active: true, validFrom: '2026-06-01', validUntil: '2026-06-30', usageLimit: 2, timesUsed: 0 }
    expect(couponStanding(base, '2026-06-01')).toBe('active')
    expect(couponStanding(base, '2026-06-30')).toBe('active')
    expect(couponStanding(base, '2026-05-31')).toBe('scheduled')
    expect(couponStanding(base, '2026-07-01')).toBe('expired')
    expect(couponStanding({ ...base, timesUsed: 2 }, '2026-06-10')).toBe('usedUp')
    expect(couponStanding({ ...base, active: false, timesUsed: 2 }, '2026-07-01')).toBe('off')
    expect(couponStanding({ ...base, validFrom: null, validUntil: null, usageLimit: null, timesUsed: 10 ** 6 }, '1999-01-01')).toBe('active')
  })
})
