import { z } from 'zod'
import type { Money } from './money'
import type { AppliedPromotion } from './promotions'
import { schemaMessage } from './i18n/schema-message'

export const DISCOUNT_KINDS = ['percent', 'amount'] as const
export type DiscountKind = (typeof DISCOUNT_KINDS)[number]

/** A percent discount in basis points (1000 = 10%), or an amount in minor units. */
export type Discount = { kind: 'percent'; value: number } | { kind: 'amount'; value: Money }

const MAX_AMOUNT = 1_000_000_000_000

export const discountSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('percent'),
        value: z
          .number()
          .int({ error: schemaMessage('pricing.percentWhole') })
          .min(1, { error: schemaMessage('pricing.aboveZero') })
          .max(10_000, { error: schemaMessage('pricing.percentMax') })
      })
      .strict(),
    z
      .object({
        kind: z.literal('amount'),
        value: z
          .number()
          .int({ error: schemaMessage('pricing.amountWhole') })
          .min(1, { error: schemaMessage('pricing.aboveZero') })
          .max(MAX_AMOUNT, { error: schemaMessage('common.amountTooLarge') })
          .transform((value) => value as Money)
      })
      .strict()
  ],
  { error: schemaMessage('pricing.kind') }
)

/** What the totals of one line come to. Every amount is in minor units and never negative. */
export interface LineTotals {
  /** unit price x quantity, as the price is shown (with tax in a tax-inclusive shop). */
  gross: Money
  lineDiscount: Money
  /** This line's share of a quantity promotion ("3 for 10.00"), taken before the order discount. */
  promotionDiscount: Money
  /** This line's share of the order discount. */
  orderDiscount: Money
  /** This line's share of the coupon. */
  couponDiscount: Money
  /** gross minus every discount: what the line sells for, as the price is shown. */
  net: Money
  tax: Money
  /** What the customer pays for the line, tax included. */
  total: Money
}

export interface CartTotals {
  itemCount: number
  subtotal: Money
  lineDiscountTotal: Money
  promotionDiscountTotal: Money
  /** The quantity promotions the cart qualified for, each with what it takes off. */
  promotions: AppliedPromotion[]
  orderDiscountTotal: Money
  couponDiscountTotal: Money
  taxTotal: Money
  total: Money
  /** Per tax rate: net, tax and gross, highest rate first (what receipts summarize). */
  taxByRate: TaxRateTotals[]
}

/** What one tax rate comes to on a document or in a range: net + tax = gross. */
export interface TaxRateTotals {
  /** The rate in basis points: 1900 = 19%. */
  rateBp: number
  /** Without tax. */
  net: Money
  tax: Money
  /** With tax: what the customer paid at this rate. */
  gross: Money
}
