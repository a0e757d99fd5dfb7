import type { ColumnType, Generated } from 'kysely'
import type { SoldBy } from '../../../shared/sold-by'
import type { StockReason } from '../../../shared/stock'

export interface ProductsTable {
  id: Generated<number>
  name: string
  category: string
  tax_rate_bp: number
  /** JSON: the variant options, e.g. [{"name":"Size","values":["S","M"]}]; [] for a simple product. */
  options: string
  archived: number
  created_at: number
  updated_at: number
  /** The staff member who last changed the product (and the manager who approved it). */
  updated_by: Generated<string>
  approver_id: Generated<string | null>
  /** Migration 23: 'each', or a weight unit (then every quantity of it is in thousandths of the unit). */
  sold_by: Generated<SoldBy>
  /** The price is typed at the till (the Misc key); such lines move no stock. */
  open_price: Generated<number>
}

export interface VariantsTable {
  id: Generated<number>
  product_id: number
  sku: string
  barcode: string | null
  /** JSON: this variant's option values, e.g. {"Size":"M"}; {} for a simple product. */
  attributes: string
  label: string
  price: number
  /** Minor units; NULL when the shop has not said (migration 0011). */
  cost: ColumnType<number | null, number | null | undefined, number | null>
  /** Computed by SQLite from barcode: the GTIN zero-padded to 14 digits, else the code in lower case. */
  barcode_key: ColumnType<string | null, never, never>
  stock: number
  low_stock_threshold: number
  archived: number
  position: number
  created_at: number
  updated_at: number
}

export interface StockMovementsTable {
  id: Generated<number>
  variant_id: number
  delta: number
  stock_after: number
  reason: StockReason
  note: string
  order_id: number | null
  actor_id: string
  approver_id: string | null
  /** Who let this movement take the stock below zero (sell anyway, migration 18); null otherwise. */
  allowed_by: string | null
  created_at: number
}

export interface CsvImportMappingsTable {
  header_key: string
  /** JSON: one field name or null per column. */
  mapping: string
  saved_at: number
}

export interface ProductNameGramsTable {
  gram: string
  product_id: number
}

/** Barcode keys two variants shared when migration 0011 ran. */
export interface BarcodeCollisionsTable {
  barcode_key: string
}

export interface CatalogTables {
  barcode_collisions: BarcodeCollisionsTable
  csv_import_mappings: CsvImportMappingsTable
  product_name_grams: ProductNameGramsTable
  products: ProductsTable
  variants: VariantsTable
  stock_movements: StockMovementsTable
}
