import { translatorFor } from '../../shared/i18n/translator'
import { formatLocale, type Language } from '../../shared/i18n/languages'
import type { PrintableOrder } from '../../shared/print'

export type MoneyContext = Pick<PrintableOrder, 'currency' | 'currencyDigits' | 'locale'> & {
  /** The currency's sign (default) or its ISO code: text-mode printers print the code when their code page lacks the sign. */
  currencyDisplay?: 'symbol' | 'code'
}

const moneyFormats = new Map<string, Intl.NumberFormat>()

/**
 * Minor units to the shop's currency format. The amount becomes an exact decimal string
 * (1999 with 2 digits -> "19.99") so no float ever rounds a price.
 */
export function formatMoney(amount: number, context: MoneyContext): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money must be a safe integer, got ${amount}`)
  const display = context.currencyDisplay ?? 'symbol'
  const key = `${context.locale}|${context.currency}|${context.currencyDigits}|${display}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(context.locale, {
      style: 'currency',
      currency: context.currency,
      currencyDisplay: display,
      minimumFractionDigits: context.currencyDigits,
      maximumFractionDigits: context.currencyDigits
    })
    moneyFormats.set(key, format)
  }
  return format.format(minorToDecimal(amount, context.currencyDigits))
}

/** A negative amount shown as taken off: "−$1.50". */
export function formatDeduction(amount: number, context: MoneyContext): string {
  return formatMoney(-Math.abs(amount), context)
}

/** A change of amount with its sign always shown: "+CHF 0.03", "−CHF 0.02" (cash rounding). */
export function formatSigned(amount: number, context: MoneyContext): string {
  return amount > 0 ? `+${formatMoney(amount, context)}` : formatMoney(amount, context)
}

/** The cash rounding of a payment as the receipt shows it: a refund's with the refund's sign, so its lines add up. */
export function paymentRounding(payment: PrintableOrder['payments'][number]): number {
  return payment.refund ? -payment.rounding : payment.rounding
}

/** What a receipt without payments says: an order of 0.00 owes nothing, any other is not paid yet. */
export function unpaidText(order: Pick<PrintableOrder, 'total'>, language: Language = 'en'): string {
  return translatorFor(language)(order.total === 0 ? 'print.nothingToPay' : 'print.notPaid')
}

export function minorToDecimal(amount: number, digits: number): `${number}` {
  const sign = amount < 0 ? '-' : ''
  const units = String(Math.abs(amount))
  if (digits === 0) return `${sign}${units}` as `${number}`
  const padded = units.padStart(digits + 1, '0')
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}` as `${number}`
}

/** A date and time with its words in the document's language, in the shop's region and time zone. */
export function formatDateTime(epochMs: number, context: Pick<PrintableOrder, 'locale' | 'timeZone'> & { language?: Language }): string {
  const locale = context.language ? formatLocale(context.language, context.locale) : context.locale
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: context.timeZone }).format(epochMs)
}

export function formatQuantity(quantity: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity)
}

export function kindLabel(kind: PrintableOrder['kind'], language: Language = 'en'): string {
  return translatorFor(language)(`print.kind.${kind}`)
}

const KNOWN_METHODS = ['cash', 'card', 'voucher', 'other'] as const
const isKnownMethod = (method: string): method is (typeof KNOWN_METHODS)[number] => (KNOWN_METHODS as readonly string[]).includes(method)

export function paymentLabel(payment: PrintableOrder['payments'][number], language: Language = 'en'): string {
  const t = translatorFor(language)
  const method = isKnownMethod(payment.method) ? t(`print.method.${payment.method}`) : payment.method.charAt(0).toUpperCase() + payment.method.slice(1)
  // "Refund, cash", "Erstattung, bar": the method is a word inside the sentence, so in lower case.
  const label = payment.refund ? t('print.refund', { method: method.toLocaleLowerCase(language) }) : method
  return payment.cardLastFour ? `${label} •••• ${payment.cardLastFour}` : label
}

/** A payment as taken (positive) or a refund as given back (shown as a deduction). */
export function paymentAmount(payment: PrintableOrder['payments'][number], context: MoneyContext): string {
  return payment.refund ? formatDeduction(payment.amount, context) : formatMoney(payment.amount, context)
}

/** "Latte — Large / Oat" or just "Latte" for a simple product. */
export function lineTitle(line: PrintableOrder['lines'][number]): string {
  return line.variantLabel ? `${line.name} — ${line.variantLabel}` : line.name
}

/** "5 items on 2 lines", in the document's language with its plurals; units in its locale. */
export function itemsOnLines(order: Pick<PrintableOrder, 'language' | 'locale'>, units: number, lines: number): string {
  const t = translatorFor(order.language)
  const items = t('print.items', { count: units, units: formatQuantity(units, order.locale) })
  return t('print.onLines', { count: lines, items })
}

export function isCashSale(order: Pick<PrintableOrder, 'payments'>): boolean {
  return order.payments.some((payment) => payment.method === 'cash' && !payment.refund)
}

const rateFormats = new Map<string, Intl.NumberFormat>()

/** A tax rate in basis points as the locale writes a percentage: 1900 -> "19%", 550 -> "5.5%". */
export function formatRate(rateBp: number, locale: string): string {
  let format = rateFormats.get(locale)
  if (!format) rateFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })))
  return format.format(rateBp / 10_000)
}
