import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { ExportResult, OrderFilter } from '../../../../shared/orders'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { useTranslation } from 'react-i18next'

export interface OrdersExport {
  path: string
  /** Orders written so far, as the main process reports after each page. */
  written: number
  result: ExportResult | null
  error: AppErrorData | null
}

/** Asks where to save, then writes the filtered list there, following its progress. */
export function useOrdersExport() {
  const { t } = useTranslation()
  const [state, setState] = useState<OrdersExport | null>(null)
  const [choosing, setChoosing] = useState(false)
  const [chooseError, setChooseError] = useState<AppErrorData | null>(null)
  const running = useRef<string | null>(null)
  const shown = useRef(false)
  const path = state?.path ?? null

  useEffect(() => {
    if (!path) return
    return window.api.on('orders.exportProgress', (progress) => {
      if (progress.path === path)
        setState((current) => (current && current.path === path && !current.result ? { ...current, written: progress.rows } : current))
    })
  }, [path])

  const start = useCallback(
    async (filter: OrderFilter, suggestedName: string) => {
      if (running.current) return
      setChoosing(true)
      setChooseError(null)
      const chosen = await call(() => window.api.files.chooseSavePath({ title: t('orders.exportOrders'), suggestedName, kind: 'csv' }))
      setChoosing(false)
      if (!chosen.ok) {
        setChooseError(chosen.error)
        return
      }
      const { path: target, saveToken } = chosen.data
      if (!target || !saveToken) return
      running.current = target
      setState({ path: target, written: 0, result: null, error: null })
      shown.current = true
      const answer = await call(() => window.api.orders.exportCsv({ filter, saveToken }))
      running.current = null
      if (shown.current) {
        setState((current) =>
          current?.path === target ? { ...current, ...(answer.ok ? { result: answer.data, written: answer.data.rows } : { error: answer.error }) } : current
        )
      } else if (answer.ok) {
        toast(t('orders.exportFinishedOrdersWritten', { count: answer.data.rows }))
      } else {
        setChooseError(answer.error)
      }
    },
    [t]
  )

  /** Closes the dialog; an export still running goes on and says when it is done. */
  const dismiss = useCallback(() => {
    shown.current = false
    setState(null)
    setChooseError(null)
  }, [])

  return { state, choosing, chooseError, start, dismiss }
}
