import { useEffect, useState } from 'react'
import { QUEUE_COUNT_LIMIT, usePrintQueueStore } from '../stores/print-queue-store'
import { PrintQueueDialog } from './PrintQueueDialog'
import { useTranslation } from 'react-i18next'

function count(n: number): string {
  return n >= QUEUE_COUNT_LIMIT ? `${QUEUE_COUNT_LIMIT}+` : String(n)
}

/** The print queue's door in the nav: how many prints failed or wait, live, and the queue itself on a click. */
export function PrintQueueIndicator() {
  const failed = usePrintQueueStore((state) => state.failed)
  const waiting = usePrintQueueStore((state) => state.waiting)
  const unreadable = usePrintQueueStore((state) => state.error !== null)
  const load = usePrintQueueStore((state) => state.load)
  const [open, setOpen] = useState(false)
  const { t } = useTranslation()

  useEffect(() => {
    void load()
  }, [load])

  return (
    <>
      <button
        type="button"
        className={failed > 0 ? 'shell-status__block shell-status__print shell-status__print--failed' : 'shell-status__block shell-status__print'}
        onClick={() => setOpen(true)}
        data-testid="print-queue-open"
      >
        <span className="shell-status__title">{t('status.printQueue')}</span>
        {failed > 0 ? (
          <span className="shell-status__error" data-testid="print-queue-failed">
            {t('status.printsFailed', { count: failed, shown: count(failed) })}
          </span>
        ) : null}
        {waiting > 0 ? <span data-testid="print-queue-waiting">{t('status.printsWaiting', { count: waiting, shown: count(waiting) })}</span> : null}
        {unreadable ? <span className="shell-status__muted">{t('status.queueUnreadable')}</span> : null}
        {failed === 0 && waiting === 0 && !unreadable ? <span className="shell-status__muted">{t('status.allPrinted')}</span> : null}
      </button>
      {open ? <PrintQueueDialog onClose={() => setOpen(false)} /> : null}
    </>
  )
}
