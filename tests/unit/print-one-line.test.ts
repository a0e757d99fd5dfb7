import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { oneLine } from '../../src/main/print/load-printable-order'

describe('names on a printed slip', () => {
  it('never carry a line break, tab or other control character', () => {
    expect(oneLine('抹茶ラテ\r\nlarge')).toBe('抹茶ラテ large')
    expect(oneLine('Tea\tpot\u2028lid')).toBe('Tea pot lid')
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !/[\p{Cc}\u2028\u2029]/u.test(oneLine(text))))
  })
})
