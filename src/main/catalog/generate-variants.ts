import { LIMITS, optionCombinations, variantLabel, type Attributes, type OptionDefinition, type Product } from '../../shared/catalog'
import type { Money } from '../../shared/money'
import type { AppContext } from '../core/app-context'
import { AppError, validationError } from '../core/app-error'
import { runCommand, type Caller } from '../core/command'
import type { Trx } from '../db/schema'
import { displayName, editedBy, loadProduct, type VariantRow } from './catalog-rows'
import { combinationKey, fold, matchAttributes } from './catalog-rules'
import { reason } from '../../shared/reasons'

export interface GenerateVariants {
  productId: number
  options: OptionDefinition[]
  price: Money
  skuPrefix?: string
  lowStockThreshold: number
}

/**
 * Gives a product one variant per combination of its new options. Variants whose combination
 * survives keep their SKU, price, stock and history; new combinations get a generated SKU and the
 * given price (edit them afterwards); variants that no longer fit are archived, which is refused
 * while one still has stock so that no stock silently leaves the till.
 */
export function generateVariants(app: AppContext, caller: Caller, input: GenerateVariants): Promise<Product> {
  return runCommand(app, caller, async (scope) => {
    const { trx, now } = scope
    const product = await loadProduct(trx, input.productId)
    const combos = optionCombinations(input.options)
    if (combos.length > LIMITS.variantsPerProduct) {
      throw validationError(reason('product.tooManyVariants', { count: combos.length, max: LIMITS.variantsPerProduct }), 'options')
    }
    const rows = await trx.selectFrom('variants').selectAll().where('product_id', '=', product.id).orderBy('position').execute()
    const existing = new Map<string, VariantRow>()
    for (const row of rows) {
      const attributes = fitting(input.options, JSON.parse(row.attributes) as Attributes)
      if (attributes) existing.set(combinationKey(input.options, attributes), row)
    }
    const kept = new Set<number>()
    const prefix = input.skuPrefix ?? rows[0]?.sku ?? `P${product.id}`
    const skus = await freeSkus(
      trx,
      combos.filter((combo) => !existing.has(combinationKey(input.options, combo))).map((combo) => skuFor(prefix, combo))
    )
    for (const [position, attributes] of combos.entries()) {
      const label = variantLabel(input.options, attributes)
      const match = existing.get(combinationKey(input.options, attributes))
      if (match) {
        kept.add(match.id)
        await trx
          .updateTable('variants')
          .set({ attributes: JSON.stringify(attributes), label, position, archived: 0, updated_at: now })
          .where('id', '=', match.id)
          .execute()
        continue
      }
      await trx
        .insertInto('variants')
        .values({
          product_id: product.id,
          sku: skus.shift() as string,
          barcode: null,
          attributes: JSON.stringify(attributes),
          label,
          price: input.price,
          stock: 0,
          low_stock_threshold: input.lowStockThreshold,
          archived: 0,
          position,
          created_at: now,
          updated_at: now
        })
        .execute()
    }
    for (const row of rows) {
      if (kept.has(row.id) || row.archived === 1) continue
      if (row.stock > 0) {
        const name = displayName(product.name, row.label)
        throw new AppError('CONFLICT', `${name} still has ${row.stock} in stock and does not fit the new options. Count its stock to zero first.`, {
          details: { variantId: row.id, stock: row.stock }
        })
      }
      await trx.updateTable('variants').set({ archived: 1, updated_at: now }).where('id', '=', row.id).execute()
    }
    await trx
      .updateTable('products')
      .set({ options: JSON.stringify(input.options), updated_at: now, ...editedBy(scope) })
      .where('id', '=', product.id)
      .execute()
    scope.emit('catalog.changed', { productIds: [product.id] })
    return loadProduct(trx, product.id)
  })
}

function fitting(options: readonly OptionDefinition[], attributes: Attributes): Attributes | null {
  try {
    return matchAttributes(options, attributes, '')
  } catch {
    return null
  }
}

/** TEE + {Size: M, Colour: Crème} -> TEE-M-CREME: ASCII letters and digits only, so it can be typed. */
export function skuFor(prefix: string, attributes: Attributes): string {
  const parts = Object.values(attributes).map((value) =>
    value
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '')
      .toUpperCase()
  )
  return [prefix, ...parts.map((part, index) => part || `V${index + 1}`)].join('-').slice(0, LIMITS.sku)
}

/** The wanted SKUs, each made unique against the catalog and each other with a -2, -3 ... suffix. */
async function freeSkus(trx: Trx, wanted: readonly string[]): Promise<string[]> {
  const taken = new Set<string>()
  const result: string[] = []
  for (const sku of wanted) {
    for (let attempt = 1; ; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`
      const candidate = sku.slice(0, LIMITS.sku - suffix.length) + suffix
      if (taken.has(fold(candidate))) continue
      const holder = await trx.selectFrom('variants').select('id').where('sku', '=', candidate).executeTakeFirst()
      if (holder) continue
      taken.add(fold(candidate))
      result.push(candidate)
      break
    }
  }
  return result
}
