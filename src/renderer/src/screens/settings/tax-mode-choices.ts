import type { TaxMode } from '../../../../shared/settings'

export const TAX_MODE_CHOICES: ReadonlyArray<{ value: TaxMode; label: string; hint: string }> = [
  { value: 'inclusive', label: 'Prices include tax', hint: 'The price on the shelf is what the customer pays' },
  { value: 'exclusive', label: 'Tax is added at the till', hint: 'Tax is added on top of the shelf price' }
]
