import {
  syncConfigureSchema,
  syncEventIdsSchema,
  syncOrderStatesSchema,
  syncRejectedQuerySchema,
  type OrderSyncStateRow,
  type RejectedSyncEvent,
  type SyncEventsChanged,
  type SyncStatus
} from '../sync'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const syncChannels = {
  'sync.status': channel(noInput, returns<SyncStatus>(), 'none'),
  /** Turn sync on or off and set the receiver's URL and bearer token (kept encrypted where the OS allows). */
  'sync.configure': channel(syncConfigureSchema, returns<SyncStatus>(), 'sync.configure'),
  /** Push what is waiting now, ignoring any retry delay; answers once that attempt is over. */
  'sync.now': channel(noInput, returns<SyncStatus>(), 'none'),
  /** Events the receiver refused, oldest first (keyset by seq). */
  'sync.rejected': channel(syncRejectedQuerySchema, returns<RejectedSyncEvent[]>(), 'sync.configure'),
  /** Queue rejected events again, e.g. after head office fixed its side. */
  'sync.retryRejected': channel(syncEventIdsSchema, returns<SyncEventsChanged>(), 'sync.configure'),
  /** Stop showing rejected events; they stay in the outbox, never sent. */
  'sync.dismissRejected': channel(syncEventIdsSchema, returns<SyncEventsChanged>(), 'sync.configure'),
  /** Each order's sync state, for the Orders screen. */
  'sync.orderStates': channel(syncOrderStatesSchema, returns<OrderSyncStateRow[]>(), 'none')
}

export const syncEvents = {
  /** The sync status changed: configured, a push went through or failed. Not sent per commit while sync is off. */
  'sync.changed': event<{ status: SyncStatus }>()
}
