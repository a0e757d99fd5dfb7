import { barcodeKey } from '../../shared/barcode'
import type { Attributes, OptionDefinition } from '../../shared/catalog'
import { AppError, validationError } from '../core/app-error'
import type { Trx } from '../db/schema'
import { displayName } from './catalog-rows'
import { reason } from '../../shared/reasons'

/**
 * A variant's option values checked against its product's options and spelled as the options
 * spell them; refuses a missing, unknown or extra option.
 */
export function matchAttributes(options: readonly OptionDefinition[], attributes: Attributes, path: string): Attributes {
  const given = new Map(Object.entries(attributes).map(([name, value]) => [fold(name), { name, value }]))
  if (given.size !== Object.keys(attributes).length || given.size !== options.length) {
    const expected = options.map((option) => option.name).join(', ')
    throw validationError(options.length === 0 ? reason('product.noOptions', {}) : reason('product.variantOptions', { expected }), path)
  }
  const matched: Attributes = {}
  for (const option of options) {
    const entry = given.get(fold(option.name))
    if (!entry) throw validationError(reason('product.variantMissingOption', { option: option.name }), path)
    const value = option.values.find((candidate) => fold(candidate) === fold(entry.value))
    if (value === undefined) throw validationError(reason('product.unknownOptionValue', { value: entry.value, option: option.name }), path)
    matched[option.name] = value
  }
  return matched
}

/** A stable text key for an attribute combination, to spot the same combination twice. */
export function combinationKey(options: readonly OptionDefinition[], attributes: Attributes): string {
  return JSON.stringify(options.map((option) => fold(attributes[option.name] ?? '')))
}

export interface Codes {
  sku: string
  barcode: string | null
}

/**
 * Refuses SKUs and barcodes given twice or already used by another variant (archived ones too:
 * they still appear in past orders), naming the value and who holds it. Barcodes compare by key,
 * so UPC-A 036000291452 and EAN-13 0036000291452 are the same code.
 */
export async function assertCodesFree(trx: Trx, codes: readonly Codes[], exceptVariantIds: readonly number[] = []): Promise<void> {
  const skus = new Set<string>()
  const barcodes = new Set<string>()
  for (const { sku, barcode } of codes) {
    if (skus.has(fold(sku))) throw duplicate('SKU', sku, 'is given twice')
    skus.add(fold(sku))
    if (barcode !== null) {
      if (barcodes.has(barcodeKey(barcode))) throw duplicate('Barcode', barcode, 'is given twice (in this or another form of the same code)')
      barcodes.add(barcodeKey(barcode))
    }
  }
  if (codes.length === 0) return
  const holders = trx
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select(['variants.id', 'variants.sku', 'variants.barcode', 'variants.label', 'products.name'])
  const except = exceptVariantIds.length > 0 ? exceptVariantIds : [0]
  const skuHolder = await holders
    .where(
      'variants.sku',
      'in',
      codes.map((code) => code.sku)
    )
    .where('variants.id', 'not in', except)
    .executeTakeFirst()
  if (skuHolder) throw duplicate('SKU', skuHolder.sku, `is already used by ${displayName(skuHolder.name, skuHolder.label)}`)
  const keys = [...barcodes]
  if (keys.length === 0) return
  const barcodeHolder = await holders.where('variants.barcode_key', 'in', keys).where('variants.id', 'not in', except).executeTakeFirst()
  if (barcodeHolder?.barcode) {
    const given =
      codes.find((code) => code.barcode !== null && barcodeKey(code.barcode) === barcodeKey(barcodeHolder.barcode as string))?.barcode ?? barcodeHolder.barcode
    const form = given === barcodeHolder.barcode ? '' : ` as ${barcodeHolder.barcode}, the same code in another form`
    throw duplicate('Barcode', given, `is already used by ${displayName(barcodeHolder.name, barcodeHolder.label)}${form}`)
  }
}

function duplicate(kind: 'SKU' | 'Barcode', value: string, why: string): AppError {
  return new AppError('CONFLICT', `${kind} ${value} ${why}.`, {
    details: { field: kind === 'SKU' ? 'sku' : 'barcode', value },
    issues: [{ path: kind === 'SKU' ? 'sku' : 'barcode', message: `${kind} ${value} ${why}.` }]
  })
}

export function fold(text: string): string {
  return text.toLocaleLowerCase('en')
}
