import type { OrderSyncStateRow, SyncStatus } from '../../../../shared/sync'
import { Badge, type BadgeTone } from '../../components/Badge'
import { useLiveQuery } from '../../lib/use-live-query'

const WORDS: Record<OrderSyncStateRow['state'], { label: string; tone: BadgeTone; title: string }> = {
  sent: { label: 'Synced', tone: 'success', title: 'Head office has every change of this order.' },
  pending: { label: 'Sync waiting', tone: 'warning', title: 'Changes of this order wait to be sent to head office.' },
  rejected: { label: 'Sync refused', tone: 'danger', title: 'Head office refused a change of this order: see Settings → Sync.' },
  none: { label: 'Not synced', tone: 'neutral', title: 'This order has nothing to send to head office.' }
}

/** Whether head office has this order, shown only while sync is turned on. */
export function SyncBadge({ orderId }: { orderId: number }) {
  const status = useLiveQuery<SyncStatus>(() => window.api.sync.status(), [], ['sync.changed'])
  const enabled = status.data?.enabled ?? false
  const states = useLiveQuery<OrderSyncStateRow[] | null>(
    async () => (enabled ? window.api.sync.orderStates({ orderIds: [orderId] }) : { ok: true, data: null }),
    [orderId, enabled],
    ['sync.changed', 'order.changed']
  )
  const state = states.data?.[0]?.state
  if (!enabled || !state) return null
  const words = WORDS[state]
  return (
    <span title={words.title}>
      <Badge tone={words.tone} testId="order-sync-state">
        {words.label}
      </Badge>
    </span>
  )
}
