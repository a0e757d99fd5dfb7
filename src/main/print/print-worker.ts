import { systemCaller } from '../core/command'
import type { PrintJob, PrintSettings, PrintableOrder } from '../../shared/print'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import { readSettings } from '../settings/settings-store'
import { drawerKickEscPos, testPageEscPos } from './escpos/render-escpos'
import { NetworkPrintError, sendToNetworkPrinter } from './network-printer'
import { PAPER_LAYOUTS } from './paper'
import type { PrintBackend, PrintOutcome } from './print-backend'
import { claimJob, finishJob, getJob, oldestQueuedJobId } from './print-jobs-store'
import { readPrintSettings } from './print-settings-store'
import { networkAddress, systemDeviceName } from './print-target'
import { renderOrderEscPos, renderOrderHtml } from './render-documents'
import { renderTestPage, type TestPageFacts } from './templates/test-page'

/** Who the queue acts as when it moves a job along. */
export const PRINT_QUEUE_CALLER = systemCaller({ id: 'print-queue', name: 'Print queue' }, 'print.queue')

export interface PrintWorkerOptions {
  backend: PrintBackend | null
  loadOrder(app: AppContext, orderId: number): Promise<PrintableOrder>
  networkTimeoutMs: number
  statusTimeoutMs: number
  logError(error: unknown): void
}

/**
 * Prints queued jobs one at a time, oldest first, each in its own commands: claim (printing),
 * then done or failed. Nothing here runs inside a sale's transaction, and nothing it throws
 * reaches the sale: a failure is written on the job for the queue screen.
 */
export class PrintWorker {
  private running: Promise<void> | null = null
  private pending = false
  private stopped = false

  constructor(
    private readonly app: AppContext,
    private readonly options: PrintWorkerOptions
  ) {}

  /** Starts printing what is queued; resolves once the queue is empty (or the worker stopped). */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    this.pending = true
    this.running ??= this.drain()
      .catch((error: unknown) => this.options.logError(error))
      .finally(() => {
        this.running = null
      })
    return this.running
  }

  /** Resolves when the worker has nothing left to print (at once if it is not printing). */
  async settled(): Promise<void> {
    await this.running
  }

  async stop(): Promise<void> {
    this.stopped = true
    await this.running
  }

  private async drain(): Promise<void> {
    while (this.pending && !this.stopped) {
      this.pending = false
      for (let jobId = await oldestQueuedJobId(this.app.db); jobId !== null && !this.stopped; jobId = await oldestQueuedJobId(this.app.db)) {
        await this.runJob(jobId)
      }
    }
  }

  private async runJob(jobId: number): Promise<void> {
    const job = await claimJob(this.app, PRINT_QUEUE_CALLER, jobId)
    if (!job) return
    try {
      const outcome = await this.deliver(job)
      await finishJob(
        this.app,
        PRINT_QUEUE_CALLER,
        job.id,
        outcome === 'printed' ? { state: 'done' } : { state: 'cancelled', error: 'The print dialog was closed without printing.' }
      )
    } catch (error) {
      if (!(error instanceof NetworkPrintError) && !(error instanceof AppError) && !(error instanceof SystemPrintError)) this.options.logError(error)
      await finishJob(this.app, PRINT_QUEUE_CALLER, job.id, { state: 'failed', error: failureSentence(job, error) })
    }
  }

  private async deliver(job: PrintJob): Promise<PrintOutcome> {
    const settings = await readPrintSettings(this.app.db)
    if (job.printerKind === 'network') {
      await sendToNetworkPrinter(networkAddress(job.target), await this.escPosBytes(job, settings), {
        timeoutMs: this.options.networkTimeoutMs,
        statusTimeoutMs: this.options.statusTimeoutMs,
        statusRequired: job.document === 'test'
      })
      return 'printed'
    }
    // A drawer wired to a driver-managed printer is opened by the driver's own setting.
    if (job.document === 'drawer') return 'printed'
    const backend = this.options.backend
    if (!backend) throw new SystemPrintError('System printers can only be used from the Tillpoint app window.')
    const html = await this.html(job, settings)
    try {
      return await backend.printHtml(html, { deviceName: systemDeviceName(job.target), silent: settings.silent, page: PAPER_LAYOUTS[settings.paper].page })
    } catch (error) {
      throw new SystemPrintError(
        `The printer "${job.target}" did not take the page (${error instanceof Error ? error.message : String(error)}). Is it switched on, with paper?`
      )
    }
  }

  private async escPosBytes(job: PrintJob, settings: PrintSettings): Promise<Uint8Array> {
    switch (job.document) {
      case 'drawer':
        return drawerKickEscPos()
      case 'test':
        return testPageEscPos(await this.testFacts(job, settings), { columns: PAPER_LAYOUTS[settings.paper].escposColumns, codePage: settings.codePage })
      case 'receipt':
      case 'slip':
        return renderOrderEscPos(await this.order(job), job.document, settings, { reprint: job.reprint, openDrawer: job.openDrawer })
      default: {
        const unknown: never = job.document
        throw new Error(`Unknown document ${String(unknown)}`)
      }
    }
  }

  private async html(job: PrintJob, settings: PrintSettings): Promise<string> {
    if (job.document === 'test') return renderTestPage(await this.testFacts(job, settings))
    if (job.document === 'drawer') throw new Error('A drawer kick has no page')
    return renderOrderHtml(await this.order(job), job.document, settings.paper, job.reprint)
  }

  private order(job: PrintJob): Promise<PrintableOrder> {
    if (job.orderId === null) throw new Error(`Print job ${job.id} has no order`)
    return this.options.loadOrder(this.app, job.orderId)
  }

  private async testFacts(job: PrintJob, settings: PrintSettings): Promise<TestPageFacts> {
    const shop = await readSettings(this.app.db)
    return {
      shop: { name: shop.shopName, address: shop.address, phone: shop.phone, taxNumber: shop.taxNumber },
      printer: job.target,
      paper: settings.paper,
      printedAt: this.app.clock.now(),
      money: { currency: shop.currency, currencyDigits: shop.currencyDigits, locale: shop.locale, timeZone: shop.timeZone }
    }
  }

  /** The job as it ended, for the caller who asked for the print. */
  result(jobId: number): Promise<PrintJob> {
    return getJob(this.app.db, jobId)
  }
}

class SystemPrintError extends Error {}

function failureSentence(job: PrintJob, error: unknown): string {
  if (error instanceof NetworkPrintError || error instanceof AppError || error instanceof SystemPrintError) return error.message
  return `Printing to ${job.target} failed unexpectedly. Retry, or save it as a PDF.`
}
