import { couponStanding, type Coupon } from '../../shared/coupons'
import { reason, type Reason } from '../../shared/reasons'

/**
 * Why a coupon cannot be used today on this spend, or null when it can. `today` is the shop-local
 * business day; `spend` is what the lines come to after line and order discounts. A scheduled or
 * expired coupon has the day it stands on (couponStanding).
 */
export function couponProblem(coupon: Coupon, today: string, spend: number): Reason | null {
  const { code } = coupon
  const standing = couponStanding(coupon, today)
  switch (standing) {
    case 'off':
      return reason('coupon.off', { code })
    case 'scheduled':
      return reason('coupon.scheduled', { code, from: coupon.validFrom! })
    case 'expired':
      return reason('coupon.expired', { code, until: coupon.validUntil! })
    case 'usedUp':
      return reason('coupon.usedUp', { code })
    case 'active':
      return spend < coupon.minSpend ? reason('coupon.minSpend', { code, minSpend: coupon.minSpend }) : null
    default: {
      const never: never = standing
      return never
    }
  }
}
