import { describe, expect, it } from 'vitest'
import { parseCountInput } from './count'
import { asciiDigits } from './digits'
import { parseMoneyInput } from './money'

describe('decimal comma and Arabic digits in the inputs', () => {
  it('reads "1,50" and "1.50" as 1.50', () => {
    expect(parseMoneyInput('1,50', 2, ',')).toEqual({ ok: true, amount: 150 })
    expect(parseMoneyInput('1.50', 2, ',')).toEqual({ ok: true, amount: 150 })
    expect(parseMoneyInput('0,5', 2, '.')).toEqual({ ok: true, amount: 50 })
  })

  it('reads Arabic-Indic digits and the Arabic decimal mark, refuses the Arabic thousands mark', () => {
    expect(asciiDigits('١٢٫٥٠')).toBe('12.50')
    expect(asciiDigits('۱۲')).toBe('12')
    expect(parseMoneyInput('١٢٫٥٠', 2, '\u066b')).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('١٬٢٣٤', 2, '\u066b').ok).toBe(false)
    expect(parseCountInput('٣')).toEqual({ ok: true, value: 3 })
  })

  it('gives the example with the screen’s decimal mark', () => {
    expect(parseMoneyInput('abc', 2, ',')).toEqual({ ok: false, message: 'Type the amount with digits only, for example 12,50' })
  })
})

describe('"1,250" in a currency with three decimals', () => {
  it('reads the locale’s decimal mark as decimals and refuses the other mark before three digits as ambiguous', () => {
    expect(parseMoneyInput('1.250', 3, '.')).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('1,250', 3, ',')).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('1,250', 3, '.')).toEqual({
      ok: false,
      message: '“1,250” could mean thousands or decimals: type 1.250 for the decimals, or 1250 without a mark'
    })
    expect(parseMoneyInput('1.250', 3, ',').ok).toBe(false)
    // Not ambiguous: no thousands before the mark, or not three digits after it.
    expect(parseMoneyInput('0,250', 3, '.')).toEqual({ ok: true, amount: 250 })
    expect(parseMoneyInput('1,25', 3, '.')).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('1250', 3, '.')).toEqual({ ok: true, amount: 1_250_000 })
    // Two- and zero-digit currencies refuse three decimals anyway.
    expect(parseMoneyInput('1,250', 2, '.').ok).toBe(false)
    expect(parseMoneyInput('1,250', 0, '.').ok).toBe(false)
  })

  it('takes the Arabic decimal mark as the Arabic locale’s own mark', () => {
    expect(parseMoneyInput('١٫٢٥٠', 3, '\u066b')).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('1.250', 3, '\u066b')).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('1,250', 3, '\u066b').ok).toBe(false)
  })
})
