import { AppError } from '../core/app-error'
import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { dismissRejected, listRejected, orderSyncStates, requeueRejected } from './rejected-events'
import { syncOf } from './sync-service'

export function syncHandlers(app: AppContext): HandlerMap<ChannelsOf<'sync'>> {
  const afterChange = async (changed: number) => {
    const { worker } = syncOf(app)
    if (changed > 0) {
      worker.wake()
      await worker.publishStatus()
    }
    return { changed, status: await worker.status() }
  }
  return {
    'sync.status': () => syncOf(app).worker.status(),
    'sync.configure': (input, call) => syncOf(app).configure(call, input),
    'sync.now': async () => {
      const { worker } = syncOf(app)
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
