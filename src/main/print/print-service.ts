import { rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { EventPayload } from '../../shared/contract'
import type { CodePage, PaperSize, PrintDocument, PrintJob, PrintPreview, PrintableOrder, SavedPdf, SystemPrinter } from '../../shared/print'
import type { AppContext } from '../core/app-context'
import { AppError, validationError } from '../core/app-error'
import { runCommand, type Caller } from '../core/command'
import { isCashSale } from './format'
import { loadPrintableOrder } from './load-printable-order'
import { PAPER_LAYOUTS } from './paper'
import type { PrintBackend } from './print-backend'
import { cancelJob, failInterruptedJobs, insertJobs, listJobs, requeueJob, type JobQuery, type NewPrintJob } from './print-jobs-store'
import { readPrintSettings } from './print-settings-store'
import { networkAddress, printTarget, systemDeviceName } from './print-target'
import { NetworkPrintError, sendToNetworkPrinter } from './network-printer'
import { PRINT_QUEUE_CALLER, PrintWorker } from './print-worker'
import { renderOrderHtml } from './render-documents'
import { drawerKickEscPos } from './escpos/render-escpos'
import { reason } from '../../shared/reasons'

export interface PrintingOptions {
  /** Electron's printing in the app; the tests pass Chromium through Playwright. */
  backend?: PrintBackend
  /** How long a network printer may take to accept a connection and the bytes. */
  networkTimeoutMs?: number
  /** How long to wait for a network printer's paper status before printing anyway. */
  statusTimeoutMs?: number
  logError?: (error: unknown) => void
}

export interface Printing {
  readonly worker: PrintWorker
  listPrinters(): Promise<SystemPrinter[]>
  preview(input: { orderId: number; document: PrintDocument; paper?: PaperSize }): Promise<PrintPreview>
  printOrder(caller: Caller, input: { orderId: number; document: PrintDocument | 'both'; reprint: boolean }): Promise<PrintJob[]>
  savePdf(input: { orderId: number; document: PrintDocument; path: string; paper?: PaperSize }): Promise<SavedPdf>
  queue(query: JobQuery): Promise<PrintJob[]>
  retry(caller: Caller, jobId: number): Promise<PrintJob>
  cancel(caller: Caller, jobId: number): Promise<PrintJob>
  testPage(caller: Caller): Promise<PrintJob>
  /** Resolves once every print started so far, automatic ones included, has ended. */
  idle(): Promise<void>
  /** A page made by another domain (a Z report): previewed at the set paper, or one chosen. */
  previewPage(page: RenderedPage, paper?: PaperSize): Promise<PrintPreview>
  /** Prints such a page now on the set printer (ESC/POS on a network one); a failure is PRINT_FAILED. */
  printPage(page: RenderedPage): Promise<void>
  savePagePdf(page: RenderedPage, path: string, paper?: PaperSize): Promise<SavedPdf>
  /**
   * Kicks the cash drawer wired to a network printer now (no order, so no queued job); nothing
   * without one (a driver-managed printer opens its drawer by its own setting). A failure is PRINT_FAILED.
   */
  openDrawer(): Promise<void>
  /** Queues what the settings say to print after a checkout, and prints it in the background. */
  afterCheckout(caller: Caller, orderId: number): Promise<PrintJob[]>
  stop(): Promise<void>
}

/** A document another domain renders: its page for a paper size, and its ESC/POS bytes. */
export interface RenderedPage {
  html(paper: PaperSize): string
  escpos(options: { columns: number; codePage: CodePage }): Uint8Array
}

const loadOrder = (app: AppContext, orderId: number): Promise<PrintableOrder> => loadPrintableOrder(app.db, orderId)

/**
 * Installs printing on a Tillpoint: the queue worker, and the jobs the last run left unfinished
 * marked failed (never printed again on their own: the shopkeeper decides from the queue).
 */
export function installPrinting(app: AppContext, options: PrintingOptions = {}): Printing {
  const backend = options.backend ?? null
  const logError = options.logError ?? ((error: unknown) => console.error('[print]', error))
  // How long a network printer has to take the connection and to answer for its status: the queue's and the pages sent now.
  const network = { timeoutMs: options.networkTimeoutMs ?? 5_000, statusTimeoutMs: options.statusTimeoutMs ?? 800 }
  const worker = new PrintWorker(app, { backend, loadOrder, networkTimeoutMs: network.timeoutMs, statusTimeoutMs: network.statusTimeoutMs, logError })
  const ready = failInterruptedJobs(app, PRINT_QUEUE_CALLER).catch(logError)
  const autoPrints = new Set<Promise<unknown>>()
  // The bus publishes after the checkout committed: the order exists whatever the printer does.
  const unsubscribe = app.bus.subscribe((name, payload) => {
    if (name !== 'order.changed') return
    const { orderId, change } = payload as EventPayload<'order.changed'>
    if (change !== 'created') return
    const pending = printing.afterCheckout(PRINT_QUEUE_CALLER, orderId).catch(logError)
    autoPrints.add(pending)
    void pending.finally(() => autoPrints.delete(pending))
  })

  const targetOrRefuse = async () => {
    const target = printTarget(await readPrintSettings(app.db))
    if (!target)
      throw new AppError('PRINT_FAILED', 'No printer is set up. Choose one in the print settings, or save as PDF.', { details: { reason: 'no_printer' } })
    return target
  }
  const backendOrRefuse = (what: string): PrintBackend => {
    if (!backend) throw new AppError('PRINT_FAILED', `${what} works only in the Tillpoint app window.`, { details: { reason: 'no_backend' } })
    return backend
  }
  const enqueueAndPrint = async (caller: Caller, jobs: NewPrintJob[]): Promise<PrintJob[]> => {
    await ready
    const queued = await runCommand(app, caller, (scope) => insertJobs(scope, jobs))
    await worker.kick()
    return Promise.all(queued.map((job) => worker.result(job.id)))
  }

  const printing: Printing = {
    worker,
    listPrinters: async () => (backend ? backend.listPrinters() : []),
    async preview({ orderId, document, paper }) {
      const chosen = paper ?? (await readPrintSettings(app.db)).paper
      const html = await renderOrderHtml(await loadOrder(app, orderId), document, chosen, false)
      return { html, paper: chosen, widthMm: PAPER_LAYOUTS[chosen].page.widthMm }
    },
    async printOrder(caller, { orderId, document, reprint }) {
      const target = await targetOrRefuse()
      const order = await loadOrder(app, orderId)
      const documents: PrintDocument[] = document === 'both' ? ['receipt', 'slip'] : [document]
      return enqueueAndPrint(
        caller,
        documents.map((doc) => ({ ...target, orderId, orderNumber: order.orderNumber, document: doc, reprint, openDrawer: false }))
      )
    },
    async savePdf({ orderId, document, path, paper }) {
      const pdfBackend = backendOrRefuse('Saving as PDF')
      await assertFolderExists(path)
      const chosen = paper ?? (await readPrintSettings(app.db)).paper
      const html = await renderOrderHtml(await loadOrder(app, orderId), document, chosen, false)
      const pdf = await pdfBackend.htmlToPdf(html, PAPER_LAYOUTS[chosen].page)
      await writeAtomically(path, pdf)
      return { path, bytes: pdf.byteLength }
    },
    async previewPage(page, paper) {
      const chosen = paper ?? (await readPrintSettings(app.db)).paper
      return { html: page.html(chosen), paper: chosen, widthMm: PAPER_LAYOUTS[chosen].page.widthMm }
    },
    async printPage(page) {
      const settings = await readPrintSettings(app.db)
      const target = await targetOrRefuse()
      try {
        if (target.printerKind === 'network') {
          const bytes = page.escpos({ columns: PAPER_LAYOUTS[settings.paper].escposColumns, codePage: settings.codePage })
          await sendToNetworkPrinter(networkAddress(target.target), bytes, network)
          return
        }
        const html = page.html(settings.paper)
        await backendOrRefuse('Printing on a system printer').printHtml(html, {
          deviceName: systemDeviceName(target.target),
          silent: settings.silent,
          page: PAPER_LAYOUTS[settings.paper].page
        })
      } catch (error) {
        throw printFailed(error, target.target)
      }
    },
    async savePagePdf(page, path, paper) {
      const pdfBackend = backendOrRefuse('Saving as PDF')
      await assertFolderExists(path)
      const chosen = paper ?? (await readPrintSettings(app.db)).paper
      const pdf = await pdfBackend.htmlToPdf(page.html(chosen), PAPER_LAYOUTS[chosen].page)
      await writeAtomically(path, pdf)
      return { path, bytes: pdf.byteLength }
    },
    async openDrawer() {
      const target = printTarget(await readPrintSettings(app.db))
      if (target?.printerKind !== 'network') return
      try {
        await sendToNetworkPrinter(networkAddress(target.target), drawerKickEscPos(), network)
      } catch (error) {
        throw printFailed(error, target.target)
      }
    },
    queue: (query) => listJobs(app.db, query),
    async retry(caller, jobId) {
      const target = await targetOrRefuse()
      await ready
      await requeueJob(app, caller, jobId, target)
      await worker.kick()
      return worker.result(jobId)
    },
    cancel: (caller, jobId) => cancelJob(app, caller, jobId),
    async testPage(caller) {
      const target = await targetOrRefuse()
      const [job] = await enqueueAndPrint(caller, [{ ...target, orderId: null, orderNumber: null, document: 'test', reprint: false, openDrawer: false }])
      if (!job) throw new Error('The test page was not queued')
      return job
    },
    async afterCheckout(caller, orderId) {
      // Jobs from the last run are settled first, so a fresh job is never taken for a stale one.
      await ready
      const settings = await readPrintSettings(app.db)
      const target = printTarget(settings)
      if (!target) return []
      const order = await loadOrder(app, orderId)
      const documents: PrintDocument[] = settings.autoPrint === 'both' ? ['receipt', 'slip'] : settings.autoPrint === 'none' ? [] : [settings.autoPrint]
      const kick = settings.openDrawerOnCash && target.printerKind === 'network' && isCashSale(order)
      const jobs: NewPrintJob[] = documents.map((document, index) => ({
        ...target,
        orderId,
        orderNumber: order.orderNumber,
        document,
        reprint: false,
        openDrawer: kick && index === 0
      }))
      if (kick && jobs.length === 0) jobs.push({ ...target, orderId, orderNumber: order.orderNumber, document: 'drawer', reprint: false, openDrawer: true })
      if (jobs.length === 0) return []
      const queued = await runCommand(app, caller, (scope) => insertJobs(scope, jobs))
      void worker.kick()
      return queued
    },
    async idle() {
      await ready
      while (autoPrints.size > 0) await Promise.all(autoPrints)
      await worker.settled()
    },
    async stop() {
      unsubscribe()
      await ready
      await Promise.all(autoPrints)
      await worker.stop()
    }
  }
  return printing
}

async function assertFolderExists(path: string): Promise<void> {
  const folder = dirname(path)
  const found = await stat(folder).catch(() => null)
  if (!found?.isDirectory()) throw validationError(reason('print.noFolder', { folder }), 'path')
}

/** Written beside the target then renamed, so a half-written PDF never takes the file's name. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const partial = `${path}.partial`
  try {
    await writeFile(partial, bytes)
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    throw new AppError('PRINT_FAILED', `The PDF could not be written to ${path}. Check the folder is writable.`, {
      details: { reason: error instanceof Error && 'code' in error ? String(error.code) : 'write_failed' }
    })
  }
}

/** A page or a drawer kick sent now that did not go through: PRINT_FAILED, saying why where the printer said. */
function printFailed(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error
  const reason = error instanceof NetworkPrintError ? error.message : `The printer ${target} did not take the page. Is it switched on, with paper?`
  return new AppError('PRINT_FAILED', reason, { details: { reason: 'printer' } })
}
