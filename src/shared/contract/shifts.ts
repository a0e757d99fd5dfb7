import {
  cashMovementSchema,
  closeShiftSchema,
  countShiftSchema,
  noSaleSchema,
  openShiftSchema,
  zExportSchema,
  overShortSchema,
  zPreviewSchema,
  zPrintSchema,
  zSavePdfSchema,
  zListSchema,
  zNumberSchema,
  type CashMovementResult,
  type CountResult,
  type OverShortReport,
  type OpenShift,
  type ShiftState,
  type XReport,
  type ZPage,
  type ZReport
} from '../shifts'
import type { ExportResult } from '../orders'
import type { PrintPreview, SavedPdf } from '../print'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const shiftsChannels = {
  /** Whether a shift is open on this till, since when and by whom. */
  'shifts.state': channel(noInput, returns<ShiftState>(), 'none'),
  /** Opens a shift with its float, counted as a total or by note and coin. */
  'shifts.open': channel(openShiftSchema, returns<OpenShift>(), 'none'),
  /** Cash put in or taken out of the drawer, with a reason; opens the drawer. */
  'shifts.payInOut': channel(cashMovementSchema, returns<CashMovementResult>(), 'cash.payInOut'),
  /** Opens the drawer without a sale, recorded. */
  'shifts.noSale': channel(noSaleSchema, returns<CashMovementResult>(), 'drawer.noSale'),
  /** What the open shift holds so far; numbered nothing, changes nothing. */
  'shifts.xReport': channel(noInput, returns<XReport>(), 'none'),
  /** Records the (blind) count of the drawer and answers expected vs counted; once per shift. */
  'shifts.count': channel(countShiftSchema, returns<CountResult>(), 'none'),
  /** Counts again after seeing the result; every count is kept, the close takes the last. */
  'shifts.recount': channel(countShiftSchema, returns<CountResult>(), 'shifts.recount'),
  /** Closes the shift on its last count: the Z report, numbered, never changed afterwards. */
  'shifts.close': channel(closeShiftSchema, returns<ZReport>(), 'shifts.close'),
  /** Z reports, newest first, by keyset. */
  'shifts.zList': channel(zListSchema, returns<ZPage>(), 'stats.view'),
  'shifts.zGet': channel(zNumberSchema, returns<ZReport>(), 'stats.view'),
  /** The Z as a page at its paper's size (the set paper unless chosen). */
  'shifts.zPreview': channel(zPreviewSchema, returns<PrintPreview>(), 'stats.view'),
  /** Prints a Z on the set printer; a reprint (the default) is marked COPY. */
  'shifts.zPrint': channel(zPrintSchema, returns<{ number: number }>(), 'stats.view'),
  'shifts.zSavePdf': channel(zSavePdfSchema, returns<SavedPdf>(), 'stats.view'),
  /** The Stats "Shifts" view: over/short per shift and per person over a range of shop days. */
  'shifts.overShort': channel(overShortSchema, returns<OverShortReport>(), 'stats.view'),
  /** Every Z report's figures to a CSV file. */
  'shifts.zExportCsv': channel(zExportSchema, returns<ExportResult>(), 'orders.export')
}

export const shiftsEvents = {
  /** A shift opened, moved cash, was counted or closed. */
  'shift.changed': event<{ shiftId: number; change: 'opened' | 'cash' | 'counted' | 'closed' }>()
}
