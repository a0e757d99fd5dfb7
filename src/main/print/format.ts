import type { PrintableOrder } from '../../shared/print'

type MoneyContext = Pick<PrintableOrder, 'currency' | 'currencyDigits' | 'locale'>

const moneyFormats = new Map<string, Intl.NumberFormat>()

/**
 * Minor units to the shop's currency format. The amount becomes an exact decimal string
 * (1999 with 2 digits -> "19.99") so no float ever rounds a price.
 */
export function formatMoney(amount: number, context: MoneyContext): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money must be a safe integer, got ${amount}`)
  const key = `${context.locale}|${context.currency}|${context.currencyDigits}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(context.locale, {
      style: 'currency',
      currency: context.currency,
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
export function unpaidText(order: Pick<PrintableOrder, 'total'>): string {
  return order.total === 0 ? 'Nothing to pay' : 'Not paid yet'
}

export function minorToDecimal(amount: number, digits: number): `${number}` {
  const sign = amount < 0 ? '-' : ''
  const units = String(Math.abs(amount))
  if (digits === 0) return `${sign}${units}` as `${number}`
  const padded = units.padStart(digits + 1, '0')
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}` as `${number}`
}

export function formatDateTime(epochMs: number, context: Pick<PrintableOrder, 'locale' | 'timeZone'>): string {
  return new Intl.DateTimeFormat(context.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: context.timeZone }).format(epochMs)
}

export function formatQuantity(quantity: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity)
}

const KIND_LABELS: Record<PrintableOrder['kind'], string> = { counter: 'Counter sale', pickup: 'Pickup', delivery: 'Delivery' }

export function kindLabel(kind: PrintableOrder['kind']): string {
  return KIND_LABELS[kind]
}

const METHOD_LABELS: Record<string, string> = { cash: 'Cash', card: 'Card', voucher: 'Voucher', other: 'Other' }

export function paymentLabel(payment: PrintableOrder['payments'][number]): string {
  const method = METHOD_LABELS[payment.method] ?? payment.method.charAt(0).toUpperCase() + payment.method.slice(1)
  const label = payment.refund ? `Refund, ${method.toLowerCase()}` : method
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
