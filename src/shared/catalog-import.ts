import type { SoldBy } from './sold-by'
import { z } from 'zod'
import { LIMITS } from './catalog'
import { freeText } from './free-text'
import { schemaMessage } from './i18n/schema-message'
import type { Reason } from './reasons'

/** Tillpoint's own columns, one row per variant; the fields every other format's columns map to. */
export const CSV_FIELDS = [
  'product_key',
  'name',
  'category',
  'tax_rate',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'barcode',
  'price',
  'stock',
  'low_stock_threshold',
  'cost',
  // each, kg, g or lb (blank: each); a weighed product's stock and threshold are in that unit ("1.25").
  'sold_by'
] as const

export type CsvField = (typeof CSV_FIELDS)[number]
export const REQUIRED_FIELDS: readonly CsvField[] = ['name', 'sku', 'price']

/** The exports recognised by their header, each mapped and read with its own structure. */
export const CSV_FORMATS = ['tillpoint', 'shopify', 'square', 'loyverse', 'woocommerce', 'other'] as const
export type CsvFormat = (typeof CSV_FORMATS)[number]

export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type CsvEncoding = (typeof CSV_ENCODINGS)[number]
export type CsvSeparator = ',' | ';' | '\t'
export const DECIMAL_MARKS = ['point', 'comma'] as const
export type DecimalMark = (typeof DECIMAL_MARKS)[number]

export const CSV_IMPORT_MODES = ['all-or-nothing', 'good-rows-only'] as const
export type CsvImportMode = (typeof CSV_IMPORT_MODES)[number]

/**
 * The file's bytes in base64, so any encoding reaches the main process untouched. Main checks that
 * it is base64 as it decodes it, a slice at a time (src/main/catalog/file-bytes.ts, refusing with
 * `catalogImport.intact`): zod's check of a whole 40 MB file at once would hold its event loop.
 */
const fileSchema = z.string().max(LIMITS.csvFileBase64, { error: schemaMessage('catalogImport.tooLarge') })

/** For each column of the file, in order, the field it fills, or null to ignore it. */
export const csvMappingSchema = z.array(z.enum(CSV_FIELDS).nullable()).max(LIMITS.csvColumns)
export type CsvMapping = z.infer<typeof csvMappingSchema>

export const csvInspectSchema = z.object({ file: fileSchema }).strict()

/** What the file is, as read before the mapping step; `mapping` is the suggestion to edit. */
export interface CsvInspection {
  encoding: CsvEncoding
  separator: CsvSeparator
  decimalMark: DecimalMark
  format: CsvFormat
  headers: string[]
  mapping: CsvMapping
  /** True when the mapping is the one saved for files with these headers. */
  savedMapping: boolean
  rowCount: number
  /** The first few rows, as the mapping step shows them beside each column. */
  sample: string[][]
}

export const csvImportSchema = z
  .object({
    /** Text in Tillpoint's own format (the sample shop, tests): no decoding, no mapping step. */
    csv: z
      .string()
      .max(LIMITS.csvChars, { error: schemaMessage('catalogImport.tooLarge') })
      .optional(),
    file: fileSchema.optional(),
    /** Defaults to the suggestion `catalog.inspectCsv` gives. */
    mapping: csvMappingSchema.optional(),
    decimalMark: z.enum(DECIMAL_MARKS).optional(),
    /** Rows whose SKU is in the catalog update its name, price, cost and stock instead of being refused. */
    updateExisting: z.boolean().default(false),
    mode: z.enum(CSV_IMPORT_MODES, { error: schemaMessage('catalogImport.mode') }),
    /** Check every row and report what would happen, writing nothing. */
    dryRun: z.boolean()
  })
  .strict()
  .refine((input) => (input.csv === undefined) !== (input.file === undefined), { error: schemaMessage('catalogImport.fileOrText') })

export type CsvImportInput = z.input<typeof csvImportSchema>
export type CsvImportRequest = z.output<typeof csvImportSchema>

export const csvSaveMappingSchema = z
  .object({ headers: z.array(freeText(LIMITS.csvHeader)).min(1).max(LIMITS.csvColumns), mapping: csvMappingSchema })
  .strict()
  .refine((input) => input.headers.length === input.mapping.length, { error: schemaMessage('catalogImport.mapping') })

/** What is wrong with a row, and in which column (null: the row as a whole); a screen words the reason. */
export interface CsvProblem {
  column: string | null
  reason: Reason
}

export interface CsvRowError extends CsvProblem {
  /** Line in the file where the row starts, counting the header as line 1. */
  line: number
}

export const CSV_UPDATE_FIELDS = ['name', 'price', 'cost', 'stock'] as const
export interface CsvChange {
  field: (typeof CSV_UPDATE_FIELDS)[number]
  /** Amounts in minor units, stock in units, names as text. */
  from: string | number | null
  to: string | number | null
}

/** One row of the preview: what the row becomes and the verdict on it. */
export interface CsvPreviewRow {
  line: number
  name: string
  variant: string
  sku: string
  price: number | null
  /** Units, or thousandths of `soldBy` for a product sold by weight (shown as its weight). */
  stock: number | null
  soldBy: SoldBy
  status: 'new' | 'update' | 'unchanged' | 'error' | 'skipped'
  problems: CsvProblem[]
  changes: CsvChange[]
}

export interface CsvImportResult {
  mode: CsvImportMode
  dryRun: boolean
  /** True when rows were written: never on a dry run, never in all-or-nothing mode with a bad row. */
  imported: boolean
  format: CsvFormat
  encoding: CsvEncoding
  rowCount: number
  goodRowCount: number
  /** Products and variants added (or, on a dry run, that would be). */
  productCount: number
  variantCount: number
  /** Existing variants changed by SKU (or that would be). */
  updatedCount: number
  productIds: number[]
  /** Columns no field reads: listed, never fatal. */
  ignoredColumns: string[]
  /** Rows with nothing to import (Shopify's image-only rows). */
  skippedBlankRows: number
  /** Every problem, by line; a line can have several. */
  errors: CsvRowError[]
  /** Good rows left out because another row of the same product is bad. */
  skippedLines: number[]
  /** Problems on no row of the preview (the file as a whole, or a line no product holds): listed apart. */
  fileErrors: CsvRowError[]
  /**
   * The preview's first rows (at most PREVIEW_PAGE_ROWS, in file order); the rest come a page at a
   * time from `catalog.importPreviewRows`, so a 50,000-row check never crosses to the window whole.
   */
  rows: CsvPreviewRow[]
  /** How many rows the whole preview has. */
  previewRowCount: number
}

export const PREVIEW_PAGE_ROWS = 500

/** A page of the last check's (or import's) preview: page 0 is the result's own `rows`. */
export const csvPreviewPageSchema = z
  .object({
    page: z
      .number()
      .int({ error: schemaMessage('catalogImport.page') })
      .min(0)
      .max(100_000)
  })
  .strict()

export interface CsvPreviewPage {
  page: number
  rows: CsvPreviewRow[]
  previewRowCount: number
}

/**
 * How far an import (or the reading for the mapping step) has got, sent while it reads, checks and
 * writes a big file: reading and checking count the file's rows, writing counts products.
 */
export interface CsvImportProgress {
  stage: 'reading' | 'checking' | 'writing'
  done: number
  total: number
}

export interface CsvExport {
  csv: string
  productCount: number
  variantCount: number
}
