import { z } from 'zod'
import { freeText } from './free-text'
import type { Money } from './money'
import { schemaMessage } from './i18n/schema-message'

/**
 * Quantity promotions (issue 12), each for one product or one catalog category (the units of all
 * its products counted together), applied by the cart on its own:
 * - 'multi_price': every `quantity` units of the product sell together for `price` ("3 for 10.00");
 * - 'buy_get': of every `quantity` + `freeQuantity` units, the `freeQuantity` cheapest are free
 *   ("buy 2 get 1 free").
 */
export const PROMOTION_KINDS = ['multi_price', 'buy_get'] as const
export type PromotionKind = (typeof PROMOTION_KINDS)[number]

const MAX_PROMOTION_PRICE = 100_000_000_000
const MAX_PROMOTION_QUANTITY = 1000

const promotionFields = {
  name: freeText(60).refine((name) => name.length > 0, { error: schemaMessage('promotions.name') }),
  /** The product the rule prices; null when it prices a category. */
  productId: z
    .number()
    .int()
    .positive({ error: schemaMessage('promotions.product') })
    .nullable(),
  /** The catalog category the rule prices, as the products carry it; null when it prices a product. */
  category: freeText(80, { required: schemaMessage('promotions.category') }).nullable(),
  kind: z.enum(PROMOTION_KINDS, { error: schemaMessage('promotions.kind') }),
  /** Units that make one group: the N of "N for a price", or those bought in "buy N get M free". */
  quantity: z
    .number()
    .int({ error: schemaMessage('promotions.quantityWhole') })
    .min(1, { error: schemaMessage('promotions.quantityMin', { min: 1 }) })
    .max(MAX_PROMOTION_QUANTITY, { error: schemaMessage('promotions.quantityMax', { max: MAX_PROMOTION_QUANTITY }) }),
  /** What one group costs ('multi_price'), in minor units; 0 for 'buy_get'. */
  price: z
    .number()
    .int({ error: schemaMessage('common.priceWhole') })
    .min(0, { error: schemaMessage('common.priceNegative') })
    .max(MAX_PROMOTION_PRICE, { error: schemaMessage('common.priceTooLarge') }),
  /** Units free per group ('buy_get'); 0 for 'multi_price'. */
  freeQuantity: z
    .number()
    .int({ error: schemaMessage('promotions.quantityWhole') })
    .min(0, { error: schemaMessage('common.quantityNegative') })
    .max(MAX_PROMOTION_QUANTITY, { error: schemaMessage('promotions.quantityMax', { max: MAX_PROMOTION_QUANTITY }) }),
  active: z.boolean()
}

type PromotionFields = { [K in keyof typeof promotionFields]: z.output<(typeof promotionFields)[K]> }

function checkPromotion(promotion: PromotionFields, ctx: z.RefinementCtx): void {
  if ((promotion.productId === null) === (promotion.category === null)) {
    ctx.addIssue({ code: 'custom', path: [promotion.productId === null ? 'productId' : 'category'], message: schemaMessage('promotions.target') })
  }
  if (promotion.kind === 'multi_price') {
    if (promotion.quantity < 2) ctx.addIssue({ code: 'custom', path: ['quantity'], message: schemaMessage('promotions.multiMin', { min: 2 }) })
    if (promotion.price < 1) ctx.addIssue({ code: 'custom', path: ['price'], message: schemaMessage('promotions.groupPrice') })
    if (promotion.freeQuantity !== 0) ctx.addIssue({ code: 'custom', path: ['freeQuantity'], message: schemaMessage('promotions.multiNoFree') })
  } else {
    if (promotion.freeQuantity < 1) ctx.addIssue({ code: 'custom', path: ['freeQuantity'], message: schemaMessage('promotions.freeMin', { min: 1 }) })
    if (promotion.price !== 0) ctx.addIssue({ code: 'custom', path: ['price'], message: schemaMessage('promotions.buyGetNoPrice') })
  }
}

export const promotionInputSchema = z
  .object({
    ...promotionFields,
    productId: promotionFields.productId.default(null),
    category: promotionFields.category.default(null),
    freeQuantity: promotionFields.freeQuantity.default(0),
    price: promotionFields.price.default(0),
    active: promotionFields.active.default(true)
  })
  .strict()
  .superRefine(checkPromotion)
export type PromotionInput = z.input<typeof promotionInputSchema>

export const promotionUpdateSchema = z.object({ promotionId: z.number().int().positive(), promotion: promotionInputSchema }).strict()

export const promotionIdSchema = z.object({ promotionId: z.number().int().positive() }).strict()

export const promotionListSchema = z
  .object({ includeInactive: z.boolean().default(true) })
  .strict()
  .default({ includeInactive: true })

/** The rule as pricing reads it. */
export interface PromotionRule {
  id: number
  name: string
  /** Exactly one of the two is set: the product, or the category whose products it counts together. */
  productId: number | null
  category: string | null
  kind: PromotionKind
  quantity: number
  price: number
  freeQuantity: number
}

export interface Promotion extends PromotionRule {
  price: Money
  /** The product's name, or null for a category rule. */
  productName: string | null
  active: boolean
  createdAt: number
  updatedAt: number
}

/** A promotion a cart qualified for, and what it takes off in all. */
export interface AppliedPromotion {
  promotionId: number
  name: string
  discount: Money
}
