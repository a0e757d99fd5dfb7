import type { Migration } from '../migration'

/**
 * The products sold by weight, in an index of their own: Best sellers' Weight list (issue 13) reads
 * their totals straight away, instead of looking for weighed rows among every product's rollups.
 * A shop sells few products by weight, so the index is small.
 */
export const m0033WeighedProducts: Migration = {
  id: 33,
  name: 'weighed_products',
  statements: [`CREATE INDEX products_weighed ON products (id) WHERE sold_by != 'each'`]
}
