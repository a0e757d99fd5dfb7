import type { OrderSyncStateRow, SyncStatus } from '../../../../shared/sync'
import { Badge, type BadgeTone } from '../../components/Badge'
import { useLiveQuery } from '../../lib/use-live-query'
import { t } from '../../i18n/i18n'

const WORDS: Record<OrderSyncStateRow['state'], { label: string; tone: BadgeTone; title: string }> = {
  sent: {
    get label() {
      return t('orders.synced')
    },
    tone: 'success',
    get title() {
      return t('orders.headOfficeHasEvery')
    }
  },
  pending: {
    get label() {
      return t('orders.syncWaiting')
    },
    tone: 'warning',
    get title() {
      return t('orders.changesOfThisOrder')
    }
  },
  rejected: {
    get label() {
      return t('orders.syncRefused')
    },
    tone: 'danger',
    get title() {
      return t('orders.headOfficeRefusedA')
    }
  },
  none: {
    get label() {
      return t('orders.notSynced')
    },
    tone: 'neutral',
    get title() {
      return t('orders.thisOrderHasNothing')
    }
  }
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
