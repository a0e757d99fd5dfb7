import { useState, type SyntheticEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { PaperSize } from '../../../../shared/print'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SegmentedControl } from '../../components/SegmentedControl'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { toast } from '../../stores/toast-store'
import '../../components/print.css'
import { useTranslation } from 'react-i18next'

const PAPERS: readonly PaperSize[] = ['58mm', '80mm', 'A4']

function fitToContent(event: SyntheticEvent<HTMLIFrameElement>): void {
  const content = event.currentTarget.contentDocument?.documentElement
  if (content) event.currentTarget.style.height = `${Math.min(20_000, content.scrollHeight)}px`
}

/** A Z report at its paper's real width, with Print (a copy once printed) and Save as PDF. */
export function ZPreview({ number, firstPrint }: { number: number; firstPrint: boolean }) {
  const { t } = useTranslation()
  const [paper, setPaper] = useState<PaperSize | null>(null)
  const [printed, setPrinted] = useState(!firstPrint)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const preview = useLiveQuery(() => window.api.shifts.zPreview({ number, ...(paper ? { paper } : {}) }), [number, paper], ['print.changed'])
  const print = async () => {
    setBusy(true)
    const result = await call(() => window.api.shifts.zPrint({ number, reprint: printed }))
    setBusy(false)
    if (!result.ok) return setError(result.error)
    setPrinted(true)
    toast(t('shift.zPrinted', { number }))
  }
  const savePdf = async () => {
    const chosen = await call(() => window.api.files.chooseSavePath({ title: t('shift.saveZPdf'), suggestedName: `z-report-${number}.pdf`, kind: 'pdf' }))
    if (!chosen.ok) return setError(chosen.error)
    const { path, saveToken } = chosen.data
    if (path === null || saveToken === null) return
    const saved = await call(() => window.api.shifts.zSavePdf({ number, saveToken, ...(paper ? { paper } : {}) }))
    if (!saved.ok) return setError(saved.error)
    toast(t('common.saved', { file: path.split(/[\\/]/).pop() ?? path }))
  }
  const shown = preview.data
  return (
    <div className="print-preview" data-testid="z-preview">
      <div className="print-preview__toolbar">
        <SegmentedControl
          label={t('common.paperSize')}
          value={paper ?? shown?.paper ?? '80mm'}
          onChange={setPaper}
          choices={PAPERS.map((value) => ({ value, label: t(`common.paper.${value}`) }))}
          testId="z-preview-paper"
        />
        <span className="spacer" />
        <Button onClick={() => void savePdf()} data-testid="z-preview-save-pdf">
          {t('common.saveAsPdf')}
        </Button>
        <Button variant="primary" onClick={() => void print()} busy={busy} data-testid="z-preview-print">
          {printed ? t('shift.printACopy') : t('common.print')}
        </Button>
      </div>
      <ErrorNotice error={error ?? preview.error} testId="z-preview-error" onDismiss={error ? () => setError(null) : undefined} />
      <div className="print-preview__desk">
        {shown ? (
          <div
            className={shown.paper === 'A4' ? 'print-preview__sheet' : 'print-preview__roll'}
            style={shown.paper === 'A4' ? { width: `${shown.widthMm}mm`, padding: '15mm 15mm 18mm' } : undefined}
          >
            <iframe
              className="print-preview__paper"
              title={t('shift.zPreview', { number })}
              sandbox="allow-same-origin"
              onLoad={fitToContent}
              srcDoc={shown.html}
              style={{ width: shown.paper === 'A4' ? `${shown.widthMm - 30}mm` : `${shown.widthMm}mm` }}
              data-testid="z-preview-frame"
              data-paper={shown.paper}
            />
          </div>
        ) : null}
      </div>
    </div>
  )
}
