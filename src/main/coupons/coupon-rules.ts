import { couponStanding, type Coupon } from '../../shared/coupons'

/**
 * Why a coupon cannot be used today on this spend, or null when it can. `today` is the shop-local
 * business day; `spend` is what the lines come to after line and order discounts.
 */
export function couponProblem(coupon: Coupon, today: string, spend: number): string | null {
  const standing = couponStanding(coupon, today)
  switch (standing) {
    case 'off':
      return `Coupon ${coupon.code} is switched off.`
    case 'scheduled':
      return `Coupon ${coupon.code} only works from ${coupon.validFrom}.`
    case 'expired':
      return `Coupon ${coupon.code} expired on ${coupon.validUntil}.`
    case 'usedUp':
      return `Coupon ${coupon.code} has been used up.`
    case 'active':
      return spend < coupon.minSpend ? `Coupon ${coupon.code} needs a larger spend.` : null
    default: {
      const never: never = standing
      return never
    }
  }
}
