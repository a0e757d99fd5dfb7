import type { AppContext } from '../core/app-context'
import type { SavePaths } from '../files/save-dialog'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { Printing } from './print-service'
import { readPrintSettings, updatePrintSettings } from './print-settings-store'

export function printHandlers(app: AppContext, printing: Printing, saves: Pick<SavePaths, 'redeem'>): HandlerMap<ChannelsOf<'print'>> {
  return {
    'print.getSettings': () => readPrintSettings(app.db),
    'print.updateSettings': (patch, call) => updatePrintSettings(app, call, patch),
    'print.listPrinters': () => printing.listPrinters(),
    'print.preview': (input) => printing.preview(input),
    'print.printOrder': (input, call) => printing.printOrder(call, input),
    'print.savePdf': ({ saveToken, ...input }, call) => printing.savePdf({ ...input, path: saves.redeem(call.window, 'pdf', saveToken) }),
    'print.queue': (query) => printing.queue(query),
    'print.retry': ({ jobId }, call) => printing.retry(call, jobId),
    'print.cancelJob': ({ jobId }, call) => printing.cancel(call, jobId),
    'print.testPage': (_input, call) => printing.testPage(call)
  }
}
