import type { TaxMode } from '../../../../shared/settings'
import { t } from '../../i18n/i18n'

export const TAX_MODE_CHOICES: ReadonlyArray<{ value: TaxMode; label: string; hint: string }> = [
  {
    value: 'inclusive',
    get label() {
      return t('settings.pricesIncludeTax')
    },
    get hint() {
      return t('settings.thePriceOnThe')
    }
  },
  {
    value: 'exclusive',
    get label() {
      return t('settings.taxIsAddedAt')
    },
    get hint() {
      return t('settings.taxIsAddedOn')
    }
  }
]
