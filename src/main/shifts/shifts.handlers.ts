import type { CashMovement, CashMovementResult } from '../../shared/shifts'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import { runCommand } from '../core/command'
import type { SavePaths } from '../files/save-dialog'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { Printing, RenderedPage } from '../print/print-service'
import { readPrintSettings } from '../print/print-settings-store'
import { readSettings } from '../settings/settings-store'
import { cashSlip } from './cash-slip'
import { closeShift, countShift, openShift, recordCashMovement, recordNoSale } from './shift-commands'
import { notOpen, openShiftRow, readShiftFigures } from './shift-figures'
import { readShiftState } from './shift-state'
import { renderZReportEscPos, renderZReportHtml } from './z-print'
import { exportZReportsCsv, getZReport, listZReports, overShortReport } from './z-reports'

export function shiftsHandlers(app: AppContext, printing: Printing, saves: Pick<SavePaths, 'redeem'>): HandlerMap<ChannelsOf<'shifts'>> {
  /**
   * The movement is recorded first; then the drawer opens and the slip prints, neither able to undo
   * it: a printer that fails is said in `printProblem`, never as a refusal of what was recorded.
   */
  const afterMovement = async (movement: CashMovement): Promise<CashMovementResult> => {
    if ((await readPrintSettings(app.db)).printerKind === 'none') return { ...movement, printProblem: null }
    try {
      await printing.openDrawer()
      await printing.printPage(cashSlip(movement, await readSettings(app.db)))
      return { ...movement, printProblem: null }
    } catch (error) {
      if (error instanceof AppError) return { ...movement, printProblem: error.message }
      throw error
    }
  }
  const zPage = async (number: number, reprint: boolean): Promise<RenderedPage> => {
    const z = await getZReport(app.db, number)
    const language = (await readSettings(app.db)).receiptLanguage
    return {
      html: (paper) => renderZReportHtml(z, { paper, reprint, language }),
      escpos: (options) => renderZReportEscPos(z, { ...options, reprint, language })
    }
  }
  return {
    'shifts.state': () => readShiftState(app.db),
    'shifts.open': ({ float }, call) => runCommand(app, call, (scope) => openShift(scope, float)),
    'shifts.payInOut': async (input, call) => afterMovement(await runCommand(app, call, (scope) => recordCashMovement(scope, input))),
    'shifts.noSale': async ({ reason }, call) => afterMovement(await runCommand(app, call, (scope) => recordNoSale(scope, reason))),
    'shifts.xReport': async () => {
      const shift = await openShiftRow(app.db)
      if (!shift) throw notOpen()
      const { currency } = await readSettings(app.db)
      return { ...(await readShiftFigures(app.db, shift, currency)), kind: 'X', at: app.clock.now() }
    },
    'shifts.count': ({ count }, call) => runCommand(app, call, (scope) => countShift(scope, count, 'first')),
    'shifts.recount': ({ count }, call) => runCommand(app, call, (scope) => countShift(scope, count, 'recount')),
    'shifts.close': (input, call) => runCommand(app, call, (scope) => closeShift(scope, input)),
    'shifts.zList': (input) => listZReports(app.db, input),
    'shifts.zGet': ({ number }) => getZReport(app.db, number),
    'shifts.zPreview': async ({ number, paper, reprint }) => printing.previewPage(await zPage(number, reprint), paper),
    'shifts.zPrint': async ({ number, reprint }) => {
      await printing.printPage(await zPage(number, reprint))
      return { number }
    },
    'shifts.zSavePdf': async ({ number, saveToken, paper }, call) => {
      const path = saves.redeem(call.window, 'pdf', saveToken)
      return printing.savePagePdf(await zPage(number, false), path, paper)
    },
    'shifts.overShort': async (range) => overShortReport(app.db, range, (await readSettings(app.db)).timeZone),
    'shifts.zExportCsv': ({ saveToken }, call) => exportZReportsCsv(app.db, saves.redeem(call.window, 'csv', saveToken))
  }
}
