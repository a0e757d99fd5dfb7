import type { Product, Variant } from '../../shared/catalog'
import { CSV_FIELDS, type CsvExport, type CsvField } from '../../shared/catalog-import'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { withVariants } from './catalog-rows'
import { quantityText } from '../../shared/sold-by'
import { excelCsv } from '../files/excel-csv'
import { OPTION_SLOTS, formatDecimalAmount, formatTaxPercent } from './csv-format'

const PAGE = 1000

/**
 * The products on sale in the import format, so a file exported here imports as the same catalog.
 * A product with options is keyed by its first SKU, which survives the trip to another till.
 */
export async function exportCatalogCsv(db: Db): Promise<CsvExport> {
  const { currencyDigits } = await readSettings(db)
  const records: string[][] = []
  let productCount = 0
  let afterId = 0
  for (;;) {
    const rows = await db.selectFrom('products').selectAll().where('archived', '=', 0).where('id', '>', afterId).orderBy('id').limit(PAGE).execute()
    if (rows.length === 0) break
    afterId = (rows.at(-1) as { id: number }).id
    for (const product of await withVariants(db, rows)) {
      const variants = product.variants.filter((variant) => !variant.archived)
      if (variants.length === 0) continue
      productCount++
      for (const variant of variants) records.push(toRecord(product, variants, variant, currencyDigits))
    }
  }
  const csv = excelCsv([...CSV_FIELDS], records)
  return { csv, productCount, variantCount: records.length }
}

function toRecord(product: Product, variants: readonly Variant[], variant: Variant, digits: number): string[] {
  const cells: Record<CsvField, string> = {
    product_key: product.options.length > 0 ? (variants[0] as Variant).sku : '',
    name: product.name,
    category: product.category,
    tax_rate: formatTaxPercent(product.taxRateBp),
    option1_name: '',
    option1_value: '',
    option2_name: '',
    option2_value: '',
    option3_name: '',
    option3_value: '',
    sku: variant.sku,
    barcode: variant.barcode ?? '',
    price: formatDecimalAmount(variant.price, digits),
    // A weighed product's quantities as its weight ("1.25" kg), as the import reads them back.
    stock: quantityText(variant.stock, product.soldBy),
    low_stock_threshold: quantityText(variant.lowStockThreshold, product.soldBy),
    cost: variant.cost === null ? '' : formatDecimalAmount(variant.cost, digits),
    sold_by: product.soldBy
  }
  OPTION_SLOTS.forEach((slot, index) => {
    const option = product.options[index]
    if (!option) return
    cells[`option${slot}_name`] = option.name
    cells[`option${slot}_value`] = variant.attributes[option.name] ?? ''
  })
  return CSV_FIELDS.map((field) => cells[field])
}
