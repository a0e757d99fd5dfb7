import type { Generated } from 'kysely'

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
  reason: string
  note: string
  order_id: number | null
  actor_id: string
  approver_id: string | null
  created_at: number
}

export interface CatalogTables {
  products: ProductsTable
  variants: VariantsTable
  stock_movements: StockMovementsTable
}
