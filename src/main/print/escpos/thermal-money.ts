import type { CodePage } from '../../../shared/print'
import { type MoneyContext, formatMoney } from '../format'
import { fitsCodePage } from './thermal-text'

/** Letters of scripts written right to left: text mode prints them reversed and unjoined, so a sign in them is not printable. */
const RIGHT_TO_LEFT_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/** The shop's locale with Latin digits (ja-JP stays ja-JP, ar-AE writes 1,234.50 instead of ١٬٢٣٤٫٥٠). */
export function latinDigitsLocale(locale: string): string {
  try {
    return new Intl.Locale(locale, { numberingSystem: 'latn' }).toString()
  } catch {
    return locale
  }
}

const signs = new Map<string, string>()

/** The currency's sign as the locale writes it, with Latin digits: "￥", "د.إ.", "CHF". */
function currencySign(locale: string, currency: string): string {
  const key = `${locale}|${currency}`
  let sign = signs.get(key)
  if (sign === undefined) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1)
    sign = parts
      .filter((part) => part.type === 'currency')
      .map((part) => part.value)
      .join('')
    signs.set(key, sign)
  }
  return sign
}

/**
 * How a text-mode (ESC/POS) document writes its amounts, numbers and percentages: the shop's
 * format with Latin digits, and the currency's sign only when the printer's code page has it and
 * it reads left to right; otherwise the ISO code ("JPY 2,500", "13.75 AED", "INR 99.00"). The
 * separators the code pages lack (narrow no-break space, U+2212 minus, bidi marks, full-width
 * signs) are made plain by `thermalText` on the way to the printer. Spread over a document's own
 * facts: `{ ...order, ...thermalMoneyContext(order, codePage) }`.
 */
export function thermalMoneyContext(context: MoneyContext, codePage: CodePage): MoneyContext {
  const locale = latinDigitsLocale(context.locale)
  const sign = currencySign(locale, context.currency)
  const printable = fitsCodePage([sign], codePage) && !RIGHT_TO_LEFT_LETTERS.test(sign)
  return { currency: context.currency, currencyDigits: context.currencyDigits, locale, currencyDisplay: printable ? 'symbol' : 'code' }
}

/** One amount as a text-mode document prints it (see `thermalMoneyContext`). */
export function formatThermalMoney(amount: number, context: MoneyContext, codePage: CodePage): string {
  return formatMoney(amount, thermalMoneyContext(context, codePage))
}
