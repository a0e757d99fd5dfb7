import { create } from 'zustand'
import type { AppErrorData } from '../../../shared/errors'
import type { PrintJobState } from '../../../shared/print'
import { call } from '../lib/call'

/** The most one page of the queue holds: counts at this size read "200+". */
export const QUEUE_COUNT_LIMIT = 200

interface PrintQueueCounts {
  failed: number
  /** Queued or printing right now. */
  waiting: number
  error: AppErrorData | null
  load(): Promise<void>
}

let listening = false
let request = 0
let reloadTimer: ReturnType<typeof setTimeout> | null = null

async function countJobs(state: PrintJobState): Promise<number> {
  const result = await call(() => window.api.print.queue({ state, limit: QUEUE_COUNT_LIMIT }))
  // The refusal is data (AppErrorData), caught below and shown as it is.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (!result.ok) throw result.error
  return result.data.length
}

/** How many prints need the shopkeeper (failed) or are on their way (waiting), live via print.changed. */
export const usePrintQueueStore = create<PrintQueueCounts>()((set, get) => ({
  failed: 0,
  waiting: 0,
  error: null,
  async load() {
    if (!listening) {
      listening = true
      // A print moves through several states in a moment: one count after the burst is enough.
      window.api.on('print.changed', () => {
        if (reloadTimer) return
        reloadTimer = setTimeout(() => {
          reloadTimer = null
          void get().load()
        }, 50)
      })
    }
    const mine = ++request
    try {
      const [failed, queued, printing] = await Promise.all([countJobs('failed'), countJobs('queued'), countJobs('printing')])
      if (mine === request) set({ failed, waiting: Math.min(QUEUE_COUNT_LIMIT, queued + printing), error: null })
    } catch (error) {
      if (mine === request) set({ error: error as AppErrorData })
    }
  }
}))
