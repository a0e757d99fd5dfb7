import type { CsvImportProgress, CsvImportRequest, CsvImportResult, CsvPreviewRow, CsvProblem, CsvRowError } from '../../shared/catalog-import'
import type { AppContext } from '../core/app-context'
import { runCommand, type Caller, type CommandScope } from '../core/command'
import { yieldToEventLoop } from '../core/yield'
import { ignoredColumns } from './csv-mapping'
import { readCatalogRecords, type CsvProduct } from './csv-read'
import { readCsvSource } from './csv-source'
import { applyUpdate, planUpdates, type CsvPlan } from './csv-updates'
import { insertImportedProduct } from './import-write'
import { deferNameIndexing } from './name-indexes'

/** The shop's money digits, a factor (the sample shop scales its prices) and locale (decimal mark). */
export interface ImportPricing {
  digits: number
  factor: number
  locale: string
}

/** An import as the worker runs it: the file as its bytes (file-bytes.ts), not the window's base64. */
export type ImportRequest = Omit<CsvImportRequest, 'updateExisting' | 'file'> & { updateExisting?: boolean; bytes?: Uint8Array<ArrayBuffer> }

/** Products written between two turns of the event loop. */
const WRITE_CHUNK = 500

/**
 * Reads the file (decoding, separator, mapping), checks every row first (alone, within its
 * product, against the rest of the file and against the catalog), then, unless this is a dry run,
 * writes in one transaction: every product in all-or-nothing mode only if no row is bad; in
 * good-rows-only mode every product whose rows are all good (a product with one bad row is
 * skipped whole). With updateExisting, rows whose SKU the catalog has change that variant.
 */
export async function importCatalogCsv(
  app: AppContext,
  caller: Caller,
  request: ImportRequest,
  pricing: ImportPricing,
  /** Checked inside the import's transaction, before anything is written. */
  precondition: (scope: CommandScope) => Promise<void> = async () => undefined,
  onProgress: (progress: CsvImportProgress) => void = () => undefined
): Promise<CsvImportResult> {
  const source = await readCsvSource(app.db, request, pricing.locale, (done, total) => onProgress({ stage: 'reading', done, total }))
  const reading = await readCatalogRecords(
    source.records,
    source.mapping,
    source.format,
    { digits: pricing.digits, factor: pricing.factor, decimalMark: source.decimalMark },
    (done, total) => onProgress({ stage: 'checking', done, total })
  )
  return runCommand(app, caller, async (scope) => {
    await precondition(scope)
    const plan = await planUpdates(scope.trx, reading.products, request.updateExisting ?? false, {
      stock: source.mapping.includes('stock'),
      cost: source.mapping.includes('cost')
    })
    const errors = [...reading.errors, ...plan.errors].sort((a, b) => a.line - b.line)
    const badLines = new Set(errors.map((error) => error.line))
    const isGood = (product: CsvProduct) => product.input !== null && product.lines.every((line) => !badLines.has(line))
    const good = reading.products.filter(isGood)
    const skippedLines = reading.products.filter((product) => !isGood(product)).flatMap((product) => product.lines.filter((line) => !badLines.has(line)))
    const willImport = !request.dryRun && good.length > 0 && (request.mode === 'good-rows-only' || errors.length === 0)
    const added = good.filter((product) => !plan.updates.has(product))
    const updated = good.filter((product) => plan.updates.has(product))
    const productIds: number[] = []
    if (willImport) {
      const indexing = added.length > 0 ? deferNameIndexing(scope.sql) : null
      let written = 0
      for (const product of good) {
        const update = plan.updates.get(product)
        if (update) productIds.push(await applyUpdate(scope, update))
        else if (product.input) productIds.push(insertImportedProduct(scope, product.input))
        if (++written % WRITE_CHUNK === 0) {
          onProgress({ stage: 'writing', done: written, total: good.length })
          await yieldToEventLoop()
        }
      }
      indexing?.finish()
      onProgress({ stage: 'writing', done: good.length, total: good.length })
      scope.emit('catalog.changed', { productIds })
    }
    const rows = previewRows(reading.products, errors, new Set(skippedLines), plan)
    const rowLines = new Set(rows.map((row) => row.line))
    const variantsOf = (products: readonly CsvProduct[]) => products.reduce((count, product) => count + product.lines.length, 0)
    return {
      mode: request.mode,
      dryRun: request.dryRun,
      imported: willImport,
      format: source.format,
      encoding: source.encoding,
      rowCount: reading.rowCount,
      goodRowCount: variantsOf(good),
      productCount: added.length,
      variantCount: variantsOf(added),
      updatedCount: updated.reduce(
        (count, product) => count + (plan.updates.get(product)?.variants.filter((variant) => variant.changes.length > 0).length ?? 0),
        0
      ),
      productIds,
      ignoredColumns: ignoredColumns(source.headers, source.mapping),
      skippedBlankRows: reading.skippedBlankRows,
      errors,
      skippedLines,
      fileErrors: errors.filter((error) => !rowLines.has(error.line)),
      rows,
      previewRowCount: rows.length
    }
  })
}

function previewRows(products: readonly CsvProduct[], errors: readonly CsvRowError[], skipped: ReadonlySet<number>, plan: CsvPlan): CsvPreviewRow[] {
  const problems = new Map<number, CsvProblem[]>()
  for (const error of errors) {
    const list = problems.get(error.line) ?? []
    list.push({ column: error.column, reason: error.reason })
    problems.set(error.line, list)
  }
  const rows: CsvPreviewRow[] = []
  for (const product of products) {
    const update = plan.updates.get(product)
    product.lines.forEach((line, index) => {
      const cells = product.rows[index] ?? {}
      const variant = product.input?.variants[index]
      const changes = update?.variants[index]?.changes ?? []
      const rowProblems = problems.get(line) ?? []
      const status = rowProblems.length > 0 ? 'error' : skipped.has(line) ? 'skipped' : update ? (changes.length > 0 ? 'update' : 'unchanged') : 'new'
      rows.push({
        line,
        name: cells.name ?? '',
        variant: [cells.option1_value, cells.option2_value, cells.option3_value].filter(Boolean).join(' / '),
        sku: cells.sku ?? '',
        price: variant?.price ?? null,
        stock: variant?.stock ?? null,
        soldBy: product.input?.soldBy ?? 'each',
        status,
        problems: rowProblems,
        changes
      })
    })
  }
  return rows.sort((a, b) => a.line - b.line)
}
