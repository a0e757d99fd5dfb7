import type { Generated } from 'kysely'
import type { PromotionKind } from '../../../shared/promotions'

export interface PromotionsTable {
  id: Generated<number>
  name: string
  /** The product the rule prices, or null for a category rule (migration 34). */
  product_id: number | null
  /** The catalog category the rule prices (`products.category`), or null for a product rule. */
  category: string | null
  kind: PromotionKind
  quantity: number
  price: number
  free_quantity: number
  active: number
  created_at: number
  updated_at: number
}

export interface PromotionTables {
  promotions: PromotionsTable
}
