import { money } from '../../shared/money'
import { promotionInputSchema, type Promotion, type PromotionInput } from '../../shared/promotions'
import { AppError, notFound, validationError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { Db, Trx } from '../db/schema'
import { reason } from '../../shared/reasons'

const PROMOTION_COLUMNS = [
  'promotions.id',
  'promotions.name',
  'promotions.product_id',
  'promotions.category',
  'promotions.kind',
  'promotions.quantity',
  'promotions.price',
  'promotions.free_quantity',
  'promotions.active',
  'promotions.created_at',
  'promotions.updated_at',
  'products.name as product_name'
] as const

function selectPromotions(db: Db | Trx) {
  return db.selectFrom('promotions').leftJoin('products', 'products.id', 'promotions.product_id').select(PROMOTION_COLUMNS)
}

type PromotionRow = Awaited<ReturnType<ReturnType<typeof selectPromotions>['executeTakeFirstOrThrow']>>

function toPromotion(row: PromotionRow): Promotion {
  return {
    id: row.id,
    name: row.name,
    productId: row.product_id,
    category: row.category,
    productName: row.product_name,
    kind: row.kind,
    quantity: row.quantity,
    price: money(row.price),
    freeQuantity: row.free_quantity,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export async function listPromotions(db: Db, input: { includeInactive: boolean }): Promise<Promotion[]> {
  let query = selectPromotions(db)
  if (!input.includeInactive) query = query.where('promotions.active', '=', 1)
  return (await query.orderBy('promotions.name').orderBy('promotions.id').execute()).map(toPromotion)
}

export async function getPromotion(db: Db | Trx, promotionId: number): Promise<Promotion> {
  const row = await selectPromotions(db).where('promotions.id', '=', promotionId).executeTakeFirst()
  if (!row) throw notFound('Promotion', promotionId)
  return toPromotion(row)
}

type ParsedPromotion = ReturnType<typeof promotionInputSchema.parse>

/** The product or category the rule is for, in words, after checking a product rule's product counts units. */
async function targetOf(trx: Trx, promotion: ParsedPromotion): Promise<string> {
  if (promotion.productId === null) {
    const member = await trx.selectFrom('products').select('id').where('category', '=', promotion.category).limit(1).executeTakeFirst()
    if (!member) throw validationError(reason('promotion.emptyCategory', { category: promotion.category ?? '' }), 'category')
    return `The category ${promotion.category ?? ''}`
  }
  const product = await trx.selectFrom('products').select(['id', 'name', 'sold_by']).where('id', '=', promotion.productId).executeTakeFirst()
  if (!product) throw validationError(reason('promotion.noProduct', { id: String(promotion.productId) }), 'productId')
  if (product.sold_by !== 'each') throw validationError(reason('promotion.weighed', { name: product.name }), 'productId')
  return product.name
}

/** One active rule per product and one per category (a category rule counts only the units of its products sold by the piece). */
async function checkFits(trx: Trx, promotion: ParsedPromotion, exceptId: number | null): Promise<void> {
  const target = await targetOf(trx, promotion)
  if (!promotion.active) return
  let clash = trx.selectFrom('promotions').select(['id', 'name']).where('active', '=', 1)
  clash = promotion.productId === null ? clash.where('category', '=', promotion.category) : clash.where('product_id', '=', promotion.productId)
  if (exceptId !== null) clash = clash.where('id', '<>', exceptId)
  const other = await clash.executeTakeFirst()
  if (other) {
    const path = promotion.productId === null ? 'category' : 'productId'
    throw new AppError('CONFLICT', `${target} already has an active promotion (${other.name}). Switch that one off first.`, {
      issues: [{ path, message: `This ${promotion.productId === null ? 'category' : 'product'} already has an active promotion` }],
      details: { promotionId: other.id }
    })
  }
}

function columns(promotion: ParsedPromotion) {
  return {
    name: promotion.name,
    product_id: promotion.productId,
    category: promotion.category,
    kind: promotion.kind,
    quantity: promotion.quantity,
    price: promotion.price,
    free_quantity: promotion.freeQuantity,
    active: promotion.active ? 1 : 0
  }
}

export async function createPromotion(scope: CommandScope, input: PromotionInput): Promise<Promotion> {
  const promotion = promotionInputSchema.parse(input)
  await checkFits(scope.trx, promotion, null)
  const row = await scope.trx
    .insertInto('promotions')
    .values({ ...columns(promotion), created_at: scope.now, updated_at: scope.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  scope.emit('promotion.changed', { promotionId: row.id })
  return getPromotion(scope.trx, row.id)
}

/** A rule is changed whole; orders already sold keep what they took off. */
export async function updatePromotion(scope: CommandScope, promotionId: number, input: PromotionInput): Promise<Promotion> {
  await getPromotion(scope.trx, promotionId)
  const promotion = promotionInputSchema.parse(input)
  await checkFits(scope.trx, promotion, promotionId)
  await scope.trx
    .updateTable('promotions')
    .set({ ...columns(promotion), updated_at: scope.now })
    .where('id', '=', promotionId)
    .execute()
  scope.emit('promotion.changed', { promotionId })
  return getPromotion(scope.trx, promotionId)
}
