import { describe, expect, it } from 'vitest'
import { parseCountInput } from './count'
import { asciiDigits } from './digits'
import { parseMoneyInput } from './money'

describe('decimal comma and Arabic digits in the inputs', () => {
  it('reads "1,50" and "1.50" as 1.50', () => {
    expect(parseMoneyInput('1,50', 2, ',')).toEqual({ ok: true, amount: 150 })
    expect(parseMoneyInput('1.50', 2, ',')).toEqual({ ok: true, amount: 150 })
    expect(parseMoneyInput('0,5', 2)).toEqual({ ok: true, amount: 50 })
  })

  it('reads Arabic-Indic digits and the Arabic decimal mark, refuses the Arabic thousands mark', () => {
    expect(asciiDigits('١٢٫٥٠')).toBe('12.50')
    expect(asciiDigits('۱۲')).toBe('12')
    expect(parseMoneyInput('١٢٫٥٠', 2)).toEqual({ ok: true, amount: 1250 })
    expect(parseMoneyInput('١٬٢٣٤', 2).ok).toBe(false)
    expect(parseCountInput('٣')).toEqual({ ok: true, value: 3 })
  })

  it('gives the example with the screen’s decimal mark', () => {
    expect(parseMoneyInput('abc', 2, ',')).toEqual({ ok: false, message: 'Type the amount with digits only, for example 12,50' })
  })
})
