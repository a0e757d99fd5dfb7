import type { Selectable } from 'kysely'
import { money } from '../../shared/money'
import type { Attributes, OptionDefinition, Product, SellableVariant, Variant } from '../../shared/catalog'
import type { SoldBy } from '../../shared/sold-by'
import { notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { Db, Trx } from '../db/schema'
import type { ProductsTable, VariantsTable } from '../db/tables/catalog.table'

export type ProductRow = Selectable<ProductsTable>
export type VariantRow = Selectable<VariantsTable>

export function toVariant(row: VariantRow): Variant {
  return {
    id: row.id,
    productId: row.product_id,
    sku: row.sku,
    barcode: row.barcode,
    attributes: JSON.parse(row.attributes) as Attributes,
    label: row.label,
    price: money(row.price),
    cost: row.cost === null ? null : money(row.cost),
    stock: row.stock,
    lowStockThreshold: row.low_stock_threshold,
    archived: row.archived === 1,
    position: row.position
  }
}

export function toProduct(row: ProductRow, variants: readonly VariantRow[]): Product {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    taxRateBp: row.tax_rate_bp,
    options: JSON.parse(row.options) as OptionDefinition[],
    archived: row.archived === 1,
    soldBy: row.sold_by,
    openPrice: row.open_price === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    variants: variants.map(toVariant)
  }
}

/** The products with these rows, each with its variants, in the order of `rows`. */
export async function withVariants(db: Db | Trx, rows: readonly ProductRow[]): Promise<Product[]> {
  if (rows.length === 0) return []
  const variants = await db
    .selectFrom('variants')
    .selectAll()
    .where(
      'product_id',
      'in',
      rows.map((row) => row.id)
    )
    .orderBy('product_id')
    .orderBy('position')
    .orderBy('id')
    .execute()
  const byProduct = new Map<number, VariantRow[]>()
  for (const variant of variants) {
    const list = byProduct.get(variant.product_id)
    if (list) list.push(variant)
    else byProduct.set(variant.product_id, [variant])
  }
  return rows.map((row) => toProduct(row, byProduct.get(row.id) ?? []))
}

export async function loadProduct(db: Db | Trx, id: number): Promise<Product> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Product', id)
  const [product] = await withVariants(db, [row])
  return product as Product
}

/** A variant joined with its product, as search and scanning return it. */
export interface SellableRow {
  variant_id: number
  product_id: number
  product_name: string
  category: string
  label: string
  attributes: string
  sku: string
  barcode: string | null
  price: number
  stock: number
  low_stock_threshold: number
  tax_rate_bp: number
  sold_by: SoldBy
  open_price: number
}

export function sellableColumns(db: Db | Trx) {
  return db
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select([
      'variants.id as variant_id',
      'variants.product_id',
      'products.name as product_name',
      'products.category',
      'variants.label',
      'variants.attributes',
      'variants.sku',
      'variants.barcode',
      'variants.price',
      'variants.stock',
      'variants.low_stock_threshold',
      'products.tax_rate_bp',
      'products.sold_by',
      'products.open_price'
    ])
}

export function toSellable(row: SellableRow): SellableVariant {
  return {
    variantId: row.variant_id,
    productId: row.product_id,
    productName: row.product_name,
    category: row.category,
    label: row.label,
    attributes: JSON.parse(row.attributes) as Attributes,
    sku: row.sku,
    barcode: row.barcode,
    price: money(row.price),
    stock: row.stock,
    lowStockThreshold: row.low_stock_threshold,
    taxRateBp: row.tax_rate_bp,
    soldBy: row.sold_by,
    openPrice: row.open_price === 1
  }
}

export function displayName(productName: string, label: string): string {
  return label ? `${productName} (${label})` : productName
}

/** Who last changed a product, written with every product change. */
export function editedBy(scope: Pick<CommandScope, 'actor' | 'approver'>): { updated_by: string; approver_id: string | null } {
  return { updated_by: scope.actor.id, approver_id: scope.approver?.id ?? null }
}
