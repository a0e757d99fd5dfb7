import {
  barcodeLookupSchema,
  generateVariantsSchema,
  productIdSchema,
  productInputSchema,
  productListQuerySchema,
  productUpdateSchema,
  searchQuerySchema,
  variantUpdateSchema,
  type BarcodeCollision,
  type CategorySummary,
  type Product,
  type ProductPage,
  type SellableVariant
} from '../catalog'
import {
  csvImportSchema,
  csvInspectSchema,
  csvPreviewPageSchema,
  csvSaveMappingSchema,
  type CsvExport,
  type CsvImportProgress,
  type CsvImportResult,
  type CsvInspection,
  type CsvPreviewPage
} from '../catalog-import'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const catalogChannels = {
  'catalog.createProduct': channel(productInputSchema, returns<Product>(), 'catalog.edit'),
  'catalog.updateProduct': channel(productUpdateSchema, returns<Product>(), 'catalog.edit'),
  /** Archived products cannot be sold but stay in orders, stock history and reports. */
  'catalog.archiveProduct': channel(productIdSchema, returns<Product>(), 'catalog.edit'),
  'catalog.restoreProduct': channel(productIdSchema, returns<Product>(), 'catalog.edit'),
  'catalog.getProduct': channel(productIdSchema, returns<Product>(), 'none'),
  'catalog.listProducts': channel(productListQuerySchema, returns<ProductPage>(), 'none'),
  'catalog.categories': channel(noInput, returns<CategorySummary[]>(), 'none'),
  'catalog.updateVariant': channel(variantUpdateSchema, returns<Product>(), 'catalog.edit'),
  'catalog.generateVariants': channel(generateVariantsSchema, returns<Product>(), 'catalog.edit'),
  /** Sellable variants whose product name starts with the words, whose SKU starts with the text, or whose barcode is it. */
  'catalog.search': channel(searchQuerySchema, returns<SellableVariant[]>(), 'none'),
  /** A scan: exact barcode, else exact SKU. NOT_FOUND if nothing, PRODUCT_ARCHIVED if it cannot be sold. */
  'catalog.findByBarcode': channel(barcodeLookupSchema, returns<SellableVariant>(), 'none'),
  /** Reads a file for the mapping step: encoding, separator, decimal mark, format and a mapping of its columns. */
  'catalog.inspectCsv': channel(csvInspectSchema, returns<CsvInspection>(), 'catalog.import'),
  /** Checks (dryRun) or imports a file: adds products, and with updateExisting updates them by SKU. */
  'catalog.importCsv': channel(csvImportSchema, returns<CsvImportResult>(), 'catalog.import'),
  /** A page of the last check's preview rows (the result holds the first); empty past its end or with no check. */
  'catalog.importPreviewRows': channel(csvPreviewPageSchema, returns<CsvPreviewPage>(), 'catalog.import'),
  /** Stops the running check or import before it commits (it answers IMPORT_CANCELLED, nothing written); false if none runs. */
  'catalog.cancelImport': channel(noInput, returns<{ cancelled: boolean }>(), 'catalog.import'),
  /** Remembers a mapping for the next file with the same headers. */
  'catalog.saveImportMapping': channel(csvSaveMappingSchema, returns<{ saved: true }>(), 'catalog.import'),
  /** Variants whose barcodes are one code in two forms (left by an older catalog), to fix by hand. */
  'catalog.barcodeCollisions': channel(noInput, returns<BarcodeCollision[]>(), 'none'),
  'catalog.exportCsv': channel(noInput, returns<CsvExport>(), 'catalog.import'),
  /** Fills an empty catalog with the sample shop; CONFLICT if it has any product. */
  'catalog.loadSampleShop': channel(noInput, returns<CsvImportResult>(), 'catalog.import'),
  /** True while the catalog has no product at all (archived ones count): the first-run screen. */
  'catalog.isEmpty': channel(noInput, returns<boolean>(), 'none')
}

export const catalogEvents = {
  /** These products (or their variants) were created, edited, archived, restored or imported. */
  'catalog.changed': event<{ productIds: number[] }>(),
  /** A CSV import's progress: rows read, checked and written. */
  'catalog.importProgress': event<CsvImportProgress>()
}
