import { describe, expectTypeOf, it } from 'vitest'
import type { EventPayload, InputOf, OutputOf, TillpointApi } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import type { OrderSyncStateRow, RejectedSyncEvent, SyncConfigure, SyncEventsChanged, SyncStatus } from '../../src/shared/sync'

describe('the sync contract', () => {
  it('locks the sync channels', () => {
    expectTypeOf<OutputOf<'sync.status'>>().toEqualTypeOf<SyncStatus>()
    expectTypeOf<OutputOf<'sync.now'>>().toEqualTypeOf<SyncStatus>()
    expectTypeOf<InputOf<'sync.configure'>>().toEqualTypeOf<SyncConfigure>()
    expectTypeOf<OutputOf<'sync.configure'>>().toEqualTypeOf<SyncStatus>()
    expectTypeOf<OutputOf<'sync.rejected'>>().toEqualTypeOf<RejectedSyncEvent[]>()
    expectTypeOf<InputOf<'sync.retryRejected'>>().toEqualTypeOf<{ eventIds: string[] }>()
    expectTypeOf<OutputOf<'sync.retryRejected'>>().toEqualTypeOf<SyncEventsChanged>()
    expectTypeOf<OutputOf<'sync.dismissRejected'>>().toEqualTypeOf<SyncEventsChanged>()
    expectTypeOf<InputOf<'sync.orderStates'>>().toEqualTypeOf<{ orderIds: number[] }>()
    expectTypeOf<OutputOf<'sync.orderStates'>>().toEqualTypeOf<OrderSyncStateRow[]>()
    expectTypeOf<TillpointApi['sync']['now']>().returns.toEqualTypeOf<Promise<Result<SyncStatus>>>()
    expectTypeOf<TillpointApi['sync']['rejected']>().parameters.toEqualTypeOf<[input?: { afterSeq?: number; limit?: number }]>()
  })

  it('announces the status with sync.changed', () => {
    expectTypeOf<EventPayload<'sync.changed'>>().toEqualTypeOf<{ status: SyncStatus }>()
  })
})
