import type { PrintDocument } from '../../../shared/print'
import { Dialog } from './Dialog'
import { PrintPreview } from './PrintPreview'
import { useTranslation } from 'react-i18next'

interface PrintPreviewDialogProps {
  orderId: number
  orderNumber?: string | null
  document?: PrintDocument
  onClose(): void
}

/** The print preview in a dialog, for the order detail, the sale-complete confirmation and the print queue. */
export function PrintPreviewDialog({ orderId, orderNumber, document, onClose }: PrintPreviewDialogProps) {
  const { t } = useTranslation()
  return (
    <Dialog
      title={orderNumber ? t('printButtons.previewOfOrder', { number: orderNumber }) : t('printButtons.previewTitle')}
      onClose={onClose}
      testId="print-preview-dialog"
      width="wide"
    >
      <PrintPreview orderId={orderId} orderNumber={orderNumber} document={document} />
    </Dialog>
  )
}
