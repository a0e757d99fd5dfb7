import { describe, expect, it } from 'vitest'
import type { Coupon } from '../../../../shared/coupons'
import { money } from '../../../../shared/money'
import { couponDraft, newCouponDraft, parseCouponDraft } from './coupon-form'

const USD = { digits: 2, decimalMark: '.' }

describe('the coupon form', () => {
  it('reads a percent coupon with no limits', () => {
    expect(parseCouponDraft({ ...newCouponDraft(), code: ' spring ', value: '12.5' }, USD)).toEqual({
      ok: true,
      input: { code: 'spring', description: '', kind: 'percent', value: 1250, minSpend: 0, validFrom: null, validUntil: null, usageLimit: null, active: true }
    })
  })

  it('reads an amount coupon with a spend, days and a limit, in a decimal-comma shop', () => {
    const draft = {
      ...newCouponDraft(),
      code: 'FIVE',
      kind: 'amount' as const,
      value: '5,00',
      minSpend: '20',
      validFrom: '2026-06-01',
      validUntil: '2026-06-30',
      usageLimit: '50'
    }
    expect(parseCouponDraft(draft, { digits: 2, decimalMark: ',' })).toMatchObject({
      ok: true,
      input: { kind: 'amount', value: 500, minSpend: 2000, validFrom: '2026-06-01', validUntil: '2026-06-30', usageLimit: 50 }
    })
  })

  it.each([
    ['an empty value', { value: '' }, 'value'],
    ['a percent in words', { value: 'ten' }, 'value'],
    ['a spend with letters', { value: '10', minSpend: '2x' }, 'minSpend'],
    ['a limit of 2.5 sales', { value: '10', usageLimit: '2.5' }, 'usageLimit'],
    ['a negative limit', { value: '10', usageLimit: '-1' }, 'usageLimit']
  ])('names the field for %s', (_name, change, field) => {
    expect(parseCouponDraft({ ...newCouponDraft(), code: 'X1', ...change }, USD)).toMatchObject({ ok: false, field })
  })

  it('round-trips a stored coupon through the form', () => {
    const stored: Coupon = {
      id: 1,
      code: 'YEN',
      description: 'Autumn',
      kind: 'amount',
      value: 300,
      minSpend: money(5000),
      validFrom: null,
      validUntil: '2026-11-30',
      usageLimit: 10,
      timesUsed: 3,
      active: false,
      createdAt: 0,
      updatedAt: 0
    }
    const yen = { digits: 0, decimalMark: '.' }
    const parsed = parseCouponDraft(couponDraft(stored, yen), yen)
    expect(parsed).toEqual({
      ok: true,
      input: {
        code: 'YEN',
        description: 'Autumn',
        kind: 'amount',
        value: 300,
        minSpend: 5000,
        validFrom: null,
        validUntil: '2026-11-30',
        usageLimit: 10,
        active: false
      }
    })
  })
})
