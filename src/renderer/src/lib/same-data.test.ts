import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sameData } from './same-data'

/** JSON with every object's keys sorted: two values are the same data when these are equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

describe('sameData', () => {
  it('finds a value equal to its structural copy, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy: unknown = JSON.parse(JSON.stringify(value))
        expect(sameData(value, copy)).toBe(true)
      })
    )
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
  })

  it('tells apart values that differ anywhere', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameData(a, b)).toBe(canonical(a) === canonical(b))
      })
    )
    expect(sameData({ lines: [{ id: 1, quantity: 2 }] }, { lines: [{ id: 1, quantity: 3 }] })).toBe(false)
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false)
    expect(sameData(null, {})).toBe(false)
    expect(sameData({ note: null }, { note: '' })).toBe(false)
  })
})
