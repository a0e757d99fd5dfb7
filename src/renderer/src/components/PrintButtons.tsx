import { useState } from 'react'
import type { AppErrorData } from '../../../shared/errors'
import type { PrintDocument, PrintJob } from '../../../shared/print'
import { call } from '../lib/call'
import { useLiveQuery } from '../lib/use-live-query'
import { toast } from '../stores/toast-store'
import { Button } from './Button'
import { ErrorNotice } from './ErrorNotice'
import { PrintPreviewDialog } from './PrintPreviewDialog'
import { useTranslation } from 'react-i18next'

/**
 * Prints an order's receipt or slip. Once one was printed, the button says "Reprint" and the copy
 * is marked COPY on paper. A printer that fails says why, in words.
 */
const KEYS: Record<PrintDocument, string> = { receipt: 'P', slip: 'S' }

interface PrintButtonsProps {
  orderId: number
  documents: readonly PrintDocument[]
  testId: string
  /** P prints the receipt, S the slip, V previews: where nothing is typed (Sale complete). */
  letterKeys?: boolean
}

export function PrintButtons({ orderId, documents, testId, letterKeys = false }: PrintButtonsProps) {
  const { t } = useTranslation()
  const jobs = useLiveQuery<PrintJob[]>(() => window.api.print.queue({ orderId, limit: 50 }), [orderId], ['print.changed'])
  const [busy, setBusy] = useState<PrintDocument | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [previewing, setPreviewing] = useState(false)
  const printed = (document: PrintDocument) => (jobs.data ?? []).some((job) => job.document === document && job.state === 'done')
  // A print that failed (the checkout's automatic one, say) and was not printed since: said here, where the cashier looks.
  const failedJob = (jobs.data ?? []).find(
    (job) => job.state === 'failed' && documents.some((document) => document === job.document) && !printed(job.document as PrintDocument)
  )

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
    if (failed) setError({ code: 'PRINT_FAILED', message: failed.lastError ?? t(`printButtons.didNotPrint.${document}`) })
    else toast(t(`printButtons.printing.${document}`))
  }

  return (
    <div className="stack print-buttons" data-testid={testId}>
      <div className="row row--wrap">
        {documents.map((document) => (
          <Button
            key={document}
            busy={busy === document}
            hotkey={letterKeys ? KEYS[document] : undefined}
            onClick={() => void print(document)}
            data-testid={`${testId}-${document}`}
          >
            {t(printed(document) ? `printButtons.reprint.${document}` : `printButtons.print.${document}`)}
          </Button>
        ))}
        <Button variant="ghost" hotkey={letterKeys ? 'V' : undefined} onClick={() => setPreviewing(true)} data-testid={`${testId}-preview`}>
          {t('printButtons.preview')}
        </Button>
      </div>
      <ErrorNotice error={error} testId={`${testId}-error`} onDismiss={() => setError(null)} />
      {!error && failedJob ? (
        <ErrorNotice
          error={{
            code: 'PRINT_FAILED',
            message: t(`printButtons.failedBecause.${failedJob.document as PrintDocument}`, { reason: failedJob.lastError ?? t('printButtons.notTaken') })
          }}
          testId={`${testId}-failed`}
        />
      ) : null}
      {previewing ? <PrintPreviewDialog orderId={orderId} document={documents[0]} onClose={() => setPreviewing(false)} /> : null}
    </div>
  )
}
