import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { readSettings } from '../settings/settings-store'
import { closeShift, countShift, openShift, recordCashMovement, recordNoSale } from './shift-commands'
import { notOpen, openShiftRow, readShiftFigures } from './shift-figures'
import { readShiftState } from './shift-state'
import { exportZReportsCsv, getZReport, listZReports } from './z-reports'

export function shiftsHandlers(app: AppContext): HandlerMap<ChannelsOf<'shifts'>> {
  return {
    'shifts.state': () => readShiftState(app.db),
    'shifts.open': ({ float }, { actor }) => runCommand(app, actor, (scope) => openShift(scope, float)),
    'shifts.payInOut': (input, { actor }) => runCommand(app, actor, (scope) => recordCashMovement(scope, input)),
    'shifts.noSale': ({ reason }, { actor }) => runCommand(app, actor, (scope) => recordNoSale(scope, reason)),
    'shifts.xReport': async () => {
      const shift = await openShiftRow(app.db)
      if (!shift) throw notOpen()
      const { currency } = await readSettings(app.db)
      return { ...(await readShiftFigures(app.db, shift, currency)), kind: 'X', at: app.clock.now() }
    },
    'shifts.count': ({ count }, { actor }) => runCommand(app, actor, (scope) => countShift(scope, count)),
    'shifts.close': (input, { actor }) => runCommand(app, actor, (scope) => closeShift(scope, input)),
    'shifts.zList': (input) => listZReports(app.db, input),
    'shifts.zGet': ({ number }) => getZReport(app.db, number),
    'shifts.zExportCsv': ({ path }) => exportZReportsCsv(app.db, path)
  }
}
