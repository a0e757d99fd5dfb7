import { currencyDigits, isKnownCurrency, isValidLocale } from '../../../../shared/currency'
import { formatMoney } from '../../lib/money'
import { useTranslation } from 'react-i18next'

/** What a price will look like with the currency and locale being chosen, before saving them. */
export function MoneyPreview({ currency, locale }: { currency: string; locale: string }) {
  const { t } = useTranslation()
  const code = currency.trim().toUpperCase()
  const tag = locale.trim()
  if (!isKnownCurrency(code) || !isValidLocale(tag)) return null
  const digits = currencyDigits(code)
  const sample = 1234567 * 10 ** Math.max(0, digits - 2)
  return (
    <p className="settings-preview" data-testid="settings-money-preview">
      {t('settings.pricesWillLookLike')} <strong className="money">{formatMoney(sample, { currency: code, locale: tag, currencyDigits: digits })}</strong>
    </p>
  )
}
