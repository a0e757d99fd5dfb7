import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { createCoupon, deleteCoupon, getCoupon, listCoupons, updateCoupon } from './coupons-store'

export function couponsHandlers(app: AppContext): HandlerMap<ChannelsOf<'coupons'>> {
  return {
    'coupons.list': (input) => listCoupons(app.db, input),
    'coupons.get': ({ couponId }) => getCoupon(app.db, couponId),
    'coupons.create': (input, call) => runCommand(app, call, (scope) => createCoupon(scope, input)),
    'coupons.update': ({ couponId, patch }, call) => runCommand(app, call, (scope) => updateCoupon(scope, couponId, patch)),
    'coupons.delete': ({ couponId }, call) => runCommand(app, call, (scope) => deleteCoupon(scope, couponId))
  }
}
