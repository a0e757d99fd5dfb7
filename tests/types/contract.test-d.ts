import { describe, expectTypeOf, it } from 'vitest'
import type { Channel, InputOf, OutputOf, TillpointApi } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import type { SettingsPatch, ShopSettings } from '../../src/shared/settings'

describe('the IPC contract', () => {
  it('locks the settings channels', () => {
    expectTypeOf<OutputOf<'settings.get'>>().toEqualTypeOf<ShopSettings>()
    expectTypeOf<InputOf<'settings.update'>>().toEqualTypeOf<SettingsPatch>()
    expectTypeOf<TillpointApi['settings']['update']>().parameters.toEqualTypeOf<[SettingsPatch]>()
    expectTypeOf<TillpointApi['settings']['get']>().returns.toEqualTypeOf<Promise<Result<ShopSettings>>>()
  })

  it('returns an unsubscribe from every event subscription', () => {
    expectTypeOf<ReturnType<TillpointApi['on']>>().toEqualTypeOf<() => void>()
    expectTypeOf<Parameters<TillpointApi['on']>[0]>().toEqualTypeOf<import('../../src/shared/contract').EventName>()
  })

  it('names channels as domain.method', () => {
    expectTypeOf<Channel>().toExtend<`${string}.${string}`>()
  })
})
