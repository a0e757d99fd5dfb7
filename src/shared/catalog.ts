import { z } from 'zod'
import { freeText } from './free-text'
import { basisPointsSchema, moneySchema, type Money } from './money'
import { barcodeProblem } from './barcode'
import { textProblem } from './text-rules'
import { SOLD_BY, type SoldBy } from './sold-by'
import { schemaMessage } from './i18n/schema-message'

export const LIMITS = {
  productName: 200,
  category: 80,
  sku: 64,
  barcode: 64,
  optionName: 40,
  optionValue: 60,
  optionsPerProduct: 3,
  valuesPerOption: 50,
  variantsPerProduct: 500,
  searchText: 100,
  stock: 1_000_000_000,
  /** A CSV of 100,000 rows of ordinary width stays far below this. */
  csvChars: 30_000_000,
  /** A file of about 30 MB in base64: a 100,000-row Shopify export fits. */
  csvFileBase64: 40_000_000,
  csvColumns: 300,
  csvHeader: 200
} as const

const id = z
  .number({ error: schemaMessage('catalog.idNumber') })
  .int({ error: schemaMessage('catalog.idWhole') })
  .positive({ error: schemaMessage('catalog.idPositive') })

/**
 * Free text that prints and displays as typed: no card number (freeText), none of the characters
 * textProblem refuses (control characters, bidi overrides, U+FFFD), and at most `max` characters
 * as a reader counts them (graphemes: 👩‍💻 is one).
 */
function cleanText(field: 'name' | 'category' | 'optionName' | 'optionValue', max: number, required = false) {
  return freeText(max, {
    ...(required && { required: schemaMessage(`catalog.${field}.required`) }),
    tooLong: schemaMessage(`catalog.${field}.tooLong`, { max }),
    graphemes: { marks: schemaMessage(`catalog.${field}.tooManyMarks`) }
  }).superRefine((text, context) => {
    const problem = textProblem(text)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })
}

const productName = cleanText('name', LIMITS.productName, true)

const category = cleanText('category', LIMITS.category)

/** Letters, digits and punctuation without spaces, so a SKU can be typed, printed and scanned. */
export const skuSchema = z
  .string({ error: schemaMessage('catalog.skuRequired') })
  .trim()
  .min(1, { error: schemaMessage('catalog.skuRequired') })
  .max(LIMITS.sku, { error: schemaMessage('catalog.skuTooLong', { max: LIMITS.sku }) })
  .regex(/^[!-~]+$/, { error: schemaMessage('catalog.skuChars') })

/** Optional: an empty barcode means the variant has none. */
export const barcodeSchema = z
  .string()
  .trim()
  .max(LIMITS.barcode, { error: schemaMessage('catalog.barcodeTooLong', { max: LIMITS.barcode }) })
  .regex(/^[!-~]*$/, { error: schemaMessage('catalog.barcodeChars') })
  .superRefine((code, context) => {
    const problem = barcodeProblem(code)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })
  .nullable()
  .transform((code) => (code ? code : null))

const stockCount = z
  .number({ error: schemaMessage('catalog.stockNumber') })
  .int({ error: schemaMessage('catalog.stockWhole') })
  .min(0, { error: schemaMessage('catalog.stockNegative') })
  .max(LIMITS.stock, { error: schemaMessage('catalog.stockTooLarge') })

const threshold = z
  .number({ error: schemaMessage('catalog.lowStockNumber') })
  .int({ error: schemaMessage('catalog.lowStockWhole') })
  .min(0, { error: schemaMessage('catalog.lowStockNegative') })
  .max(LIMITS.stock, { error: schemaMessage('catalog.lowStockTooLarge') })

const optionName = cleanText('optionName', LIMITS.optionName, true)
const optionValue = cleanText('optionValue', LIMITS.optionValue, true)

/** One way a product varies, e.g. `{name: 'Size', values: ['S', 'M', 'L']}`. */
export const optionDefinitionSchema = z
  .object({
    name: optionName,
    values: z
      .array(optionValue)
      .min(1, { error: schemaMessage('catalog.optionValueNeeded') })
      .max(LIMITS.valuesPerOption)
      .refine((values) => new Set(values.map(fold)).size === values.length, { error: schemaMessage('catalog.optionValuesDiffer') })
  })
  .strict()

export type OptionDefinition = z.infer<typeof optionDefinitionSchema>

export const optionsSchema = z
  .array(optionDefinitionSchema)
  .max(LIMITS.optionsPerProduct, { error: schemaMessage('catalog.optionsMax', { max: LIMITS.optionsPerProduct }) })
  .refine((options) => new Set(options.map((option) => fold(option.name))).size === options.length, {
    error: schemaMessage('catalog.optionNamesDiffer')
  })

/** A variant's option values, e.g. `{Size: 'M', Colour: 'Red'}`; `{}` for a simple product. */
export const attributesSchema = z.record(optionName, optionValue)
export type Attributes = Record<string, string>

export const variantInputSchema = z
  .object({
    sku: skuSchema,
    barcode: barcodeSchema.default(null),
    price: moneySchema,
    /** Stock on hand when the variant is created, recorded as an 'initial' stock movement. */
    stock: stockCount.default(0),
    lowStockThreshold: threshold.default(0),
    attributes: attributesSchema.default({}),
    /** What the variant costs the shop, for margins; null when unknown. */
    cost: moneySchema.nullable().default(null)
  })
  .strict()

export type VariantInput = z.input<typeof variantInputSchema>

/** A new product. Without options it has exactly one variant; with options, one per combination. */
export const productInputSchema = z
  .object({
    name: productName,
    category: category.default(''),
    taxRateBp: basisPointsSchema,
    soldBy: z.enum(SOLD_BY).default('each'),
    openPrice: z.boolean().default(false),
    options: optionsSchema.default([]),
    variants: z
      .array(variantInputSchema)
      .min(1, { error: schemaMessage('catalog.variantNeeded') })
      .max(LIMITS.variantsPerProduct, { error: schemaMessage('catalog.variantsMax', { max: LIMITS.variantsPerProduct }) })
  })
  .strict()

export type ProductInput = z.input<typeof productInputSchema>
export type ParsedProductInput = z.output<typeof productInputSchema>

export const productUpdateSchema = z
  .object({
    id,
    name: productName.optional(),
    category: category.optional(),
    // How a product is counted is fixed when it is made: its stock, movements and sold lines are in that unit.
    taxRateBp: basisPointsSchema.optional()
  })
  .strict()

export type ProductUpdate = z.input<typeof productUpdateSchema>

/** Stock is not here: it changes only through `stock.adjust`, so every change leaves a movement. */
export const variantUpdateSchema = z
  .object({
    id,
    sku: skuSchema.optional(),
    barcode: barcodeSchema.optional(),
    price: moneySchema.optional(),
    lowStockThreshold: threshold.optional(),
    cost: moneySchema.nullable().optional(),
    archived: z.boolean().optional()
  })
  .strict()

export type VariantUpdate = z.input<typeof variantUpdateSchema>

/** Replaces a product's options and creates a variant for every combination it lacks. */
export const generateVariantsSchema = z
  .object({
    productId: id,
    options: optionsSchema.refine((options) => options.length > 0, { error: schemaMessage('catalog.optionNeeded') }),
    /** Price of each new variant (edit them one by one afterwards). */
    price: moneySchema,
    /** New SKUs are this plus the option values, e.g. TEE-M-RED; defaults to the product's first SKU. */
    skuPrefix: skuSchema.optional(),
    lowStockThreshold: threshold.default(0)
  })
  .strict()

export type GenerateVariantsInput = z.input<typeof generateVariantsSchema>

export const productIdSchema = z.object({ id }).strict()

export interface Variant {
  id: number
  productId: number
  sku: string
  barcode: string | null
  attributes: Attributes
  /** The option values joined for display ("M / Red"); '' for a simple product. */
  label: string
  price: Money
  /** What it costs the shop; null when unknown. */
  cost: Money | null
  stock: number
  lowStockThreshold: number
  archived: boolean
  position: number
}

export interface Product {
  id: number
  name: string
  category: string
  taxRateBp: number
  options: OptionDefinition[]
  archived: boolean
  /** 'each', or the weight unit; then price is per unit and every quantity is in thousandths of it. */
  soldBy: SoldBy
  /** The price is typed at the till (the Misc key); its sales move no stock. */
  openPrice: boolean
  createdAt: number
  updatedAt: number
  /** Every variant, archived ones included, in display order. */
  variants: Variant[]
}

/** Keyset cursor of the product list: the last product already shown. */
export const productCursorSchema = z
  .object({ name: freeText(LIMITS.productName, { graphemes: { marks: schemaMessage('catalog.name.tooManyMarks') } }), id })
  .strict()
export type ProductCursor = z.infer<typeof productCursorSchema>

export const productListQuerySchema = z
  .object({
    category: category.optional(),
    archived: z.boolean().default(false),
    /** Only products with a variant at or below its low-stock threshold. */
    lowStock: z.boolean().default(false),
    after: productCursorSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()

export type ProductListQuery = z.input<typeof productListQuerySchema>

export interface ProductPage {
  items: Product[]
  /** Pass as `after` for the next page; null when this was the last. */
  next: ProductCursor | null
}

export const searchQuerySchema = z
  .object({
    /** A name prefix ("caf lat"), a SKU prefix or an exact barcode. */
    text: z
      .string()
      .trim()
      .min(1, { error: schemaMessage('catalog.searchText') })
      .max(LIMITS.searchText),
    /** Search the archived products (to find one to restore) instead of what is on sale. */
    archived: z.boolean().default(false),
    limit: z.number().int().min(1).max(100).default(20)
  })
  .strict()

export type SearchQuery = z.input<typeof searchQuerySchema>

export const barcodeLookupSchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, { error: schemaMessage('catalog.code') })
      .max(LIMITS.barcode)
  })
  .strict()

/** A variant that can be rung up, with what the till needs to sell it. */
export interface SellableVariant {
  variantId: number
  productId: number
  productName: string
  category: string
  label: string
  attributes: Attributes
  sku: string
  barcode: string | null
  price: Money
  stock: number
  lowStockThreshold: number
  taxRateBp: number
  /** 'each', or the weight unit; then price is per unit and stock is in thousandths of it. */
  soldBy: SoldBy
  /** The price is typed at the till (the Misc key). */
  openPrice: boolean
}

export interface CategorySummary {
  name: string
  productCount: number
}

/** Low stock means a threshold was set and stock has fallen to it or below. */
export function isLowStock(variant: { stock: number; lowStockThreshold: number }): boolean {
  return variant.lowStockThreshold > 0 && variant.stock <= variant.lowStockThreshold
}

export function variantLabel(options: readonly OptionDefinition[], attributes: Attributes): string {
  return options.map((option) => attributes[option.name] ?? '').join(' / ')
}

/** Every combination of option values, in option order: S/Red, S/Blue, M/Red, ... */
export function optionCombinations(options: readonly OptionDefinition[]): Attributes[] {
  return options.reduce<Attributes[]>((combos, option) => combos.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.name]: value }))), [{}])
}

function fold(text: string): string {
  return text.toLocaleLowerCase('en')
}

/** Variants holding one code in different forms (found by migration 0011), to be told apart by hand. */
export interface BarcodeCollision {
  /** The code's key: a GTIN zero-padded to 14 digits, else the code in lower case. */
  code: string
  variants: Array<{ variantId: number; barcode: string; name: string }>
}
