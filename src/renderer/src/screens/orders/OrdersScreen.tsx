import { useEffect, useRef } from 'react'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ScreenHeader } from '../../components/ScreenHeader'
import { ExportOrdersDialog, exportFileName } from './ExportOrdersDialog'
import { filterForQuery } from './order-filter'
import { OrderDetailPanel } from './OrderDetailPanel'
import { OrderFilters } from './OrderFilters'
import { OrderList } from './OrderList'
import { useMissingPermission } from '../../stores/session-store'
import { useOrdersStore, watchOrders } from './orders-store'
import { useOrdersExport } from './use-orders-export'
import './orders.css'
import { useTranslation } from 'react-i18next'

/** Every order, filtered and searched, with the one chosen open beside the list. */
export function OrdersScreen() {
  const { t } = useTranslation()
  const reload = useOrdersStore((state) => state.reload)
  const error = useOrdersStore((state) => state.error)
  const selectedId = useOrdersStore((state) => state.selectedId)
  const select = useOrdersStore((state) => state.select)
  const search = useRef<HTMLInputElement>(null)
  const exporter = useOrdersExport()
  const cannotExport = useMissingPermission('orders.export')

  useEffect(() => {
    void reload()
    return watchOrders()
  }, [reload])

  return (
    <div className="screen orders-screen" data-testid="orders-screen">
      <ScreenHeader title={t('orders.orders')}>
        <Button
          hotkey="Ctrl+E"
          busy={exporter.choosing}
          onClick={() => void exporter.start(filterForQuery(useOrdersStore.getState().filter), exportFileName(new Date()))}
          disabled={Boolean(cannotExport)}
          title={cannotExport}
          data-testid="orders-export"
        >
          {t('orders.exportCsv')}
        </Button>
      </ScreenHeader>
      <OrderFilters searchRef={search} />
      <ErrorNotice error={error} testId="orders-error" />
      <ErrorNotice error={exporter.chooseError} testId="orders-export-error" onDismiss={exporter.dismiss} />
      <div className={`orders-body${selectedId !== null ? ' orders-body--detail' : ''}`}>
        <OrderList compact={selectedId !== null} />
        {selectedId !== null ? <OrderDetailPanel key={selectedId} orderId={selectedId} onClose={() => select(null)} /> : null}
      </div>
      {exporter.state ? <ExportOrdersDialog state={exporter.state} onClose={exporter.dismiss} /> : null}
    </div>
  )
}
