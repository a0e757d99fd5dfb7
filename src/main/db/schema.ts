import type { Kysely, Transaction } from 'kysely'
import type { CatalogTables } from './tables/catalog.table'
import type { SettingsTables } from './tables/settings.table'

/** Every table Kysely can see: one `*Tables` interface per domain. */
export interface DB extends SettingsTables, CatalogTables {}

export type Db = Kysely<DB>
export type Trx = Transaction<DB>
