import { describe, expect, it } from 'vitest'
import type { SellableVariant } from '../../../../shared/catalog'
import { byNaturalName } from './use-product-tiles'

const tile = (productName: string, label = '') => ({ productName, label }) as SellableVariant

describe('product tiles', () => {
  it('sort as a person counts, variants of one product kept in their order', () => {
    const sorted = [tile('Item 10'), tile('item 2'), tile('Item 1'), tile('Apron', 'Red'), tile('Apron', 'Blue'), tile('Item 100')].sort(byNaturalName)
    expect(sorted.map((entry) => `${entry.productName}${entry.label ? ` ${entry.label}` : ''}`)).toEqual([
      'Apron Red',
      'Apron Blue',
      'Item 1',
      'item 2',
      'Item 10',
      'Item 100'
    ])
  })
})
