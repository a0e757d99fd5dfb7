import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pinDigits } from './digits'

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹'

describe('pinDigits', () => {
  it('reads a PIN typed in Arabic-Indic or Persian digits as the same PIN in 0-9, at most max digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,12}$/), fc.constantFrom('0123456789', ARABIC_INDIC, PERSIAN), (pin, digits) => {
        const typed = [...pin].map((digit) => digits[Number(digit)]).join('')
        expect(pinDigits(typed, 8)).toBe(pin.slice(0, 8))
      })
    )
  })

  it('drops what is not a digit', () => {
    expect(pinDigits('٢٥ 8-0x', 8)).toBe('2580')
    expect(pinDigits('', 8)).toBe('')
  })
})
