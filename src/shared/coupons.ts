import { z } from 'zod'
import { BUSINESS_DAY_PATTERN } from './business-day'
import { freeText } from './free-text'
import type { Money } from './money'
import { schemaMessage } from './i18n/schema-message'

const day = z
  .string()
  .regex(BUSINESS_DAY_PATTERN, { error: schemaMessage('common.dateFormat') })
  .refine(isCalendarDay, { error: schemaMessage('coupons.calendarDay') })

/** 2026-02-30 matches the pattern but is no day. */
function isCalendarDay(text: string): boolean {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(year, month - 1, date))
  return day.getUTCFullYear() === year && day.getUTCMonth() === month - 1 && day.getUTCDate() === date
}

const couponFields = {
  code: freeText(32)
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, { error: schemaMessage('coupons.code', { min: 2, max: 32 }) }),
  description: freeText(200),
  kind: z.enum(['percent', 'amount'], { error: schemaMessage('coupons.kind') }),
  /** Basis points for a percent coupon (1000 = 10%), minor units for an amount coupon. */
  value: z
    .number()
    .int({ error: schemaMessage('coupons.valueWhole') })
    .min(1, { error: schemaMessage('coupons.valueAboveZero') })
    .max(1_000_000_000_000),
  minSpend: z.number().int().min(0).max(1_000_000_000_000),
  /** First and last shop-local day the coupon works, both included; null means no limit. */
  validFrom: day.nullable(),
  validUntil: day.nullable(),
  /** How many orders may use it; null means unlimited. */
  usageLimit: z.number().int().min(1).max(1_000_000_000).nullable(),
  active: z.boolean()
}

const couponCreateFields = z
  .object({
    ...couponFields,
    description: couponFields.description.default(''),
    minSpend: couponFields.minSpend.default(0),
    validFrom: couponFields.validFrom.default(null),
    validUntil: couponFields.validUntil.default(null),
    usageLimit: couponFields.usageLimit.default(null),
    active: couponFields.active.default(true)
  })
  .strict()

type CouponFieldsOut = z.output<typeof couponCreateFields>

function checkCoupon(coupon: Partial<CouponFieldsOut>, ctx: z.RefinementCtx): void {
  if (coupon.kind === 'percent' && coupon.value !== undefined && coupon.value > 10_000) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: schemaMessage('coupons.percentMax') })
  }
  if (coupon.validFrom && coupon.validUntil && coupon.validFrom > coupon.validUntil) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: schemaMessage('coupons.lastDayBeforeFirst') })
  }
}

export const couponInputSchema = couponCreateFields.superRefine(checkCoupon)
export type CouponInput = z.input<typeof couponInputSchema>

export const couponUpdateSchema = z
  .object({
    couponId: z.number().int().positive(),
    patch: z.object(couponFields).omit({ code: true }).partial().strict().superRefine(checkCoupon)
  })
  .strict()

export const couponIdSchema = z.object({ couponId: z.number().int().positive() }).strict()

export const couponListSchema = z
  .object({
    /** Keyset cursor: the last code already shown (ordered by code). */
    after: freeText(32).optional(),
    includeInactive: z.boolean().default(true),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()

export interface Coupon {
  id: number
  code: string
  description: string
  kind: 'percent' | 'amount'
  value: number
  minSpend: Money
  validFrom: string | null
  validUntil: string | null
  usageLimit: number | null
  timesUsed: number
  active: boolean
  createdAt: number
  updatedAt: number
}

export interface CouponPage {
  coupons: Coupon[]
  /** Pass as `after` for the next page; null when this page is the last. */
  next: string | null
}

/** Where a coupon stands on a day, before any spend: the till's checks, in the order it makes them. */
export type CouponStanding = 'active' | 'off' | 'scheduled' | 'expired' | 'usedUp'

/** `today` is the shop-local business day (YYYY-MM-DD). */
export function couponStanding(coupon: Pick<Coupon, 'active' | 'validFrom' | 'validUntil' | 'usageLimit' | 'timesUsed'>, today: string): CouponStanding {
  if (!coupon.active) return 'off'
  if (coupon.validFrom !== null && today < coupon.validFrom) return 'scheduled'
  if (coupon.validUntil !== null && today > coupon.validUntil) return 'expired'
  if (coupon.usageLimit !== null && coupon.timesUsed >= coupon.usageLimit) return 'usedUp'
  return 'active'
}
