import { describe, expectTypeOf, it } from 'vitest'
import type { Cart } from '../../src/shared/cart'
import type { EventPayload, InputOf, OutputOf, TillpointApi } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import type { OrderChange, OrderDetail, OrderPage, OrderStatus } from '../../src/shared/orders'

describe('the sales contract', () => {
  it('locks order.changed, which the sync outbox is built on', () => {
    expectTypeOf<EventPayload<'order.changed'>>().toEqualTypeOf<{ orderId: number; change: OrderChange; status: OrderStatus }>()
    expectTypeOf<OrderChange>().toEqualTypeOf<'created' | 'status' | 'payment' | 'return'>()
    expectTypeOf<EventPayload<'cart.changed'>>().toEqualTypeOf<{ cartId: number }>()
  })

  it('locks checkout and the order queries', () => {
    expectTypeOf<OutputOf<'cart.checkout'>>().toEqualTypeOf<OrderDetail>()
    expectTypeOf<OutputOf<'cart.current'>>().toEqualTypeOf<Cart>()
    expectTypeOf<OutputOf<'orders.list'>>().toEqualTypeOf<OrderPage>()
    expectTypeOf<InputOf<'cart.checkout'>['kind']>().toEqualTypeOf<'counter' | 'pickup' | 'delivery'>()
    expectTypeOf<InputOf<'orders.exportCsv'>['saveToken']>().toEqualTypeOf<string>()
    expectTypeOf<TillpointApi['orders']['setStatus']>().returns.toEqualTypeOf<Promise<Result<OrderDetail>>>()
    expectTypeOf<TillpointApi['cart']['current']>().parameters.toEqualTypeOf<[input?: InputOf<'cart.current'>]>()
  })
})
