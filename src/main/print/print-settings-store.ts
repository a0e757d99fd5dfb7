import { CompiledQuery, type Selectable } from 'kysely'
import { printSettingsPatchSchema, printSettingsSchema, type PrintSettings, type PrintSettingsPatch } from '../../shared/print'
import type { AppContext } from '../core/app-context'
import { validationError } from '../core/app-error'
import { runCommand, type Caller } from '../core/command'
import type { Db, Trx } from '../db/schema'
import type { PrintSettingsTable } from '../db/tables/print.table'
import { reason } from '../../shared/reasons'

// Read after every sale (auto print): SQL text compiled once, and the last row's parse kept.
const PRINT_SETTINGS_READ = CompiledQuery.raw('SELECT * FROM print_settings WHERE id = 1')
let lastRead: { row: string; settings: PrintSettings } | null = null

export async function readPrintSettings(db: Db | Trx): Promise<PrintSettings> {
  const row = (await db.executeQuery<Selectable<PrintSettingsTable>>(PRINT_SETTINGS_READ)).rows[0]
  if (!row) throw new Error('The print settings row is missing')
  const text = JSON.stringify(row)
  if (lastRead?.row === text) return { ...lastRead.settings }
  const settings = printSettingsSchema.parse({
    printerKind: row.printer_kind,
    systemPrinterName: row.system_printer_name,
    networkHost: row.network_host,
    networkPort: row.network_port,
    paper: row.paper,
    silent: row.silent === 1,
    autoPrint: row.auto_print,
    codePage: row.code_page,
    openDrawerOnCash: row.open_drawer_on_cash === 1
  })
  lastRead = { row: text, settings }
  return { ...settings }
}

export async function updatePrintSettings(app: AppContext, caller: Caller, patch: PrintSettingsPatch): Promise<PrintSettings> {
  return runCommand(app, caller, async ({ trx, now, emit }) => {
    // A key sent as undefined (structured clone keeps it) means "unchanged", never "erase".
    const changes = Object.entries(printSettingsPatchSchema.parse(patch)).filter(([, value]) => value !== undefined)
    const next = printSettingsSchema.parse({ ...(await readPrintSettings(trx)), ...Object.fromEntries(changes) })
    assertUsable(next)
    const row: Omit<PrintSettingsTable, 'id'> = {
      printer_kind: next.printerKind,
      system_printer_name: next.systemPrinterName,
      network_host: next.networkHost,
      network_port: next.networkPort,
      paper: next.paper,
      silent: next.silent ? 1 : 0,
      auto_print: next.autoPrint,
      code_page: next.codePage,
      open_drawer_on_cash: next.openDrawerOnCash ? 1 : 0,
      updated_at: now
    }
    await trx.updateTable('print_settings').set(row).where('id', '=', 1).execute()
    emit('print.changed', { kind: 'settings', settings: next })
    return next
  })
}

/** Rules across fields, checked on the settings as they would be saved. */
function assertUsable(settings: PrintSettings): void {
  if (settings.printerKind === 'network' && settings.networkHost === '') {
    throw validationError(reason('print.networkHost', {}), 'networkHost')
  }
  if (settings.printerKind === 'network' && settings.paper === 'A4') {
    throw validationError(reason('print.networkPaper', {}), 'paper')
  }
}
