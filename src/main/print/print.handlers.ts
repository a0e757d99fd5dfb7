import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { Printing } from './print-service'
import { readPrintSettings, updatePrintSettings } from './print-settings-store'

export function printHandlers(app: AppContext, printing: Printing): HandlerMap<ChannelsOf<'print'>> {
  return {
    'print.getSettings': () => readPrintSettings(app.db),
    'print.updateSettings': (patch, call) => updatePrintSettings(app, call, patch),
    'print.listPrinters': () => printing.listPrinters(),
    'print.preview': (input) => printing.preview(input),
    'print.printOrder': (input, call) => printing.printOrder(call, input),
    'print.savePdf': (input) => printing.savePdf(input),
    'print.queue': (query) => printing.queue(query),
    'print.retry': ({ jobId }, call) => printing.retry(call, jobId),
    'print.cancelJob': ({ jobId }, call) => printing.cancel(call, jobId),
    'print.testPage': (_input, call) => printing.testPage(call)
  }
}
