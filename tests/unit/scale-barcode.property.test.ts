import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gtinCheckDigit } from '../../src/shared/barcode'
import { readScaleLabel, SCALE_ITEM_DIGITS, SCALE_VALUES, scaleLabelCode, type ScaleLayout } from '../../src/shared/scale-barcode'
import { lineGross, parseWeight, quantityText, weightForAmount } from '../../src/shared/sold-by'

const prefix = fc.integer({ min: 20, max: 29 })
const layoutArb: fc.Arbitrary<ScaleLayout> = fc.record({
  prefixes: fc.uniqueArray(prefix, { minLength: 1, maxLength: 10 }),
  itemDigits: fc.constantFrom(...SCALE_ITEM_DIGITS),
  value: fc.constantFrom(...SCALE_VALUES)
})

/** A layout with a label the shop's scale could print for it: one of its prefixes, an item code and a value that fit. */
const printedArb = layoutArb.chain((layout) =>
  fc.record({
    layout: fc.constant(layout),
    prefix: fc.constantFrom(...layout.prefixes),
    itemCode: fc.stringMatching(new RegExp(`^\\d{${layout.itemDigits}}$`)),
    amount: fc.integer({ min: 0, max: 10 ** (10 - layout.itemDigits) - 1 })
  })
)

describe('EAN-13 scale labels (property)', () => {
  it('reads back every label a scale prints with the shop’s layout: its item code and its value', () => {
    fc.assert(
      fc.property(printedArb, ({ layout, prefix: first, itemCode, amount }) => {
        const code = scaleLabelCode(first, itemCode, amount, layout.itemDigits)
        expect(code).toMatch(/^2\d{12}$/)
        expect(readScaleLabel(code, layout)).toEqual({ label: { itemCode, value: layout.value, amount } })
      })
    )
  })

  it('refuses every label with one digit misread: a wrong check digit, or not a scale code of this shop', () => {
    fc.assert(
      fc.property(printedArb, fc.nat(12), fc.integer({ min: 1, max: 9 }), ({ layout, prefix: first, itemCode, amount }, at, shift) => {
        const code = scaleLabelCode(first, itemCode, amount, layout.itemDigits)
        const misread = code.slice(0, at) + String((Number(code[at]) + shift) % 10) + code.slice(at + 1)
        const read = readScaleLabel(misread, layout)
        // EAN-13's check digit catches every single-digit error; a misread prefix may leave the shop's prefixes.
        expect(read === null || 'problem' in read).toBe(true)
        if (at >= 2) expect(read).toEqual({ problem: 'check_digit' })
      })
    )
  })

  it('is not a scale label outside the shop’s prefixes, nor at any length but 13 digits', () => {
    fc.assert(
      fc.property(layoutArb, fc.stringMatching(/^\d{1,16}$/), (layout, digits) => {
        const body = digits.slice(0, 12)
        const code = body.length === 12 ? `${body}${gtinCheckDigit(body)}` : digits
        const read = readScaleLabel(code, layout)
        const isShopPrefix = code.length === 13 && layout.prefixes.includes(Number(code.slice(0, 2)))
        if (!isShopPrefix) expect(read).toBeNull()
        else expect(read).not.toBeNull()
      })
    )
  })
})

describe('weights in thousandths (property)', () => {
  it('writes and reads back every weight, with either decimal sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom('.', ','), (thousandths, sign) => {
        const text = quantityText(thousandths, 'kg')
        expect(parseWeight(text.replace('.', sign))).toBe(thousandths)
      })
    )
  })

  it('prices a weighing within half a minor unit of price x weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000 }), (unitPrice, thousandths) => {
        expect(Math.abs(lineGross(unitPrice, thousandths, 'kg') * 1000 - unitPrice * thousandths)).toBeLessThanOrEqual(500)
      })
    )
  })

  it('works a price label back to a weight that prices to the amount printed (a gram costing at most a minor unit), never to nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 99_999 }), (unitPrice, amount) => {
        const weight = weightForAmount(amount, unitPrice)
        expect(weight).toBeGreaterThanOrEqual(1)
        if (amount > 0) expect(lineGross(unitPrice, weight, 'kg')).toBe(amount)
      })
    )
  })
})
