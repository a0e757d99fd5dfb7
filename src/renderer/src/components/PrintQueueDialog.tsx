import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData, Result } from '../../../shared/errors'
import type { PrintJob, PrintJobState } from '../../../shared/print'
import { call } from '../lib/call'
import { JOB_STATE_TONES, jobTitle } from '../lib/print-words'
import { useLiveQuery } from '../lib/use-live-query'
import { useNow } from '../lib/use-now'
import { formatWhen } from '../lib/when'
import { useNavStore } from '../stores/nav-store'
import { useShopSettings } from '../stores/settings-store'
import { Badge } from './Badge'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { ErrorNotice } from './ErrorNotice'
import { PrintPreviewDialog } from './PrintPreviewDialog'
import { SegmentedControl } from './SegmentedControl'
import './print.css'

const PAGE_SIZE = 30
type Filter = 'all' | 'failed'
type Action = 'retry' | 'cancel' | 'reprint'

/** The newest `pages` pages of the queue, walked by keyset (the id of the last job of each page). */
async function loadQueue(state: PrintJobState | undefined, pages: number): Promise<Result<{ jobs: PrintJob[]; more: boolean }>> {
  const jobs: PrintJob[] = []
  let before: number | undefined
  for (let page = 0; page < pages; page++) {
    const result = await window.api.print.queue({ ...(state ? { state } : {}), ...(before ? { before } : {}), limit: PAGE_SIZE })
    if (!result.ok) return result
    jobs.push(...result.data)
    const last = result.data.at(-1)
    if (result.data.length < PAGE_SIZE || !last) return { ok: true, data: { jobs, more: false } }
    before = last.id
  }
  return { ok: true, data: { jobs, more: true } }
}

function isOrderDocument(job: PrintJob): job is PrintJob & { orderId: number; document: 'receipt' | 'slip' } {
  return job.orderId !== null && (job.document === 'receipt' || job.document === 'slip')
}

/**
 * Every print, newest first, live: a failed one says why in words and can be retried (on the
 * printer the settings name now) or cancelled; a printed one can be printed again as a copy.
 */
export function PrintQueueDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const now = useNow(30_000)
  const [filter, setFilter] = useState<Filter>('all')
  const [pages, setPages] = useState(1)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [preview, setPreview] = useState<(PrintJob & { orderId: number; document: 'receipt' | 'slip' }) | null>(null)
  const queue = useLiveQuery(() => loadQueue(filter === 'failed' ? 'failed' : undefined, pages), [filter, pages], ['print.changed'])
  const jobs = queue.data?.jobs ?? []

  const act = async (job: PrintJob, action: Action) => {
    setBusy(`${job.id}-${action}`)
    setError(null)
    const result: Result<PrintJob | PrintJob[]> =
      action === 'retry'
        ? await call(() => window.api.print.retry({ jobId: job.id }))
        : action === 'cancel'
          ? await call(() => window.api.print.cancelJob({ jobId: job.id }))
          : isOrderDocument(job)
            ? await call(() => window.api.print.printOrder({ orderId: job.orderId, document: job.document, reprint: true }))
            : { ok: false, error: { code: 'VALIDATION', message: t('printQueue.onlyOrderDocuments') } }
    setBusy(null)
    if (!result.ok) return setError(result.error)
    const failed = ([] as PrintJob[]).concat(result.data).find((outcome) => outcome.state === 'failed')
    if (failed) setError({ code: 'PRINT_FAILED', message: failed.lastError ?? t('printQueue.didNotPrint', { job: jobTitle(job, t) }) })
  }

  const openPrinterSettings = () => {
    onClose()
    useNavStore.getState().open('#/settings/printers')
  }

  return (
    <Dialog
      title={t('printQueue.title')}
      onClose={onClose}
      testId="print-queue"
      width="wide"
      footer={
        <>
          <Button variant="ghost" onClick={openPrinterSettings} data-testid="print-queue-settings">
            {t('printQueue.printerSettings')}
          </Button>
          <span className="spacer" />
          <Button onClick={onClose}>{t('printQueue.close')}</Button>
        </>
      }
    >
      <div className="row">
        <SegmentedControl
          label={t('printQueue.show')}
          value={filter}
          onChange={(next) => {
            setFilter(next)
            setPages(1)
          }}
          choices={[
            { value: 'all', label: t('printQueue.all') },
            { value: 'failed', label: t('printQueue.failedOnly') }
          ]}
          testId="print-queue-filter"
        />
        <span className="muted">{t('printQueue.retryHint')}</span>
      </div>
      <ErrorNotice error={error ?? queue.error} testId="print-queue-error" onDismiss={error ? () => setError(null) : undefined} />
      {jobs.length === 0 && !queue.loading ? (
        <p className="muted print-queue__empty" data-testid="print-queue-empty">
          {filter === 'failed' ? t('printQueue.noFailed') : t('printQueue.nothingYet')}
        </p>
      ) : null}
      <ul className="plain-list" data-testid="print-queue-list">
        {jobs.map((job) => {
          const running = (action: Action) => busy === `${job.id}-${action}`
          return (
            <li key={job.id} className={`print-job print-job--${job.state}`} data-testid="print-job" data-job-id={job.id} data-state={job.state}>
              <div className="print-job__main">
                <div className="row">
                  <strong data-testid="print-job-title">{jobTitle(job, t)}</strong>
                  {job.reprint ? <Badge>{t('printQueue.copy')}</Badge> : null}
                  <Badge tone={JOB_STATE_TONES[job.state]} testId="print-job-state">
                    {t(`printQueue.state.${job.state}`)}
                  </Badge>
                </div>
                <span className="muted print-job__meta">
                  {job.target} · {formatWhen(job.updatedAt, now, settings)}
                  {job.attempts > 1 ? ` · ${t('printQueue.tries', { count: job.attempts })}` : ''}
                </span>
                {job.lastError && (job.state === 'failed' || job.state === 'cancelled') ? (
                  <p className={job.state === 'failed' ? 'print-job__reason' : 'muted'} data-testid="print-job-reason">
                    {job.lastError}
                  </p>
                ) : null}
              </div>
              <div className="print-job__actions">
                {job.state === 'failed' ? (
                  <Button size="small" variant="primary" busy={running('retry')} onClick={() => void act(job, 'retry')} data-testid="print-job-retry">
                    {t('printQueue.retry')}
                  </Button>
                ) : null}
                {job.state === 'failed' || job.state === 'queued' ? (
                  <Button size="small" busy={running('cancel')} onClick={() => void act(job, 'cancel')} data-testid="print-job-cancel">
                    {t('printQueue.cancel')}
                  </Button>
                ) : null}
                {isOrderDocument(job) && (job.state === 'done' || job.state === 'cancelled') ? (
                  <Button size="small" busy={running('reprint')} onClick={() => void act(job, 'reprint')} data-testid="print-job-reprint">
                    {t('printQueue.reprint')}
                  </Button>
                ) : null}
                {isOrderDocument(job) ? (
                  <Button size="small" variant="ghost" onClick={() => setPreview(job)} data-testid="print-job-preview">
                    {t('printQueue.preview')}
                  </Button>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
      {queue.data?.more ? (
        <Button onClick={() => setPages((count) => count + 1)} data-testid="print-queue-more">
          {t('printQueue.older')}
        </Button>
      ) : null}
      {preview ? (
        <PrintPreviewDialog orderId={preview.orderId} orderNumber={preview.orderNumber} document={preview.document} onClose={() => setPreview(null)} />
      ) : null}
    </Dialog>
  )
}
