import { describe, expect, it } from 'vitest'
import { applyKey, type KeypadKey, type KeypadLayout } from './keypad'

const cents: KeypadLayout = { extra: 'separator', separator: '.' }
const comma: KeypadLayout = { extra: 'separator', separator: ',' }
const yen: KeypadLayout = { extra: '00', separator: '.' }
const count: KeypadLayout = { extra: null, separator: '.' }
const press = (keys: KeypadKey[], layout: KeypadLayout, from = '') => keys.reduce((text, key) => applyKey(text, key, layout), from)

describe('the on-screen keypad', () => {
  it('types an amount with cents, in the locale’s separator, once', () => {
    expect(press(['2', '0', 'separator', '5', '0'], cents)).toBe('20.50')
    expect(press(['separator', '5'], comma)).toBe('0,5')
    expect(press(['1', 'separator', 'separator', '2'], cents)).toBe('1.2')
  })

  it('types whole amounts with 00 and counts without a separator', () => {
    expect(press(['5', '00'], yen)).toBe('500')
    expect(press(['00'], yen)).toBe('')
    expect(press(['separator', '3'], count)).toBe('3')
    expect(press(['0', '7'], count)).toBe('7')
  })

  it('deletes the last character and clears the field', () => {
    expect(press(['delete'], cents, '12.5')).toBe('12.')
    expect(press(['delete'], cents, '')).toBe('')
    expect(press(['clear', '4'], cents, '99.99')).toBe('4')
  })
})
