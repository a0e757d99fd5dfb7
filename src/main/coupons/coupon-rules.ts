import type { Coupon } from '../../shared/coupons'

/**
 * Why a coupon cannot be used today on this spend, or null when it can. `today` is the shop-local
 * business day; `spend` is what the lines come to after line and order discounts.
 */
export function couponProblem(coupon: Coupon, today: string, spend: number): string | null {
  if (!coupon.active) return `Coupon ${coupon.code} is switched off.`
  if (coupon.validFrom !== null && today < coupon.validFrom) return `Coupon ${coupon.code} only works from ${coupon.validFrom}.`
  if (coupon.validUntil !== null && today > coupon.validUntil) return `Coupon ${coupon.code} expired on ${coupon.validUntil}.`
  if (coupon.usageLimit !== null && coupon.timesUsed >= coupon.usageLimit) return `Coupon ${coupon.code} has been used up.`
  if (spend < coupon.minSpend) return `Coupon ${coupon.code} needs a larger spend.`
  return null
}
