import { couponInputSchema, type Coupon, type CouponInput, type CouponPage } from '../../shared/coupons'
import { money } from '../../shared/money'
import { reason } from '../../shared/reasons'
import { AppError, notFound, refusal, validationError } from '../core/app-error'
import { issueData } from '../ipc/issue-data'
import type { CommandScope } from '../core/command'
import type { Db, Trx } from '../db/schema'
import type { CouponsTable } from '../db/tables/coupons.table'

type CouponRow = { [K in keyof CouponsTable]: K extends 'id' | 'times_used' ? number : CouponsTable[K] }

export function toCoupon(row: CouponRow): Coupon {
  return {
    id: row.id,
    code: row.code,
    description: row.description,
    kind: row.kind,
    value: row.value,
    minSpend: money(row.min_spend),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    usageLimit: row.usage_limit,
    timesUsed: row.times_used,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export async function findCoupon(db: Db | Trx, couponId: number): Promise<Coupon | null> {
  const row = await db.selectFrom('coupons').selectAll().where('id', '=', couponId).executeTakeFirst()
  return row ? toCoupon(row) : null
}

export async function findCouponByCode(db: Db | Trx, code: string): Promise<Coupon | null> {
  const row = await db.selectFrom('coupons').selectAll().where('code', '=', code).executeTakeFirst()
  return row ? toCoupon(row) : null
}

export async function getCoupon(db: Db | Trx, couponId: number): Promise<Coupon> {
  const coupon = await findCoupon(db, couponId)
  if (!coupon) throw notFound('Coupon', couponId)
  return coupon
}

type ParsedCoupon = ReturnType<typeof couponInputSchema.parse>

function columns(coupon: Omit<ParsedCoupon, 'code'>) {
  return {
    description: coupon.description,
    kind: coupon.kind,
    value: coupon.value,
    min_spend: coupon.minSpend,
    valid_from: coupon.validFrom,
    valid_until: coupon.validUntil,
    usage_limit: coupon.usageLimit,
    active: coupon.active ? 1 : 0
  }
}

export async function listCoupons(db: Db, input: { after?: string; includeInactive: boolean; limit: number }): Promise<CouponPage> {
  let query = db.selectFrom('coupons').selectAll()
  if (input.after !== undefined) query = query.where('code', '>', input.after)
  if (!input.includeInactive) query = query.where('active', '=', 1)
  const rows = await query
    .orderBy('code')
    .limit(input.limit + 1)
    .execute()
  const page = rows.slice(0, input.limit).map(toCoupon)
  return { coupons: page, next: rows.length > input.limit ? (page.at(-1)?.code ?? null) : null }
}

export async function createCoupon(scope: CommandScope, input: CouponInput): Promise<Coupon> {
  const coupon = couponInputSchema.parse(input)
  if (await findCouponByCode(scope.trx, coupon.code)) {
    throw new AppError('CONFLICT', `There is already a coupon ${coupon.code}.`, { issues: [{ path: 'code', message: 'This code is taken' }] })
  }
  const row = await scope.trx
    .insertInto('coupons')
    .values({ code: coupon.code, ...columns(coupon), created_at: scope.now, updated_at: scope.now })
    .returningAll()
    .executeTakeFirstOrThrow()
  scope.emit('coupon.changed', { couponId: row.id })
  return toCoupon(row)
}

export async function updateCoupon(scope: CommandScope, couponId: number, patch: Partial<Omit<CouponInput, 'code'>>): Promise<Coupon> {
  const current = await getCoupon(scope.trx, couponId)
  const parsed = couponInputSchema.safeParse({
    code: current.code,
    description: patch.description ?? current.description,
    kind: patch.kind ?? current.kind,
    value: patch.value ?? current.value,
    minSpend: patch.minSpend ?? current.minSpend,
    validFrom: patch.validFrom === undefined ? current.validFrom : patch.validFrom,
    validUntil: patch.validUntil === undefined ? current.validUntil : patch.validUntil,
    usageLimit: patch.usageLimit === undefined ? current.usageLimit : patch.usageLimit,
    active: patch.active ?? current.active
  })
  if (!parsed.success) {
    const issues = parsed.error.issues.map(issueData)
    throw new AppError('VALIDATION', issues[0]!.message, { issues })
  }
  const next = parsed.data
  if (next.usageLimit !== null && next.usageLimit < current.timesUsed) {
    throw validationError(reason('coupon.limitBelowUses', { code: current.code, count: current.timesUsed }), 'usageLimit')
  }
  const row = await scope.trx
    .updateTable('coupons')
    .set({ ...columns(next), updated_at: scope.now })
    .where('id', '=', couponId)
    .returningAll()
    .executeTakeFirstOrThrow()
  scope.emit('coupon.changed', { couponId })
  return toCoupon(row)
}

export async function deleteCoupon(scope: CommandScope, couponId: number): Promise<{ couponId: number }> {
  const coupon = await getCoupon(scope.trx, couponId)
  if (coupon.timesUsed > 0) {
    throw new AppError('CONFLICT', `Coupon ${coupon.code} has been used, so it stays on record. Switch it off instead.`, {
      details: { couponId, timesUsed: coupon.timesUsed }
    })
  }
  await scope.trx.deleteFrom('coupons').where('id', '=', couponId).execute()
  scope.emit('coupon.changed', { couponId })
  return { couponId }
}

/** Counts one use inside checkout; refused when the limit was reached meanwhile. */
export async function countCouponUse(scope: CommandScope, coupon: Coupon): Promise<void> {
  const updated = await scope.trx
    .updateTable('coupons')
    .set((eb) => ({ times_used: eb('times_used', '+', 1), updated_at: scope.now }))
    .where('id', '=', coupon.id)
    .where((eb) => eb.or([eb('usage_limit', 'is', null), eb('times_used', '<', eb.ref('usage_limit'))]))
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) {
    throw refusal('COUPON_INVALID', reason('coupon.usedUp', { code: coupon.code }), { code: coupon.code })
  }
  scope.emit('coupon.changed', { couponId: coupon.id })
}

/** Gives a use back when the order that used it is cancelled. */
export async function releaseCouponUse(scope: CommandScope, couponId: number): Promise<void> {
  const updated = await scope.trx
    .updateTable('coupons')
    .set((eb) => ({ times_used: eb('times_used', '-', 1), updated_at: scope.now }))
    .where('id', '=', couponId)
    .where('times_used', '>', 0)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) === 1) scope.emit('coupon.changed', { couponId })
}
