import { couponIdSchema, couponInputSchema, couponListSchema, couponUpdateSchema, type Coupon, type CouponPage } from '../coupons'
import { channel, event, returns } from './define'

export const couponsChannels = {
  'coupons.list': channel(couponListSchema, returns<CouponPage>(), 'none'),
  'coupons.get': channel(couponIdSchema, returns<Coupon>(), 'none'),
  'coupons.create': channel(couponInputSchema, returns<Coupon>(), 'coupons.manage'),
  'coupons.update': channel(couponUpdateSchema, returns<Coupon>(), 'coupons.manage'),
  /** Only a coupon no order has used; deactivate a used one instead. */
  'coupons.delete': channel(couponIdSchema, returns<{ couponId: number }>(), 'coupons.manage')
}

export const couponsEvents = {
  'coupon.changed': event<{ couponId: number }>()
}
