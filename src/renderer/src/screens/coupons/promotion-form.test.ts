import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { promotionInputSchema, type Promotion } from '../../../../shared/promotions'
import { money } from '../../../../shared/money'
import { i18n } from '../../i18n/i18n'
import { newPromotionDraft, parsePromotionDraft, promotionDraft, type PromotionDraft } from './promotion-form'

const EUR = { digits: 2, decimalMark: '.' }
const EUR_COMMA = { digits: 2, decimalMark: ',' }
const JPY = { digits: 0, decimalMark: '.' }
const KWD = { digits: 3, decimalMark: '.' }

const soap = (draft: Partial<PromotionDraft>): PromotionDraft => ({ ...newPromotionDraft(), name: ' 3 for 10 ', productId: 7, productName: 'Soap', ...draft })

function refusedField(draft: PromotionDraft, money = EUR): string {
  const parsed = parsePromotionDraft(draft, money)
  if (parsed.ok) throw new Error(`expected a refusal, got ${JSON.stringify(parsed.input)}`)
  return parsed.field
}

describe('the promotion editor reads its draft', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('as "N for a price": the name trimmed, the price in minor units, no free units', () => {
    expect(parsePromotionDraft(soap({ quantity: ' 3 ', price: '10.00' }), EUR)).toEqual({
      ok: true,
      input: { name: '3 for 10', productId: 7, category: null, kind: 'multi_price', quantity: 3, price: 1000, freeQuantity: 0, active: true }
    })
    expect(parsePromotionDraft(soap({ price: '10,50' }), EUR_COMMA)).toMatchObject({ ok: true, input: { price: 1050 } })
    expect(parsePromotionDraft(soap({ price: '1000' }), JPY)).toMatchObject({ ok: true, input: { price: 1000 } })
    expect(parsePromotionDraft(soap({ price: '2.500' }), KWD)).toMatchObject({ ok: true, input: { price: 2500 } })
  })

  it('as "buy N get M free": the free units read, any price typed left out', () => {
    expect(parsePromotionDraft(soap({ kind: 'buy_get', quantity: '2', freeQuantity: '1', price: 'left over', active: false }), EUR)).toEqual({
      ok: true,
      input: { name: '3 for 10', productId: 7, category: null, kind: 'buy_get', quantity: 2, price: 0, freeQuantity: 1, active: false }
    })
  })

  it('for a category: the category named, no product, whatever product was picked before the choice changed', () => {
    expect(parsePromotionDraft(soap({ target: 'category', category: ' Drinks ', kind: 'buy_get', quantity: '3', freeQuantity: '1' }), EUR)).toEqual({
      ok: true,
      input: { name: '3 for 10', productId: null, category: 'Drinks', kind: 'buy_get', quantity: 3, price: 0, freeQuantity: 1, active: true }
    })
    expect(refusedField(soap({ target: 'category', category: '  ' }))).toBe('category')
    expect(refusedField({ ...newPromotionDraft(), target: 'category' })).toBe('category')
  })

  it('names the first field it cannot read, in the screen’s language', async () => {
    expect(refusedField(newPromotionDraft())).toBe('productId')
    for (const quantity of ['', 'three', '2.5', '-2', '12345']) expect(refusedField(soap({ quantity, price: '10' })), quantity).toBe('quantity')
    for (const price of ['', 'ten', '-1', '1.234']) expect(refusedField(soap({ price })), price).toBe('price')
    expect(refusedField(soap({ price: '10.5' }), JPY)).toBe('price')
    for (const freeQuantity of ['', 'one', '1.5']) expect(refusedField(soap({ kind: 'buy_get', freeQuantity })), freeQuantity).toBe('freeQuantity')

    const english = parsePromotionDraft(soap({ quantity: 'x' }), EUR)
    await i18n.changeLanguage('de')
    const german = parsePromotionDraft(soap({ quantity: 'x' }), EUR)
    expect(english.ok || german.ok).toBe(false)
    if (!english.ok && !german.ok) {
      expect(english.message).toBe('Type a whole number of units')
      expect(german.message).not.toBe(english.message)
      expect(german.message).toBe(i18n.t('coupons.promotions.form.quantityInvalid'))
    }
  })

  it('gives back what a stored rule holds when that rule is opened and saved unchanged', () => {
    const ruleArb = fc.oneof(
      fc.record({
        kind: fc.constant('multi_price' as const),
        quantity: fc.integer({ min: 2, max: 1000 }),
        price: fc.integer({ min: 1, max: 100_000_000_000 }),
        freeQuantity: fc.constant(0)
      }),
      fc.record({
        kind: fc.constant('buy_get' as const),
        quantity: fc.integer({ min: 1, max: 1000 }),
        price: fc.constant(0),
        freeQuantity: fc.integer({ min: 1, max: 1000 })
      })
    )
    fc.assert(
      fc.property(ruleArb, fc.constantFrom(EUR, EUR_COMMA, JPY, KWD), fc.boolean(), fc.boolean(), (rule, digits, active, forCategory) => {
        const target = forCategory ? { productId: null, category: 'Drinks' } : { productId: 9, category: null }
        const stored: Promotion = {
          id: 3,
          name: 'Deal',
          ...target,
          productName: forCategory ? null : 'Soap',
          active,
          createdAt: 1,
          updatedAt: 1,
          ...rule,
          price: money(rule.price)
        }
        const parsed = parsePromotionDraft(promotionDraft(stored, digits), digits)
        expect(parsed).toEqual({ ok: true, input: { name: 'Deal', ...target, active, ...rule } })
        if (parsed.ok) expect(promotionInputSchema.safeParse(parsed.input).success).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})
