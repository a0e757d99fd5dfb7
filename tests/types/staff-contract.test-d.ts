import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { channel, returns, type Contract, type Request } from '../../src/shared/contract'
import type { Requirement } from '../../src/shared/permissions'

describe('what every channel requires', () => {
  it('is a compile error to leave out, or to name a permission that does not exist', () => {
    // @ts-expect-error a channel must say what it requires
    channel(z.object({}), returns<number>())
    // @ts-expect-error only permissions from PERMISSIONS, 'none' or 'lock-screen'
    channel(z.object({}), returns<number>(), 'orders.everything')
    expectTypeOf(channel(z.object({}), returns<number>(), 'orders.refund').requires).toEqualTypeOf<Requirement>()
  })

  it('is declared by every channel of the contract', () => {
    expectTypeOf<Contract[keyof Contract]['requires']>().toEqualTypeOf<Requirement>()
  })

  it('leaves who acts out of the request: the session decides', () => {
    expectTypeOf<Request>().not.toHaveProperty('actor')
    expectTypeOf<keyof Request>().toEqualTypeOf<'input' | 'approval'>()
  })
})
