import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { printingOf } from './print-service'
import { readPrintSettings, updatePrintSettings } from './print-settings-store'

export function printHandlers(app: AppContext): HandlerMap<ChannelsOf<'print'>> {
  return {
    'print.getSettings': () => readPrintSettings(app.db),
    'print.updateSettings': (patch, call) => updatePrintSettings(app, call, patch),
    'print.listPrinters': () => printingOf(app).listPrinters(),
    'print.preview': (input) => printingOf(app).preview(input),
    'print.printOrder': (input, call) => printingOf(app).printOrder(call, input),
    'print.savePdf': (input) => printingOf(app).savePdf(input),
    'print.queue': (query) => printingOf(app).queue(query),
    'print.retry': ({ jobId }, call) => printingOf(app).retry(call, jobId),
    'print.cancelJob': ({ jobId }, call) => printingOf(app).cancel(call, jobId),
    'print.testPage': (_input, call) => printingOf(app).testPage(call)
  }
}
