import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatLocale, matchLanguage } from '../../../shared/i18n/languages'
import type { MoneyFormat } from '../lib/money'
import { useShopSettings } from '../stores/settings-store'

/**
 * The locale this screen writes dates and times in (Intl): the screen language in the shop's
 * region. Re-renders when the language changes. Numbers and money stay in `settings.locale`, the
 * shop's country (see formatLocale).
 */
export function useDateLocale(): string {
  const { i18n } = useTranslation()
  const settings = useShopSettings()
  return formatLocale(matchLanguage([i18n.language]), settings.locale)
}

/** The shop's currency in the shop's number format, for formatMoney. */
export function useMoneyFormat(): MoneyFormat {
  const { currency, currencyDigits, locale } = useShopSettings()
  return { currency, currencyDigits, locale }
}

/** Writes a count with the shop's digit grouping (Intl): 50,000 in the US, 50.000 in Germany, 50 000 in France. */
export function useFormatCount(): (value: number) => string {
  const { locale } = useShopSettings()
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    return (value: number) => format.format(value)
  }, [locale])
}
