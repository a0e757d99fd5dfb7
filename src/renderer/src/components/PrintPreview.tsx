import type { TFunction } from 'i18next'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '../../../shared/errors'
import type { PaperSize, PrintDocument, PrintJob, PrintPreview as PreviewData, PrintSettings } from '../../../shared/print'
import { call } from '../lib/call'
import { useLiveQuery } from '../lib/use-live-query'
import { toast } from '../stores/toast-store'
import { Button } from './Button'
import { ErrorNotice } from './ErrorNotice'
import { SegmentedControl } from './SegmentedControl'
import './print.css'

/** The A4 template's @page margins: on screen the sheet draws them around the frame. */
const A4_MARGINS_MM = { top: 15, side: 15, bottom: 18 }
const MAX_FRAME_PX = 20_000

/** Sizes the frame to its document, so a roll in the preview ends where the printer would cut it. */
function fitToContent(event: SyntheticEvent<HTMLIFrameElement>): void {
  const frame = event.currentTarget
  const content = frame.contentDocument?.documentElement
  if (content) frame.style.height = `${Math.min(MAX_FRAME_PX, content.scrollHeight)}px`
}

const PAPERS: readonly PaperSize[] = ['58mm', '80mm', 'A4']

/** "80 mm" or "A4", as the paper is called on screen. */
function paperName(paper: PaperSize, t: TFunction): string {
  return paper === 'A4' ? 'A4' : t('printPreview.paperMm', { mm: paper.replace('mm', '') })
}

interface PrintPreviewProps {
  orderId: number
  /** Names the PDF ("receipt-A-1042.pdf"); read from the order when not given. */
  orderNumber?: string | null
  document?: PrintDocument
  testId?: string
}

/**
 * An order's receipt or slip exactly as it will print, drawn at its paper's real width and length
 * in a sandboxed frame (no script in the document can run), with Print and Save as PDF.
 */
export function PrintPreview({ orderId, orderNumber, document: initialDocument = 'receipt', testId = 'print-preview' }: PrintPreviewProps) {
  const { t } = useTranslation()
  const documentChoices = [
    { value: 'receipt' as const, label: t('printPreview.receipt') },
    { value: 'slip' as const, label: t('printPreview.slip') }
  ]
  const paperSegments = PAPERS.map((value) => ({ value, label: paperName(value, t) }))
  const [document, setDocument] = useState<PrintDocument>(initialDocument)
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null)
  const settings = useLiveQuery<PrintSettings>(() => window.api.print.getSettings(), [], ['print.changed'])
  const paper = chosenPaper ?? settings.data?.paper ?? null
  const preview = useLiveQuery<PreviewData>(
    () => window.api.print.preview({ orderId, document, ...(paper ? { paper } : {}) }),
    [orderId, document, paper],
    ['order.changed', 'settings.changed']
  )
  // Only to name the PDF after the order, when whoever opened the preview did not know its number.
  const order = useLiveQuery<{ number: string } | null>(
    async () => (orderNumber === undefined ? window.api.orders.get({ orderId }) : { ok: true, data: null }),
    [orderId, orderNumber],
    []
  )
  const jobs = useLiveQuery<PrintJob[]>(() => window.api.print.queue({ orderId, limit: 50 }), [orderId], ['print.changed'])
  const printedBefore = (jobs.data ?? []).some((job) => job.document === document && job.state === 'done')
  const printerPaper = settings.data?.printerKind === 'none' ? null : settings.data?.paper

  const print = async () => {
    setBusy('print')
    setError(null)
    const result = await call(() => window.api.print.printOrder({ orderId, document, reprint: printedBefore }))
    setBusy(null)
    if (!result.ok) return setError(result.error)
    const failed = result.data.find((job) => job.state === 'failed')
    if (failed)
      setError({ code: 'PRINT_FAILED', message: failed.lastError ?? (document === 'slip' ? t('printPreview.slipFailed') : t('printPreview.receiptFailed')) })
    else toast(document === 'slip' ? t('printPreview.slipPrinting') : t('printPreview.receiptPrinting'))
  }

  const savePdf = async () => {
    setBusy('pdf')
    setError(null)
    const name = `${document === 'slip' ? 'order-slip' : 'receipt'}-${(orderNumber ?? order.data?.number ?? `order-${orderId}`).replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`
    const chosen = await call(() =>
      window.api.files.chooseSavePath({
        title: document === 'slip' ? t('printPreview.slipSaveTitle') : t('printPreview.receiptSaveTitle'),
        suggestedName: name,
        kind: 'pdf'
      })
    )
    const saveToken = chosen.ok ? chosen.data.saveToken : null
    if (!chosen.ok || saveToken === null) {
      setBusy(null)
      if (!chosen.ok) setError(chosen.error)
      return
    }
    const saved = await call(() => window.api.print.savePdf({ orderId, document, saveToken, ...(paper ? { paper } : {}) }))
    setBusy(null)
    if (!saved.ok) return setError(saved.error)
    toast(t('printPreview.saved', { file: saved.data.path.split(/[\\/]/).pop() ?? saved.data.path }))
  }

  return (
    <div className="print-preview" data-testid={testId}>
      <div className="print-preview__toolbar">
        <SegmentedControl label={t('printPreview.document')} value={document} onChange={setDocument} choices={documentChoices} testId={`${testId}-document`} />
        <SegmentedControl
          label={t('printPreview.paper')}
          value={paper ?? '80mm'}
          onChange={setChosenPaper}
          choices={paperSegments}
          testId={`${testId}-paper`}
        />
        <span className="spacer" />
        <Button onClick={() => void savePdf()} busy={busy === 'pdf'} disabled={busy !== null && busy !== 'pdf'} data-testid={`${testId}-save-pdf`}>
          {t('printPreview.savePdf')}
        </Button>
        <Button
          variant="primary"
          onClick={() => void print()}
          busy={busy === 'print'}
          disabled={busy !== null && busy !== 'print'}
          data-testid={`${testId}-print`}
        >
          {printedBefore ? t('printPreview.printCopy') : t('printPreview.print')}
        </Button>
      </div>
      {printerPaper && paper && printerPaper !== paper ? (
        <p className="muted print-preview__note" data-testid={`${testId}-paper-note`}>
          {t('printPreview.paperNote', { paper: paperName(printerPaper, t) })}
        </p>
      ) : null}
      <ErrorNotice error={error ?? preview.error} testId={`${testId}-error`} onDismiss={error ? () => setError(null) : undefined} />
      <div className="print-preview__desk">
        {preview.data ? (
          <div
            className={preview.data.paper === 'A4' ? 'print-preview__sheet' : 'print-preview__roll'}
            style={
              preview.data.paper === 'A4'
                ? { width: `${preview.data.widthMm}mm`, padding: `${A4_MARGINS_MM.top}mm ${A4_MARGINS_MM.side}mm ${A4_MARGINS_MM.bottom}mm` }
                : undefined
            }
          >
            <iframe
              className="print-preview__paper"
              title={t('printPreview.frameTitle', { document: document === 'slip' ? t('printPreview.slip') : t('printPreview.receipt') })}
              // Same origin only so the preview can measure the document's height; no script in it can run.
              sandbox="allow-same-origin"
              onLoad={fitToContent}
              srcDoc={preview.data.html}
              style={{ width: preview.data.paper === 'A4' ? `${preview.data.widthMm - 2 * A4_MARGINS_MM.side}mm` : `${preview.data.widthMm}mm` }}
              data-testid={`${testId}-frame`}
              data-paper={preview.data.paper}
            />
          </div>
        ) : (
          <p className="muted">{preview.loading ? t('printPreview.preparing') : ''}</p>
        )}
      </div>
    </div>
  )
}
