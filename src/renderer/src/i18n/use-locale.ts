import { useTranslation } from 'react-i18next'
import { formatLocale, matchLanguage } from '../../../shared/i18n/languages'
import type { MoneyFormat } from '../lib/money'
import { useShopSettings } from '../stores/settings-store'

/**
 * The locale this screen writes numbers, money, dates and times in (Intl): the screen language in
 * the shop's region. Re-renders when the language changes. Use it wherever `settings.locale` was
 * used for formatting; `settings.locale` itself is the shop's setting as saved.
 */
export function useLocale(): string {
  const { i18n } = useTranslation()
  const settings = useShopSettings()
  return formatLocale(matchLanguage([i18n.language]), settings.locale)
}

/** The shop's currency written in the screen's locale, for formatMoney and the money inputs. */
export function useMoneyFormat(): MoneyFormat {
  const settings = useShopSettings()
  return { currency: settings.currency, currencyDigits: settings.currencyDigits, locale: useLocale() }
}
