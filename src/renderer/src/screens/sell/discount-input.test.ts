import { describe, expect, it } from 'vitest'
import { discountDraftOf, parseDiscount } from './discount-input'

describe('discounts as typed', () => {
  it('reads percentages as basis points and amounts as minor units, exactly', () => {
    expect(parseDiscount({ kind: 'percent', text: '10' }, 2, '.')).toEqual({ ok: true, discount: { kind: 'percent', value: 1000 } })
    expect(parseDiscount({ kind: 'percent', text: '12,5 %' }, 2, '.')).toEqual({ ok: true, discount: { kind: 'percent', value: 1250 } })
    expect(parseDiscount({ kind: 'amount', text: '2.55' }, 2, '.')).toEqual({ ok: true, discount: { kind: 'amount', value: 255 } })
    expect(parseDiscount({ kind: 'amount', text: '300' }, 0, '.')).toEqual({ ok: true, discount: { kind: 'amount', value: 300 } })
    expect(parseDiscount({ kind: 'percent', text: '  ' }, 2, '.')).toEqual({ ok: true, discount: null })
  })

  it('refuses what is not a discount, in words', () => {
    expect(parseDiscount({ kind: 'percent', text: '150' }, 2, '.')).toEqual({ ok: false, message: 'A discount cannot be more than 100%' })
    expect(parseDiscount({ kind: 'percent', text: '0' }, 2, '.')).toEqual({ ok: false, message: 'A discount must be more than zero' })
    expect(parseDiscount({ kind: 'percent', text: 'ten' }, 2, '.')).toEqual({ ok: false, message: 'Type the discount as a percentage, for example 10 or 12.5' })
    expect(parseDiscount({ kind: 'amount', text: '-2' }, 2, '.')).toEqual({ ok: false, message: 'The amount cannot be negative' })
    expect(parseDiscount({ kind: 'amount', text: '0.00' }, 2, '.')).toEqual({ ok: false, message: 'A discount must be more than zero' })
  })

  it('starts an edit from the discount already set', () => {
    expect(discountDraftOf({ kind: 'percent', value: 1250 }, 2)).toEqual({ kind: 'percent', text: '12.5' })
    expect(discountDraftOf({ kind: 'percent', value: 10_000 }, 2)).toEqual({ kind: 'percent', text: '100' })
    expect(discountDraftOf(null, 2)).toEqual({ kind: 'percent', text: '' })
  })
})
