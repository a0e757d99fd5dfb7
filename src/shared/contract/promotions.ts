import { promotionIdSchema, promotionInputSchema, promotionListSchema, promotionUpdateSchema, type Promotion } from '../promotions'
import { channel, event, returns } from './define'

/** Quantity promotions are set by whoever manages coupons (owners and managers). */
export const promotionsChannels = {
  'promotions.list': channel(promotionListSchema, returns<Promotion[]>(), 'none'),
  'promotions.get': channel(promotionIdSchema, returns<Promotion>(), 'none'),
  'promotions.create': channel(promotionInputSchema, returns<Promotion>(), 'coupons.manage'),
  /** Switch a rule off with `active: false`; it is never deleted, as sold orders name it. */
  'promotions.update': channel(promotionUpdateSchema, returns<Promotion>(), 'coupons.manage')
}

export const promotionsEvents = {
  'promotion.changed': event<{ promotionId: number }>()
}
