import type { CustomerInput } from '../../shared/customers'
import type { Discount } from '../../shared/pricing'
import { refusal } from '../core/app-error'
import { reason } from '../../shared/reasons'
import type { CommandScope } from '../core/command'
import { findCouponByCode } from '../coupons/coupons-store'
import { createCustomer, getCustomer } from '../customers/customers-store'
import { priceCartById } from './cart-commands'

export async function setOrderDiscount(scope: CommandScope, cartId: number, discount: Discount | null): Promise<void> {
  await scope.trx
    .updateTable('carts')
    .set({ order_discount_kind: discount?.kind ?? null, order_discount_value: discount?.value ?? 0 })
    .where('id', '=', cartId)
    .execute()
}

/** Attaches the coupon only if it applies to the cart as it stands: active, in its dates, not used up, spend met. */
export async function applyCoupon(scope: CommandScope, cartId: number, code: string): Promise<void> {
  const coupon = await findCouponByCode(scope.trx, code)
  if (!coupon) throw refusal('COUPON_INVALID', reason('coupon.unknown', { code }), { code })
  await scope.trx.updateTable('carts').set({ coupon_id: coupon.id }).where('id', '=', cartId).execute()
  const { couponProblem } = await priceCartById(scope.trx, cartId, scope.now)
  if (couponProblem !== null) {
    throw refusal('COUPON_INVALID', couponProblem, { code: coupon.code, minSpend: coupon.minSpend })
  }
}

export async function removeCoupon(scope: CommandScope, cartId: number): Promise<void> {
  await scope.trx.updateTable('carts').set({ coupon_id: null }).where('id', '=', cartId).execute()
}

export async function attachCustomer(scope: CommandScope, cartId: number, customer: { customerId: number } | { newCustomer: CustomerInput }): Promise<void> {
  const customerId = 'customerId' in customer ? (await getCustomer(scope.trx, customer.customerId)).id : (await createCustomer(scope, customer.newCustomer)).id
  await scope.trx.updateTable('carts').set({ customer_id: customerId }).where('id', '=', cartId).execute()
}

export async function detachCustomer(scope: CommandScope, cartId: number): Promise<void> {
  await scope.trx.updateTable('carts').set({ customer_id: null }).where('id', '=', cartId).execute()
}

export async function setCartNote(scope: CommandScope, cartId: number, note: string): Promise<void> {
  await scope.trx.updateTable('carts').set({ note }).where('id', '=', cartId).execute()
}
