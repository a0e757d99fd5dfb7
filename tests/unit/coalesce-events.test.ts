import { describe, expect, it } from 'vitest'
import { coalesceIdEvents } from '../../src/main/core/command'
import { DEFAULT_SETTINGS } from '../../src/shared/settings'

const SETTINGS = { ...DEFAULT_SETTINGS, currencyDigits: 2 }

describe('events published after a command', () => {
  it('merge id-list events into one per name, keep the others in order', () => {
    const merged = coalesceIdEvents([
      { name: 'stock.changed', payload: { variantIds: [1] } },
      { name: 'settings.changed', payload: { settings: SETTINGS } },
      { name: 'stock.changed', payload: { variantIds: [2, 1] } },
      { name: 'catalog.changed', payload: { productIds: [7] } },
      { name: 'stock.changed', payload: { variantIds: [3] } }
    ])
    expect(merged).toEqual([
      { name: 'stock.changed', payload: { variantIds: [1, 2, 3] } },
      { name: 'settings.changed', payload: { settings: SETTINGS } },
      { name: 'catalog.changed', payload: { productIds: [7] } }
    ])
  })
})
