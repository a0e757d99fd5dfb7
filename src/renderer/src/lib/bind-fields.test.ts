import { describe, expect, it } from 'vitest'
import { bindFields } from './bind-fields'

describe('bindFields', () => {
  it('gives a field its value, its setter, its own refusal and the test id <prefix>-<name in dashes>', () => {
    const set = (value: string) => value
    const field = bindFields({ skuPrefix: 'Too long', price: 'Not an amount' }, 'options-form')
    expect(field('skuPrefix', 'MUG', set)).toEqual({ value: 'MUG', onChange: set, error: 'Too long', testId: 'options-form-sku-prefix' })
    expect(field('taxNumber', '', set)).toEqual({ value: '', onChange: set, error: undefined, testId: 'options-form-tax-number' })
  })
})
