import { z } from 'zod'
import { freeText } from './free-text'
import { schemaMessage } from './i18n/schema-message'

/** Why a shopkeeper changes stock by hand. */
export const ADJUSTMENT_REASONS = ['received', 'count', 'damaged', 'lost', 'returned_to_supplier', 'other'] as const
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number]

/** Every reason a stock movement can carry: the manual ones plus those the system writes. */
export type StockReason = AdjustmentReason | 'initial' | 'import' | 'sale' | 'cancel' | 'return' | 'expired'

export const stockAdjustmentSchema = z
  .object({
    variantId: z.number().int().positive(),
    /** Units added (positive) or removed (negative). */
    delta: z
      .number()
      .int({ error: schemaMessage('common.quantityWhole') })
      .min(-1_000_000)
      .max(1_000_000)
      .refine((delta) => delta !== 0, { error: schemaMessage('stock.quantityZero') }),
    reason: z.enum(ADJUSTMENT_REASONS, { error: schemaMessage('stock.reason') }),
    note: freeText(500).default('')
  })
  .strict()

export type StockAdjustment = z.input<typeof stockAdjustmentSchema>

export interface StockMovement {
  id: number
  variantId: number
  delta: number
  stockAfter: number
  reason: StockReason
  note: string
  orderId: number | null
  actorId: string
  /** The manager who approved this change for the actor, if one had to. */
  approverId: string | null
  /** Who let this movement take the stock below zero (sell anyway), or null. */
  allowedBy: string | null
  createdAt: number
}

export const stockMovementsQuerySchema = z
  .object({
    variantId: z.number().int().positive(),
    /** Keyset cursor: the id of the last movement already shown. */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()
