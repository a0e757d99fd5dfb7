import type { Coupon, CouponInput } from '../../../../shared/coupons'
import { t } from '../../i18n/i18n'
import { moneyInputText, parseMoneyInput } from '../../lib/money'
import { parsePercentInput, percentInputText } from '../../lib/percent'

/** What the coupon form holds while it is typed: every number as the text typed. */
export interface CouponDraft {
  code: string
  description: string
  kind: 'percent' | 'amount'
  value: string
  minSpend: string
  validFrom: string
  validUntil: string
  /** Empty means no limit. */
  usageLimit: string
  active: boolean
}

export interface MoneyDigits {
  digits: number
  decimalMark: string
}

export function newCouponDraft(): CouponDraft {
  return { code: '', description: '', kind: 'percent', value: '', minSpend: '', validFrom: '', validUntil: '', usageLimit: '', active: true }
}

export function couponDraft(coupon: Coupon, money: MoneyDigits): CouponDraft {
  return {
    code: coupon.code,
    description: coupon.description,
    kind: coupon.kind,
    value: coupon.kind === 'percent' ? percentInputText(coupon.value) : moneyInputText(coupon.value, money.digits),
    minSpend: coupon.minSpend > 0 ? moneyInputText(coupon.minSpend, money.digits) : '',
    validFrom: coupon.validFrom ?? '',
    validUntil: coupon.validUntil ?? '',
    usageLimit: coupon.usageLimit === null ? '' : String(coupon.usageLimit),
    active: coupon.active
  }
}

export type CouponParse = { ok: true; input: CouponInput } | { ok: false; field: keyof CouponDraft; message: string }

/**
 * The draft as the channel's input, or the first field that cannot be read (typing mistakes only:
 * the rules, such as dates the wrong way round, are the main process's to refuse).
 */
export function parseCouponDraft(draft: CouponDraft, money: MoneyDigits): CouponParse {
  let value: number
  if (draft.kind === 'percent') {
    const parsed = parsePercentInput(draft.value)
    if (!parsed.ok) return { ok: false, field: 'value', message: t('coupons.form.percentInvalid') }
    value = parsed.basisPoints
  } else {
    const parsed = parseMoneyInput(draft.value, money.digits, money.decimalMark)
    if (!parsed.ok) return { ok: false, field: 'value', message: parsed.message }
    value = parsed.amount
  }
  let minSpend = 0
  if (draft.minSpend.trim() !== '') {
    const parsed = parseMoneyInput(draft.minSpend, money.digits, money.decimalMark)
    if (!parsed.ok) return { ok: false, field: 'minSpend', message: parsed.message }
    minSpend = parsed.amount
  }
  let usageLimit: number | null = null
  if (draft.usageLimit.trim() !== '') {
    if (!/^\d{1,10}$/.test(draft.usageLimit.trim())) return { ok: false, field: 'usageLimit', message: t('coupons.form.limitInvalid') }
    usageLimit = Number(draft.usageLimit.trim())
  }
  return {
    ok: true,
    input: {
      code: draft.code.trim(),
      description: draft.description.trim(),
      kind: draft.kind,
      value,
      minSpend,
      validFrom: draft.validFrom || null,
      validUntil: draft.validUntil || null,
      usageLimit,
      active: draft.active
    }
  }
}
