import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { printingOf } from './print-service'
import { readPrintSettings, updatePrintSettings } from './print-settings-store'

export function printHandlers(app: AppContext): HandlerMap<ChannelsOf<'print'>> {
  return {
    'print.getSettings': () => readPrintSettings(app.db),
    'print.updateSettings': (patch, { actor }) => updatePrintSettings(app, actor, patch),
    'print.listPrinters': () => printingOf(app).listPrinters(),
    'print.preview': (input) => printingOf(app).preview(input),
    'print.printOrder': (input, { actor }) => printingOf(app).printOrder(actor, input),
    'print.savePdf': (input) => printingOf(app).savePdf(input),
    'print.queue': (query) => printingOf(app).queue(query),
    'print.retry': ({ jobId }, { actor }) => printingOf(app).retry(actor, jobId),
    'print.cancelJob': ({ jobId }, { actor }) => printingOf(app).cancel(actor, jobId),
    'print.testPage': (_input, { actor }) => printingOf(app).testPage(actor)
  }
}
