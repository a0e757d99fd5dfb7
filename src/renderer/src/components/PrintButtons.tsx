import { useState } from 'react'
import type { AppErrorData } from '../../../shared/errors'
import type { PrintDocument, PrintJob } from '../../../shared/print'
import { call } from '../lib/call'
import { useLiveQuery } from '../lib/use-live-query'
import { toast } from '../stores/toast-store'
import { Button } from './Button'
import { ErrorNotice } from './ErrorNotice'
import { PrintPreviewDialog } from './PrintPreviewDialog'

const NAMES: Record<PrintDocument, string> = { receipt: 'receipt', slip: 'order slip' }

/**
 * Prints an order's receipt or slip. Once one was printed, the button says "Reprint" and the copy
 * is marked COPY on paper. A printer that fails says why, in words.
 */
export function PrintButtons({ orderId, documents, testId }: { orderId: number; documents: readonly PrintDocument[]; testId: string }) {
  const jobs = useLiveQuery<PrintJob[]>(() => window.api.print.queue({ orderId, limit: 50 }), [orderId], ['print.changed'])
  const [busy, setBusy] = useState<PrintDocument | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [previewing, setPreviewing] = useState(false)
  const printed = (document: PrintDocument) => (jobs.data ?? []).some((job) => job.document === document && job.state === 'done')

  const print = async (document: PrintDocument) => {
    setBusy(document)
    setError(null)
    const result = await call(() => window.api.print.printOrder({ orderId, document, reprint: printed(document) }))
    setBusy(null)
    if (!result.ok) {
      setError(result.error)
      return
    }
    const failed = result.data.find((job) => job.state === 'failed')
    if (failed) setError({ code: 'PRINT_FAILED', message: failed.lastError ?? `The ${NAMES[document]} did not print.` })
    else toast(`The ${NAMES[document]} is printing`)
  }

  return (
    <div className="stack print-buttons" data-testid={testId}>
      <div className="row row--wrap">
        {documents.map((document) => (
          <Button key={document} busy={busy === document} onClick={() => void print(document)} data-testid={`${testId}-${document}`}>
            {printed(document) ? `Reprint ${NAMES[document]}` : `Print ${NAMES[document]}`}
          </Button>
        ))}
        <Button variant="ghost" onClick={() => setPreviewing(true)} data-testid={`${testId}-preview`}>
          Preview
        </Button>
      </div>
      <ErrorNotice error={error} testId={`${testId}-error`} onDismiss={() => setError(null)} />
      {previewing ? <PrintPreviewDialog orderId={orderId} document={documents[0]} onClose={() => setPreviewing(false)} /> : null}
    </div>
  )
}
