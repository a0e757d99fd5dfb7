import { readSettings } from '../settings/settings-store'
import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { loadProduct } from './catalog-rows'
import { isCatalogEmpty, listCategories, listProducts } from './catalog-queries'
import { findByCode, searchCatalog } from './catalog-search'
import { exportCatalogCsv } from './csv-export'
import { importCatalogCsv } from './csv-import'
import { generateVariants } from './generate-variants'
import { createProduct, setProductArchived, updateProduct, updateVariant } from './product-commands'
import { loadSampleShop } from './sample-shop'

export function catalogHandlers(app: AppContext): HandlerMap<ChannelsOf<'catalog'>> {
  return {
    'catalog.createProduct': (input, { actor }) => createProduct(app, actor, input),
    'catalog.updateProduct': (input, { actor }) => updateProduct(app, actor, input),
    'catalog.archiveProduct': ({ id }, { actor }) => setProductArchived(app, actor, id, true),
    'catalog.restoreProduct': ({ id }, { actor }) => setProductArchived(app, actor, id, false),
    'catalog.getProduct': ({ id }) => loadProduct(app.db, id),
    'catalog.listProducts': (query) => listProducts(app.db, query),
    'catalog.categories': () => listCategories(app.db),
    'catalog.updateVariant': (input, { actor }) => updateVariant(app, actor, input),
    'catalog.generateVariants': (input, { actor }) => generateVariants(app, actor, input),
    'catalog.search': ({ text, limit, archived }) => searchCatalog(app.db, text, { limit, archived }),
    'catalog.findByBarcode': ({ code }) => findByCode(app.db, code),
    'catalog.importCsv': async (input, { actor }) => {
      const { currencyDigits } = await readSettings(app.db)
      return importCatalogCsv(app, actor, input, { digits: currencyDigits, factor: 1 })
    },
    'catalog.exportCsv': () => exportCatalogCsv(app.db),
    'catalog.loadSampleShop': (_input, { actor }) => loadSampleShop(app, actor),
    'catalog.isEmpty': () => isCatalogEmpty(app.db)
  }
}
