import { t } from '../i18n/i18n'
import { asciiDigits } from './digits'

/** How the shop writes amounts: its currency, its locale and the currency's minor-unit digits. */
export interface MoneyFormat {
  currency: string
  locale: string
  currencyDigits: number
}

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor({ currency, locale, currencyDigits }: MoneyFormat): Intl.NumberFormat {
  const key = `${locale}|${currency}|${currencyDigits}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: currencyDigits,
      maximumFractionDigits: currencyDigits
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** The decimal text of an amount of minor units, built from digits so nothing is ever rounded. */
export function minorUnitsToDecimal(amount: number, digits: number): `${number}` {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not an amount of minor units: ${amount}`)
  const sign = amount < 0 ? '-' : ''
  const text = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0')
  if (digits === 0) return `${sign}${text}` as `${number}`
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` as `${number}`
}

/** 1999 → "$19.99" (en-US, USD), "19,99 €" (fr-FR, EUR), "¥1,999" (ja-JP, JPY). */
export function formatMoney(amount: number, format: MoneyFormat): string {
  return formatterFor(format).format(minorUnitsToDecimal(amount, format.currencyDigits))
}

/** What the shop's locale uses between whole units and cents, for placeholders and hints. */
export function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
}

/** A trillion minor units: the contract's limit, far below where integers stop being exact. */
export const MAX_MONEY_INPUT = 1_000_000_000_000

export type MoneyParse = { ok: true; amount: number } | { ok: false; message: string }

/**
 * Reads what the shopkeeper typed ("12", "12.5", "12,50", Arabic "١٢٫٥٠") as minor units, exactly:
 * the digits are joined as text, never multiplied as floats. Either decimal mark is accepted, so
 * "1,50" is 1.50 on a German till and an English one alike; a group separator is refused rather
 * than guessed, so "1,000" is never silently read as one. In a currency with three decimals
 * (KWD, BHD, OMR) "1,250" could be either: the locale's own `decimalMark` is read as the decimal
 * mark (1.250), the other mark before exactly three digits is refused as ambiguous, since that is
 * how the locale groups thousands ("1,250" on an English till, "1.250" on a German one).
 */
export function parseMoneyInput(text: string, digits: number, decimalMark: string): MoneyParse {
  const trimmed = asciiDigits(text).trim()
  if (trimmed === '') return { ok: false, message: t('input.money.empty') }
  if (trimmed.startsWith('-')) return { ok: false, message: t('input.money.negative') }
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(trimmed)
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) {
    return { ok: false, message: t('input.money.digitsOnly', { example: digits === 0 ? '12' : `12${decimalMark}${'5'.padEnd(digits, '0')}` }) }
  }
  const whole = match[1] || '0'
  const fraction = match[2] ?? ''
  const mark = /[.,]/.exec(trimmed)?.[0]
  if (digits === 3 && fraction.length === 3 && mark !== asciiDigits(decimalMark) && Number(whole) > 0) {
    return { ok: false, message: t('input.money.ambiguous', { text: trimmed, decimal: `${whole}${decimalMark}${fraction}`, whole: `${whole}${fraction}` }) }
  }
  if (fraction.length > digits) {
    return { ok: false, message: digits === 0 ? t('input.money.noDecimals') : t('input.money.tooManyDecimals', { count: digits }) }
  }
  const minorText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '')
  if (minorText.length > 13) return { ok: false, message: t('input.money.tooLarge') }
  const amount = Number(minorText)
  if (amount > MAX_MONEY_INPUT) return { ok: false, message: t('input.money.tooLarge') }
  return { ok: true, amount }
}

/** The text a money input starts with for an existing amount: 1999 → "19.99". */
export function moneyInputText(amount: number, digits: number): string {
  return minorUnitsToDecimal(amount, digits)
}
