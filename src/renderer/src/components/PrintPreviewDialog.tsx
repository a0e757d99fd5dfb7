import type { PrintDocument } from '../../../shared/print'
import { Dialog } from './Dialog'
import { PrintPreview } from './PrintPreview'

interface PrintPreviewDialogProps {
  orderId: number
  orderNumber?: string | null
  document?: PrintDocument
  onClose(): void
}

/** The print preview in a dialog, for the order detail, the sale-complete confirmation and the print queue. */
export function PrintPreviewDialog({ orderId, orderNumber, document, onClose }: PrintPreviewDialogProps) {
  return (
    <Dialog title={orderNumber ? `Print preview: order ${orderNumber}` : 'Print preview'} onClose={onClose} testId="print-preview-dialog" width="wide">
      <PrintPreview orderId={orderId} orderNumber={orderNumber} document={document} />
    </Dialog>
  )
}
