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
    'sync.configure': (input, { actor }) => syncOf(app).configure(actor, input),
    'sync.now': async () => {
      const { worker } = syncOf(app)
      const before = await worker.status()
      if (!before.enabled) throw new AppError('SYNC_FAILED', 'Sync is off. Turn it on in Settings → Sync first.')
      await worker.syncNow()
      return worker.status()
    },
    'sync.rejected': (query) => listRejected(app, query),
    'sync.retryRejected': async ({ eventIds }, { actor }) => afterChange(await requeueRejected(app, actor, eventIds)),
    'sync.dismissRejected': async ({ eventIds }, { actor }) => afterChange(await dismissRejected(app, actor, eventIds)),
    'sync.orderStates': ({ orderIds }) => orderSyncStates(app, orderIds)
  }
}
