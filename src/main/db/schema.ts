import type { Kysely, Transaction } from 'kysely'
import type { JournalTables } from './tables/journal.table'
import type { CatalogTables } from './tables/catalog.table'
import type { PrintTables } from './tables/print.table'
import type { CartTables } from './tables/carts.table'
import type { CouponTables } from './tables/coupons.table'
import type { CustomerTables } from './tables/customers.table'
import type { OrderTables } from './tables/orders.table'
import type { PromotionTables } from './tables/promotions.table'
import type { PaymentTables } from './tables/payments.table'
import type { SettingsTables } from './tables/settings.table'
import type { ShiftTables } from './tables/shifts.table'
import type { StaffTables } from './tables/staff.table'
import type { StatsTables } from './tables/stats.table'
import type { SyncTables } from './tables/sync.table'

/** Every table Kysely can see: one `*Tables` interface per domain. */
export interface DB
  extends
    SettingsTables,
    CatalogTables,
    CustomerTables,
    CouponTables,
    PromotionTables,
    CartTables,
    OrderTables,
    PaymentTables,
    PrintTables,
    SyncTables,
    StatsTables,
    ShiftTables,
    StaffTables,
    JournalTables {}

export type Db = Kysely<DB>
export type Trx = Transaction<DB>
