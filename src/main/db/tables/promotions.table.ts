import type { Generated } from 'kysely'
import type { PromotionKind } from '../../../shared/promotions'

export interface PromotionsTable {
  id: Generated<number>
  name: string
  product_id: number
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
