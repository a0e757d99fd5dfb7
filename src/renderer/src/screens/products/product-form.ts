import { optionCombinations, type Attributes, type OptionDefinition, type Product, type ProductInput } from '../../../../shared/catalog'
import type { AppErrorData, ErrorIssue } from '../../../../shared/errors'
import type { SoldBy } from '../../../../shared/sold-by'
import { parseCountInput } from '../../lib/count'
import { parseMoneyInput } from '../../lib/money'
import { parsePercentInput } from '../../lib/percent'
import { parseWeightInput } from '../../lib/weight'
import { t } from '../../i18n/i18n'
import { localIssue } from '../../lib/errors'

/** An option as typed: its name and its values separated by commas ("S, M, L"). */
export interface OptionDraft {
  name: string
  values: string
}

/** One variant row as typed; `attributes` is fixed by the options, the rest is editable. */
export interface VariantDraft {
  attributes: Attributes
  sku: string
  barcode: string
  price: string
  stock: string
  lowStockThreshold: string
}

export interface ProductDraft {
  name: string
  category: string
  taxRate: string
  /** 'each', or a weight unit: then stock and the low-stock level are typed as weights (issue 13). */
  soldBy: SoldBy
  /** The price is typed at the till each time (no shelf price, no stock). */
  openPrice: boolean
  options: OptionDraft[]
  variants: VariantDraft[]
}

export function emptyVariant(attributes: Attributes = {}): VariantDraft {
  return { attributes, sku: '', barcode: '', price: '', stock: '0', lowStockThreshold: '0' }
}

export function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
}

/** The options as the contract wants them; rows with no name and no values are ignored. */
export function optionsOf(drafts: readonly OptionDraft[]): OptionDefinition[] {
  return drafts.filter((draft) => draft.name.trim() || draft.values.trim()).map((draft) => ({ name: draft.name.trim(), values: splitValues(draft.values) }))
}

export function attributesKey(attributes: Attributes): string {
  return JSON.stringify(Object.entries(attributes))
}

/**
 * "TEE" + {Size: 'M', Colour: 'Crème'} → "TEE-M-CREME": the rule the main process uses for the
 * SKUs it generates, so a suggestion here matches what "add options" would make later.
 */
export function suggestSku(base: string, attributes: Attributes): string {
  const parts = Object.values(attributes).map(
    (value, index) =>
      value
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '')
        .toUpperCase() || `V${index + 1}`
  )
  return [base.trim(), ...parts].filter(Boolean).join('-').slice(0, 64)
}

/** The start the product's SKUs share: TEE-S-RED with {Size: S, Colour: Red} → TEE. */
export function skuBaseOf(product: Product): string {
  const first = product.variants[0]
  if (!first) return ''
  const suffix = suggestSku('', first.attributes)
  return suffix && first.sku.toUpperCase().endsWith(`-${suffix}`) ? first.sku.slice(0, -(suffix.length + 1)) : first.sku
}

/**
 * The variant rows for these options: one per combination, keeping what was already typed for a
 * combination that still exists. Without options, the one simple variant.
 */
export function variantsFor(options: readonly OptionDefinition[], previous: readonly VariantDraft[], baseSku: string): VariantDraft[] {
  const usable = options.filter((option) => option.name && option.values.length > 0)
  if (usable.length === 0)
    return [previous.find((draft) => Object.keys(draft.attributes).length === 0) ?? previous[0] ?? emptyVariant()].map((draft) => ({
      ...draft,
      attributes: {}
    }))
  const byKey = new Map(previous.map((draft) => [attributesKey(draft.attributes), draft]))
  const template = previous[0]
  return optionCombinations(usable).map((attributes) => {
    const existing = byKey.get(attributesKey(attributes))
    if (existing) return existing
    return {
      ...emptyVariant(attributes),
      sku: suggestSku(baseSku, attributes),
      price: template?.price ?? '',
      lowStockThreshold: template?.lowStockThreshold ?? '0'
    }
  })
}

/** A stock figure: whole units, or a weight in thousandths of the unit for a product sold by weight (0 allowed). */
function quantityOf(text: string, soldBy: SoldBy, label: string): { ok: true; value: number } | { ok: false; message: string } {
  if (soldBy === 'each') return parseCountInput(text, { label })
  if (text.trim() === '0') return { ok: true, value: 0 }
  return parseWeightInput(text, soldBy)
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

function refusal(issues: ErrorIssue[]): Checked<never> {
  return { ok: false, error: { code: 'VALIDATION', message: issues[0]?.message ?? t('errors.code.VALIDATION'), issues } }
}

/**
 * The draft as `catalog.createProduct` input. What only the screen can know (an amount or count
 * that is not a number) is refused here with the same paths the main process uses; everything
 * else (names, SKUs, limits, duplicates) is left to the main process, which has the final word.
 */
export function productInputOf(draft: ProductDraft, currencyDigits: number, decimalMark: string): Checked<ProductInput> {
  const issues: ErrorIssue[] = []
  const tax = parsePercentInput(draft.taxRate)
  if (!tax.ok) issues.push(localIssue('taxRateBp', tax.message))
  const variants = draft.variants.map((variant, index) => {
    const price = parseMoneyInput(variant.price, currencyDigits, decimalMark)
    if (!price.ok) issues.push(localIssue(`variants.${index}.price`, price.message))
    const stock = quantityOf(variant.stock, draft.soldBy, t('products.list.stock'))
    if (!stock.ok) issues.push(localIssue(`variants.${index}.stock`, stock.message))
    const threshold = quantityOf(variant.lowStockThreshold, draft.soldBy, t('products.field.lowStockThreshold'))
    if (!threshold.ok) issues.push(localIssue(`variants.${index}.lowStockThreshold`, threshold.message))
    return {
      sku: variant.sku,
      barcode: variant.barcode.trim() || null,
      price: price.ok ? price.amount : 0,
      stock: stock.ok ? stock.value : 0,
      lowStockThreshold: threshold.ok ? threshold.value : 0,
      attributes: variant.attributes
    }
  })
  if (issues.length > 0) return refusal(issues)
  return {
    ok: true,
    value: {
      name: draft.name,
      category: draft.category,
      taxRateBp: tax.ok ? tax.basisPoints : 0,
      soldBy: draft.soldBy,
      openPrice: draft.openPrice,
      options: optionsOf(draft.options),
      variants
    }
  }
}
