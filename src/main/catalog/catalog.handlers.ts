import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { loadProduct } from './catalog-rows'
import { isCatalogEmpty, listCategories, listProducts } from './catalog-queries'
import { findByCode, searchCatalog } from './catalog-search'
import { exportCatalogCsv } from './csv-export'
import { barcodeCollisions } from './barcode-collisions'
import { catalogImports } from './import-runner'
import { saveImportMapping } from './csv-mappings-saved'
import { generateVariants } from './generate-variants'
import { createProduct, setProductArchived, updateProduct, updateVariant } from './product-commands'
import { loadSampleShop } from './sample-shop'

export function catalogHandlers(app: AppContext): HandlerMap<ChannelsOf<'catalog'>> {
  const imports = catalogImports(app)
  return {
    'catalog.createProduct': (input, call) => createProduct(app, call, input),
    'catalog.updateProduct': (input, call) => updateProduct(app, call, input),
    'catalog.archiveProduct': ({ id }, call) => setProductArchived(app, call, id, true),
    'catalog.restoreProduct': ({ id }, call) => setProductArchived(app, call, id, false),
    'catalog.getProduct': ({ id }) => loadProduct(app.db, id),
    'catalog.listProducts': (query) => listProducts(app.db, query),
    'catalog.categories': () => listCategories(app.db),
    'catalog.updateVariant': (input, call) => updateVariant(app, call, input),
    'catalog.generateVariants': (input, call) => generateVariants(app, call, input),
    'catalog.search': ({ text, limit, archived }) => searchCatalog(app.db, text, { limit, archived }),
    'catalog.findByBarcode': ({ code }) => findByCode(app.db, code),
    'catalog.inspectCsv': (input) => imports.inspect(input),
    'catalog.importCsv': (input, call) => imports.run(call, input),
    'catalog.cancelImport': () => imports.cancel(),
    'catalog.importPreviewRows': async ({ page }) => imports.previewPage(page),
    'catalog.saveImportMapping': (input, call) => saveImportMapping(app, call, input),
    'catalog.barcodeCollisions': () => barcodeCollisions(app.db),
    'catalog.exportCsv': () => exportCatalogCsv(app.db),
    'catalog.loadSampleShop': (_input, call) => loadSampleShop(app, call),
    'catalog.isEmpty': () => isCatalogEmpty(app.db)
  }
}
