import { describe, expect, it } from 'vitest'
import { parseScalePrefixes } from '../screens/settings/ScaleLabelFields'
import { formatQuantity, parseStockInput, parseWeightInput } from './weight'

describe('weights typed and shown at the till', () => {
  it('reads either decimal mark and Arabic-Indic digits, at most three decimals, above zero', () => {
    expect(parseWeightInput('1.25', 'kg')).toEqual({ ok: true, value: 1250 })
    expect(parseWeightInput('1,25', 'kg')).toEqual({ ok: true, value: 1250 })
    expect(parseWeightInput('٠٫٥', 'kg')).toEqual({ ok: true, value: 500 })
    expect(parseWeightInput('.005', 'lb')).toEqual({ ok: true, value: 5 })
    for (const text of ['', '0', '0.000', '1.2345', '1,000.5', 'abc', '-1', '100000.001']) expect(parseWeightInput(text, 'kg').ok, text).toBe(false)
  })

  it('shows a weighed quantity in the unit, in the shop’s number format; a counted one as a count', () => {
    expect(formatQuantity(1250, 'kg', 'en-US')).toBe('1.25 kg')
    expect(formatQuantity(1250, 'kg', 'de-DE')).toBe('1,25 kg')
    expect(formatQuantity(5, 'lb', 'en-US')).toBe('0.005 lb')
    expect(formatQuantity(1250, 'each', 'en-US')).toBe('1,250')
  })
})

describe('stock typed in Products', () => {
  it('is a weight for a weighed product (zero allowed for a count, a sign for a change), whole units otherwise', () => {
    expect(parseStockInput('2,5', 'kg')).toEqual({ ok: true, value: 2500 })
    expect(parseStockInput('0', 'kg')).toEqual({ ok: true, value: 0 })
    expect(parseStockInput('-0.25', 'kg', { allowNegative: true })).toEqual({ ok: true, value: -250 })
    expect(parseStockInput('+1', 'lb', { allowNegative: true })).toEqual({ ok: true, value: 1000 })
    for (const text of ['-0.25', '1.2345', 'abc', '100000.001']) expect(parseStockInput(text, 'kg').ok, text).toBe(false)
    expect(parseStockInput('12', 'each')).toEqual({ ok: true, value: 12 })
    expect(parseStockInput('1.5', 'each').ok).toBe(false)
  })
})

describe('scale label prefixes typed in Settings', () => {
  it('reads a list of two-digit prefixes; empty is none; anything else is refused at scalePrefixes', () => {
    expect(parseScalePrefixes('21, 22;23 ')).toEqual({ ok: true, prefixes: [21, 22, 23] })
    expect(parseScalePrefixes('')).toEqual({ ok: true, prefixes: [] })
    const refused = parseScalePrefixes('21, 2x')
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.issues?.[0]?.path).toBe('scalePrefixes')
  })
})
