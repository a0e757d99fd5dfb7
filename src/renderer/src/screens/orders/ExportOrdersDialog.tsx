import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useShopSettings } from '../../stores/settings-store'
import type { OrdersExport } from './use-orders-export'
import { useTranslation } from 'react-i18next'

/** The file name offered in the save dialog: orders-2026-03-02.csv. */
export function exportFileName(now: Date): string {
  return `orders-${now.toISOString().slice(0, 10)}.csv`
}

/** Where the export goes and how far it got; a long export is seen to move, page by page. */
export function ExportOrdersDialog({ state, onClose }: { state: OrdersExport; onClose(): void }) {
  const { t } = useTranslation()
  const { locale } = useShopSettings()
  const count = new Intl.NumberFormat(locale)
  const running = !state.result && !state.error
  return (
    <Dialog
      title={t('orders.exportOrders')}
      onClose={onClose}
      onSubmit={running ? undefined : onClose}
      testId="export-dialog"
      footer={
        <Button
          type={running ? 'button' : 'submit'}
          variant={running ? 'secondary' : 'primary'}
          onClick={running ? onClose : undefined}
          data-testid="export-dialog-dismiss"
          data-autofocus
        >
          {running ? t('orders.hideTheExportGoes') : t('orders.done')}
        </Button>
      }
    >
      <p className="export-path" data-testid="export-dialog-path">
        {state.path}
      </p>
      {running ? (
        <div className="stack" role="status" aria-live="polite">
          <progress className="export-progress" aria-label={t('orders.exportProgress')} data-testid="export-dialog-progress" />
          <p data-testid="export-dialog-written">
            {state.written === 0
              ? t('orders.writingTheOrders')
              : t('orders.ordersWrittenSoFar', { count: state.written, written: count.format(state.written) })}
          </p>
        </div>
      ) : null}
      {state.result ? (
        <p className="notice notice--info" role="status" data-testid="export-dialog-done">
          {t('orders.doneWrittenToThe', { count: state.result.rows, rows: count.format(state.result.rows) })}
        </p>
      ) : null}
      <ErrorNotice error={state.error} testId="export-dialog-error" />
    </Dialog>
  )
}
