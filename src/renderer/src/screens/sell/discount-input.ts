import { t } from '../../i18n/i18n'
import { money } from '../../../../shared/money'
import type { Discount } from '../../../../shared/pricing'
import { minorUnitsToDecimal, moneyInputText, parseMoneyInput } from '../../lib/money'

export type DiscountKind = Discount['kind']

/** A discount as typed: a kind and its text; empty text means no discount. */
export interface DiscountDraft {
  kind: DiscountKind
  text: string
}

export type DiscountParse = { ok: true; discount: Discount | null } | { ok: false; message: string }

/** "10" or "12.5" (percent) or "2.50" (amount in the shop's currency) → the discount the cart takes. */
export function parseDiscount({ kind, text }: DiscountDraft, currencyDigits: number, decimalMark: string): DiscountParse {
  const trimmed = text.trim().replace(/%$/, '').trim()
  if (trimmed === '') return { ok: true, discount: null }
  if (kind === 'percent') {
    const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(trimmed)
    if (!match) return { ok: false, message: t('sell.discountInput.invalidPercent', { example: `12${decimalMark}5` }) }
    const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
    if (basisPoints === 0) return { ok: false, message: t('sell.discountInput.zero') }
    if (basisPoints > 10_000) return { ok: false, message: t('sell.discountInput.overHundred') }
    return { ok: true, discount: { kind: 'percent', value: basisPoints } }
  }
  const amount = parseMoneyInput(trimmed, currencyDigits, decimalMark)
  if (!amount.ok) return { ok: false, message: amount.message }
  if (amount.amount === 0) return { ok: false, message: t('sell.discountInput.zero') }
  return { ok: true, discount: { kind: 'amount', value: money(amount.amount) } }
}

/** The draft an existing discount starts from. */
export function discountDraftOf(discount: Discount | null, currencyDigits: number): DiscountDraft {
  if (!discount) return { kind: 'percent', text: '' }
  if (discount.kind === 'percent') return { kind: 'percent', text: minorUnitsToDecimal(discount.value, 2).replace(/\.?0+$/, '') }
  return { kind: 'amount', text: moneyInputText(discount.value, currencyDigits) }
}
