import type { CashRoundingRule, TaxRounding } from '../../../../shared/settings'
import { t } from '../../i18n/i18n'

/** The two legal ways to round tax (issue 12): each line on its own, or once per rate on the document. */
export const TAX_ROUNDING_CHOICES: ReadonlyArray<{ value: TaxRounding; label: string; hint: string }> = [
  {
    value: 'line',
    get label() {
      return t('settings.taxRoundingLine')
    },
    get hint() {
      return t('settings.taxRoundingLineHint')
    }
  },
  {
    value: 'rate',
    get label() {
      return t('settings.taxRoundingRate')
    },
    get hint() {
      return t('settings.taxRoundingRateHint')
    }
  }
]

/** How cash is taken to the smallest coin: nearest (halves up), always down, always up. */
export const CASH_ROUNDING_RULE_CHOICES: ReadonlyArray<{ value: CashRoundingRule; label: string }> = [
  {
    value: 'nearest',
    get label() {
      return t('settings.cashRoundingNearest')
    }
  },
  {
    value: 'down',
    get label() {
      return t('settings.cashRoundingDown')
    }
  },
  {
    value: 'up',
    get label() {
      return t('settings.cashRoundingUp')
    }
  }
]
