import { barcodeKey } from '../../shared/barcode'
import type { CsvChange, CsvRowError } from '../../shared/catalog-import'
import { reason } from '../../shared/reasons'
import type { CommandScope } from '../core/command'
import type { SoldBy } from '../../shared/sold-by'
import type { Trx } from '../db/schema'
import { moveStock } from '../stock/move-stock'
import { displayName } from './catalog-rows'
import { fold } from './catalog-rules'
import type { CsvProduct } from './csv-read'

const LOOKUP_CHUNK = 500

interface Holder {
  id: number
  product_id: number
  sku: string
  barcode: string | null
  barcode_key: string | null
  label: string
  price: number
  cost: number | null
  stock: number
  name: string
  sold_by: SoldBy
}

export interface VariantUpdatePlan {
  variantId: number
  price: number
  cost: number | null
  stockDelta: number
  changes: CsvChange[]
}

export interface ProductUpdatePlan {
  productId: number
  name: string | null
  variants: VariantUpdatePlan[]
}

export interface CsvPlan {
  errors: CsvRowError[]
  /** The file's products that update one already in the catalog, by SKU. */
  updates: Map<CsvProduct, ProductUpdatePlan>
}

export interface UpdateFields {
  stock: boolean
  cost: boolean
}

/**
 * Checks the file's codes against each other and the catalog. A product whose every SKU belongs to
 * one catalog product is, with `updateExisting`, an update of that product (name, price, cost and
 * stock, when their columns are mapped); otherwise a SKU or barcode already used is refused.
 */
export async function planUpdates(trx: Trx, products: readonly CsvProduct[], updateExisting: boolean, fields: UpdateFields): Promise<CsvPlan> {
  const errors = fileClashes(products)
  const updates = new Map<CsvProduct, ProductUpdatePlan>()
  const withInput = products.filter((product) => product.input !== null)
  const { bySku, byBarcode } = await holdersOf(trx, withInput)
  for (const product of withInput) {
    const input = product.input!
    const held = input.variants.map((variant) => bySku.get(fold(variant.sku)) ?? null)
    const owners = new Set(held.map((holder) => holder?.product_id ?? null))
    if (updateExisting && owners.size === 1 && !owners.has(null)) {
      // How a product is sold is fixed when it is made: a file saying otherwise would read its stock in the wrong unit.
      const soldBy = held[0]!.sold_by
      if (input.soldBy === soldBy) updates.set(product, updatePlan(product, held as Holder[], fields))
      else
        errors.push({
          line: product.lines[0]!,
          column: 'sold_by',
          reason: reason('csv.soldByCatalog', { name: input.name, catalog: soldBy, file: input.soldBy })
        })
      continue
    }
    input.variants.forEach((variant, index) => {
      const line = product.lines[index] as number
      const holder = held[index]
      if (holder) {
        const params = { sku: variant.sku, holder: displayName(holder.name, holder.label) }
        errors.push({ line, column: 'sku', reason: reason(updateExisting ? 'csv.skuOfOther' : 'csv.skuUsed', params) })
      }
      const barcodeHolder = variant.barcode === null ? undefined : byBarcode.get(barcodeKey(variant.barcode))
      if (variant.barcode !== null && barcodeHolder) {
        const params = { barcode: variant.barcode, holder: displayName(barcodeHolder.name, barcodeHolder.label) }
        const why =
          barcodeHolder.barcode === variant.barcode
            ? reason('csv.barcodeUsed', params)
            : reason('csv.barcodeUsedAs', { ...params, as: barcodeHolder.barcode ?? '' })
        errors.push({ line, column: 'barcode', reason: why })
      }
    })
  }
  return { errors, updates }
}

function updatePlan(product: CsvProduct, held: readonly Holder[], fields: UpdateFields): ProductUpdatePlan {
  const input = product.input!
  const first = held[0] as Holder
  const name = input.name !== first.name ? input.name : null
  const variants = input.variants.map((variant, index) => {
    const holder = held[index] as Holder
    const changes: CsvChange[] = []
    if (index === 0 && name !== null) changes.push({ field: 'name', from: first.name, to: name })
    if (variant.price !== holder.price) changes.push({ field: 'price', from: holder.price, to: variant.price })
    const cost = fields.cost ? variant.cost : holder.cost
    if (cost !== holder.cost) changes.push({ field: 'cost', from: holder.cost, to: cost })
    const stockDelta = fields.stock ? variant.stock - holder.stock : 0
    if (stockDelta !== 0) changes.push({ field: 'stock', from: holder.stock, to: variant.stock })
    return { variantId: holder.id, price: variant.price, cost, stockDelta, changes }
  })
  return { productId: first.product_id, name, variants }
}

async function holdersOf(trx: Trx, products: readonly CsvProduct[]): Promise<{ bySku: Map<string, Holder>; byBarcode: Map<string, Holder> }> {
  const codes = products.flatMap((product) =>
    product.input!.variants.map((variant) => ({ sku: variant.sku, key: variant.barcode === null ? null : barcodeKey(variant.barcode) }))
  )
  const bySku = new Map<string, Holder>()
  const byBarcode = new Map<string, Holder>()
  for (let start = 0; start < codes.length; start += LOOKUP_CHUNK) {
    const chunk = codes.slice(start, start + LOOKUP_CHUNK)
    const keys = chunk.flatMap((code) => (code.key === null ? [] : [code.key]))
    const holders = await trx
      .selectFrom('variants')
      .innerJoin('products', 'products.id', 'variants.product_id')
      .select([
        'variants.id',
        'variants.product_id',
        'variants.sku',
        'variants.barcode',
        'variants.barcode_key',
        'variants.label',
        'variants.price',
        'variants.cost',
        'variants.stock',
        'products.name',
        'products.sold_by'
      ])
      .where((eb) =>
        eb.or([
          eb(
            'variants.sku',
            'in',
            chunk.map((code) => code.sku)
          ),
          ...(keys.length > 0 ? [eb('variants.barcode_key', 'in', keys)] : [])
        ])
      )
      .execute()
    for (const holder of holders) {
      bySku.set(fold(holder.sku), holder)
      if (holder.barcode_key !== null) byBarcode.set(holder.barcode_key, holder)
    }
  }
  return { bySku, byBarcode }
}

/** Writes one planned update inside the import's transaction; stock moves as an 'import' movement. */
export async function applyUpdate(scope: CommandScope, plan: ProductUpdatePlan): Promise<number> {
  if (plan.name !== null) {
    await scope.trx.updateTable('products').set({ name: plan.name, updated_at: scope.now }).where('id', '=', plan.productId).execute()
  }
  for (const variant of plan.variants) {
    if (variant.changes.length === 0) continue
    await scope.trx
      .updateTable('variants')
      .set({ price: variant.price, cost: variant.cost, updated_at: scope.now })
      .where('id', '=', variant.variantId)
      .execute()
    if (variant.stockDelta !== 0) await moveStock(scope, { variantId: variant.variantId, delta: variant.stockDelta, reason: 'import' })
  }
  return plan.productId
}

/** SKUs and barcodes used twice in the file, as the catalog compares them (SKU without case, barcode by key). */
function fileClashes(products: readonly CsvProduct[]): CsvRowError[] {
  const errors: CsvRowError[] = []
  const skuLines = new Map<string, number>()
  const barcodeLines = new Map<string, number>()
  for (const product of products) {
    if (!product.input) continue
    product.input.variants.forEach((variant, index) => {
      const line = product.lines[index] as number
      const sku = variant.sku.toLowerCase()
      const skuTwin = skuLines.get(sku)
      if (skuTwin !== undefined) errors.push({ line, column: 'sku', reason: reason('csv.skuTwin', { sku: variant.sku, line: skuTwin }) })
      else skuLines.set(sku, line)
      if (variant.barcode === null) return
      const key = barcodeKey(variant.barcode)
      const barcodeTwin = barcodeLines.get(key)
      if (barcodeTwin !== undefined)
        errors.push({ line, column: 'barcode', reason: reason('csv.barcodeTwin', { barcode: variant.barcode, line: barcodeTwin }) })
      else barcodeLines.set(key, line)
    })
  }
  return errors
}
