import {
  previewInputSchema,
  printJobRefSchema,
  printOrderInputSchema,
  printQueueQuerySchema,
  printSettingsPatchSchema,
  savePdfInputSchema,
  type PrintChange,
  type PrintJob,
  type PrintPreview,
  type PrintSettings,
  type SavedPdf,
  type SystemPrinter
} from '../print'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const printChannels = {
  'print.getSettings': channel(noInput, returns<PrintSettings>(), 'none'),
  'print.updateSettings': channel(printSettingsPatchSchema, returns<PrintSettings>(), 'print.configure'),
  /** The printers the operating system knows, for the settings screen. */
  'print.listPrinters': channel(noInput, returns<SystemPrinter[]>(), 'none'),
  /** The document as HTML, for an in-app preview (render it in a sandboxed iframe's srcdoc). */
  'print.preview': channel(previewInputSchema, returns<PrintPreview>(), 'none'),
  /**
   * Queues the receipt, the slip or both on the configured printer and prints them; answers the
   * jobs as they ended. A printer that fails leaves its job `failed` in the queue: not an error.
   */
  'print.printOrder': channel(printOrderInputSchema, returns<PrintJob[]>(), 'none'),
  'print.savePdf': channel(savePdfInputSchema, returns<SavedPdf>(), 'none'),
  /** The print queue, newest first; filter by state (e.g. failed) or by order. */
  'print.queue': channel(printQueueQuerySchema, returns<PrintJob[]>(), 'none'),
  /** Prints a failed job again, on the printer the settings name now. */
  'print.retry': channel(printJobRefSchema, returns<PrintJob>(), 'none'),
  'print.cancelJob': channel(printJobRefSchema, returns<PrintJob>(), 'none'),
  /** Prints a test page on the configured printer (fonts, paper width, code page). */
  'print.testPage': channel(noInput, returns<PrintJob>(), 'print.configure')
}

export const printEvents = {
  /** A print job changed state, or the print settings changed. */
  'print.changed': event<PrintChange>()
}
