import type { Kysely, Transaction } from 'kysely'
import type { JournalTables } from './tables/journal.table'
import type { CatalogTables } from './tables/catalog.table'
import type { PrintTables } from './tables/print.table'
import type { SalesTables } from './tables/sales.table'
import type { SettingsTables } from './tables/settings.table'
import type { ShiftTables } from './tables/shifts.table'
import type { StaffTables } from './tables/staff.table'
import type { StatsTables } from './tables/stats.table'
import type { SyncTables } from './tables/sync.table'

/** Every table Kysely can see: one `*Tables` interface per domain. */
export interface DB extends SettingsTables, CatalogTables, SalesTables, PrintTables, SyncTables, StatsTables, ShiftTables, StaffTables, JournalTables {}

export type Db = Kysely<DB>
export type Trx = Transaction<DB>
