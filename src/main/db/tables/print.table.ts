import type { Generated } from 'kysely'
import type { AutoPrintChoice, CodePage, PaperSize, PrintJobDocument, PrintJobState, PrinterKind } from '../../../shared/print'

export interface PrintSettingsTable {
  id: number
  printer_kind: PrinterKind
  system_printer_name: string
  network_host: string
  network_port: number
  paper: PaperSize
  silent: number
  auto_print: AutoPrintChoice
  code_page: CodePage
  open_drawer_on_cash: number
  updated_at: number
}

export interface PrintJobsTable {
  id: Generated<number>
  order_id: number | null
  order_number: string | null
  document: PrintJobDocument
  printer_kind: Exclude<PrinterKind, 'none'>
  target: string
  state: PrintJobState
  attempts: number
  last_error: string | null
  reprint: number
  open_drawer: number
  requested_by: string
  created_at: number
  updated_at: number
  printed_at: number | null
}

export interface PrintTables {
  print_settings: PrintSettingsTable
  print_jobs: PrintJobsTable
}
