import type { Migration } from '../migration'

/**
 * Indexes for the product list's filters, each ending in the list's order (name without case, then
 * id) so a page is an index range, never a scan; and a partial index of the variants that are low.
 */
export const m0006CatalogSearch: Migration = {
  id: 6,
  name: 'catalog_search',
  statements: [
    `CREATE INDEX products_archived_name ON products (archived, name COLLATE NOCASE)`,
    `CREATE INDEX products_archived_category_name ON products (archived, category, name COLLATE NOCASE)`,
    `CREATE INDEX variants_low_stock ON variants (product_id)
      WHERE archived = 0 AND low_stock_threshold > 0 AND stock <= low_stock_threshold`
  ]
}
