import type { Generated } from 'kysely'

export interface PrintSettingsTable {
  id: number
  printer_kind: string
  system_printer_name: string
  network_host: string
  network_port: number
  paper: string
  silent: number
  auto_print: string
  code_page: string
  open_drawer_on_cash: number
  updated_at: number
}

export interface PrintJobsTable {
  id: Generated<number>
  order_id: number | null
  order_number: string | null
  document: string
  printer_kind: string
  target: string
  state: string
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
