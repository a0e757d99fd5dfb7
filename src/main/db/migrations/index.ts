import type { Migration } from '../migration'
import { m0001Settings } from './0001_settings'
import { m0002Catalog } from './0002_catalog'
import { m0003Sales } from './0003_sales'
import { m0004Sync } from './0004_sync'
import { m0005Print } from './0005_print'
import { m0006CatalogSearch } from './0006_catalog_search'
import { m0007Stats } from './0007_stats'
import { m0008Money } from './0008_money'
import { m0009Staff } from './0009_staff'
import { m0010Shifts } from './0010_shifts'
import { m0011CatalogImport } from './0011_catalog_import'
import { m0012SyncTrust } from './0012_sync_trust'
import { m0016Journal } from './0016_journal'
import { m0017CashRounding } from './0017_cash_rounding'
import { m0018SellBelowStock } from './0018_sell_below_stock'
import { m0019ShiftApprovers } from './0019_shift_approvers'
import { m0020CheckedColumns } from './0020_checked_columns'
import { m0021StaffStats } from './0021_staff_stats'
import { m0023CounterLines } from './0023_counter_lines'
import { m0024JournalSync } from './0024_journal_sync'
import { m0026SaleCost } from './0026_sale_cost'
import { m0027SyncStateChecked } from './0027_sync_state_checked'
import { m0029OutboxProtocol } from './0029_outbox_protocol'
import { m0030StaffAtTheTill } from './0030_staff_at_the_till'
import { m0031Promotions } from './0031_promotions'
import { m0032WeighedStats } from './0032_weighed_stats'
import { m0033WeighedProducts } from './0033_weighed_products'
import { m0034CategoryPromotions } from './0034_category_promotions'

/** In order; an applied migration is never edited, a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [
  m0001Settings,
  m0002Catalog,
  m0003Sales,
  m0004Sync,
  m0005Print,
  m0006CatalogSearch,
  m0007Stats,
  m0008Money,
  m0009Staff,
  m0010Shifts,
  m0011CatalogImport,
  m0012SyncTrust,
  m0016Journal,
  m0017CashRounding,
  m0018SellBelowStock,
  m0019ShiftApprovers,
  m0020CheckedColumns,
  m0021StaffStats,
  m0023CounterLines,
  m0024JournalSync,
  m0026SaleCost,
  m0027SyncStateChecked,
  m0029OutboxProtocol,
  m0030StaffAtTheTill,
  m0031Promotions,
  m0032WeighedStats,
  m0033WeighedProducts,
  m0034CategoryPromotions
]
