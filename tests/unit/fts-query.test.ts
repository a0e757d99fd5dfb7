import { describe, expect, it } from 'vitest'
import { ftsPrefixQuery } from '../../src/main/orders/fts-query'

describe('the order search words', () => {
  it('search an order number by its digits, not by the prefix letter every order shares', () => {
    expect(ftsPrefixQuery('A-0500000', { skipSingleCharacters: true })).toBe('"0500000"*')
    expect(ftsPrefixQuery('A-0500000')).toBe('"A"* "0500000"*')
  })

  it('keep single characters when nothing longer was typed', () => {
    expect(ftsPrefixQuery('3', { skipSingleCharacters: true })).toBe('"3"*')
    expect(ftsPrefixQuery('a b', { skipSingleCharacters: true })).toBe('"a"* "b"*')
    expect(ftsPrefixQuery(' - ', { skipSingleCharacters: true })).toBeNull()
  })
})
