import { AppError } from '../core/app-error'
import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { dismissRejected, listRejected, orderSyncStates, requeueRejected } from './rejected-events'
import type { SyncService } from './sync-service'

export function syncHandlers(app: AppContext, sync: SyncService): HandlerMap<ChannelsOf<'sync'>> {
  const afterChange = async (changed: number) => {
    const { worker } = sync
    if (changed > 0) {
      worker.wake()
      await worker.publishStatus()
    }
    return { changed, status: await worker.status() }
  }
  return {
    'sync.status': () => sync.worker.status(),
    'sync.configure': (input, call) => sync.configure(call, input),
    'sync.now': async () => {
      const { worker } = sync
      const before = await worker.status()
      if (!before.enabled) throw new AppError('SYNC_FAILED', 'Sync is off. Turn it on in Settings → Sync first.')
      await worker.syncNow()
      return worker.status()
    },
    'sync.rejected': (query) => listRejected(app, query),
    'sync.retryRejected': async ({ eventIds }, call) => afterChange(await requeueRejected(app, call, eventIds)),
    'sync.dismissRejected': async ({ eventIds }, call) => afterChange(await dismissRejected(app, call, eventIds)),
    'sync.orderStates': ({ orderIds }) => orderSyncStates(app, orderIds)
  }
}
