import type { Promotion, PromotionInput, PromotionKind } from '../../../../shared/promotions'
import { t } from '../../i18n/i18n'
import { moneyInputText, parseMoneyInput } from '../../lib/money'
import type { MoneyDigits } from './coupon-form'

/** What the promotion form holds while it is typed: numbers as the text typed. */
export type PromotionTarget = 'product' | 'category'

export interface PromotionDraft {
  name: string
  /** Whether the rule is for one product or for a category (the units of all its products together). */
  target: PromotionTarget
  productId: number | null
  productName: string
  category: string
  kind: PromotionKind
  quantity: string
  price: string
  freeQuantity: string
  active: boolean
}

export function newPromotionDraft(): PromotionDraft {
  return {
    name: '',
    target: 'product',
    productId: null,
    productName: '',
    category: '',
    kind: 'multi_price',
    quantity: '3',
    price: '',
    freeQuantity: '1',
    active: true
  }
}

export function promotionDraft(promotion: Promotion, money: MoneyDigits): PromotionDraft {
  return {
    name: promotion.name,
    target: promotion.category === null ? 'product' : 'category',
    productId: promotion.productId,
    productName: promotion.productName ?? '',
    category: promotion.category ?? '',
    kind: promotion.kind,
    quantity: String(promotion.quantity),
    price: promotion.kind === 'multi_price' ? moneyInputText(promotion.price, money.digits) : '',
    freeQuantity: promotion.kind === 'buy_get' ? String(promotion.freeQuantity) : '1',
    active: promotion.active
  }
}

export type PromotionParse = { ok: true; input: PromotionInput } | { ok: false; field: keyof PromotionDraft; message: string }

const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null)

/** The draft as the channel's input, or the first field that cannot be read; the rules are the main process's to refuse. */
export function parsePromotionDraft(draft: PromotionDraft, money: MoneyDigits): PromotionParse {
  const category = draft.category.trim()
  if (draft.target === 'product' && draft.productId === null) return { ok: false, field: 'productId', message: t('coupons.promotions.form.productNone') }
  if (draft.target === 'category' && category === '') return { ok: false, field: 'category', message: t('coupons.promotions.form.categoryNone') }
  const quantity = wholeNumber(draft.quantity)
  if (quantity === null) return { ok: false, field: 'quantity', message: t('coupons.promotions.form.quantityInvalid') }
  const target = draft.target === 'product' ? { productId: draft.productId, category: null } : { productId: null, category }
  const common = { name: draft.name.trim(), ...target, kind: draft.kind, quantity, active: draft.active }
  if (draft.kind === 'buy_get') {
    const freeQuantity = wholeNumber(draft.freeQuantity)
    if (freeQuantity === null) return { ok: false, field: 'freeQuantity', message: t('coupons.promotions.form.quantityInvalid') }
    return { ok: true, input: { ...common, freeQuantity, price: 0 } }
  }
  const price = parseMoneyInput(draft.price, money.digits, money.decimalMark)
  if (!price.ok) return { ok: false, field: 'price', message: price.message }
  return { ok: true, input: { ...common, price: price.amount, freeQuantity: 0 } }
}
