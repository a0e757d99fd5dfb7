import type { CsvImportInput, CsvImportResult, CsvRowError } from '../../shared/catalog'
import type { AppContext } from '../core/app-context'
import { runCommand, type CommandScope, type Caller } from '../core/command'
import type { Trx } from '../db/schema'
import { displayName } from './catalog-rows'
import { fold } from './catalog-rules'
import { readCatalogCsv, type CsvPricing, type CsvProduct } from './csv-read'
import { insertProduct } from './product-commands'

const LOOKUP_CHUNK = 500

/**
 * Checks every row first (alone, within its product, against the rest of the file and against the
 * catalog), then, unless this is a dry run, writes in one transaction: every product in
 * all-or-nothing mode only if no row is bad; in good-rows-only mode every product whose rows are
 * all good (a product with one bad row is skipped whole, never imported with a variant missing).
 */
export function importCatalogCsv(
  app: AppContext,
  caller: Caller,
  request: Required<CsvImportInput>,
  pricing: CsvPricing,
  /** Checked inside the import's transaction, before anything is written. */
  precondition: (scope: CommandScope) => Promise<void> = async () => undefined
): Promise<CsvImportResult> {
  const reading = readCatalogCsv(request.csv, pricing)
  return runCommand(app, caller, async (scope) => {
    await precondition(scope)
    const errors = [...reading.errors, ...(await codeClashes(scope.trx, reading.products))].sort((a, b) => a.line - b.line)
    const badLines = new Set(errors.map((error) => error.line))
    const good = reading.products.filter((product) => product.input !== null && product.lines.every((line) => !badLines.has(line)))
    const skippedLines = reading.products
      .filter((product) => !good.includes(product))
      .flatMap((product) => product.lines.filter((line) => !badLines.has(line)))
    const willImport = !request.dryRun && good.length > 0 && (request.mode === 'good-rows-only' || errors.length === 0)
    const productIds: number[] = []
    if (willImport) {
      for (const product of good) {
        if (product.input) productIds.push(await insertProduct(scope, product.input, 'import', true))
      }
      scope.emit('catalog.changed', { productIds })
    }
    return {
      mode: request.mode,
      dryRun: request.dryRun,
      imported: willImport,
      rowCount: reading.rowCount,
      goodRowCount: good.reduce((count, product) => count + product.lines.length, 0),
      productCount: good.length,
      variantCount: good.reduce((count, product) => count + product.lines.length, 0),
      productIds,
      errors,
      skippedLines
    }
  })
}

/** SKUs and barcodes used twice in the file, or already used in the catalog, reported on their rows. */
async function codeClashes(trx: Trx, products: readonly CsvProduct[]): Promise<CsvRowError[]> {
  const errors: CsvRowError[] = []
  const skuLines = new Map<string, number>()
  const barcodeLines = new Map<string, number>()
  const rows: Array<{ line: number; sku: string; barcode: string | null }> = []
  for (const product of products) {
    if (!product.input) continue
    product.input.variants.forEach((variant, index) => {
      const line = product.lines[index] as number
      const skuTwin = skuLines.get(fold(variant.sku))
      if (skuTwin !== undefined) errors.push({ line, column: 'sku', reason: `SKU ${variant.sku} is also on line ${skuTwin}` })
      else skuLines.set(fold(variant.sku), line)
      if (variant.barcode !== null) {
        const barcodeTwin = barcodeLines.get(variant.barcode)
        if (barcodeTwin !== undefined) errors.push({ line, column: 'barcode', reason: `Barcode ${variant.barcode} is also on line ${barcodeTwin}` })
        else barcodeLines.set(variant.barcode, line)
      }
      rows.push({ line, sku: variant.sku, barcode: variant.barcode })
    })
  }
  for (let start = 0; start < rows.length; start += LOOKUP_CHUNK) {
    const chunk = rows.slice(start, start + LOOKUP_CHUNK)
    const barcodes = chunk.flatMap((row) => (row.barcode === null ? [] : [row.barcode]))
    const holders = await trx
      .selectFrom('variants')
      .innerJoin('products', 'products.id', 'variants.product_id')
      .select(['variants.sku', 'variants.barcode', 'variants.label', 'products.name'])
      .where((eb) =>
        eb.or([
          eb(
            'variants.sku',
            'in',
            chunk.map((row) => row.sku)
          ),
          ...(barcodes.length > 0 ? [eb('variants.barcode', 'in', barcodes)] : [])
        ])
      )
      .execute()
    const bySku = new Map(holders.map((holder) => [fold(holder.sku), holder]))
    const byBarcode = new Map(holders.flatMap((holder) => (holder.barcode === null ? [] : [[holder.barcode, holder] as const])))
    for (const row of chunk) {
      const skuHolder = bySku.get(fold(row.sku))
      if (skuHolder) {
        errors.push({ line: row.line, column: 'sku', reason: `SKU ${row.sku} is already used by ${displayName(skuHolder.name, skuHolder.label)}` })
      }
      const barcodeHolder = row.barcode === null ? undefined : byBarcode.get(row.barcode)
      if (barcodeHolder) {
        errors.push({
          line: row.line,
          column: 'barcode',
          reason: `Barcode ${row.barcode} is already used by ${displayName(barcodeHolder.name, barcodeHolder.label)}`
        })
      }
    }
  }
  return errors
}
