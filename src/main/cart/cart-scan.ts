import type { z } from 'zod'
import type { ScanOutcome, scanCodeSchema } from '../../shared/cart'
import type { SellableVariant } from '../../shared/catalog'
import { isScaleCode } from '../../shared/scale-barcode'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { findByCode } from '../catalog/catalog-search'
import { readSettings } from '../settings/settings-store'
import { changeCartIn } from './cart-commands'
import { addCartLine } from './cart-lines'
import { getCartRow } from './cart-snapshot'
import { addScaleLabel } from './cart-special-lines'

export type ScanInput = z.output<typeof scanCodeSchema>

/** The code with the orphan key first, else the code alone; null when no product has either. */
async function findScanned(scope: CommandScope, code: string, orphan: string): Promise<SellableVariant | null> {
  for (const candidate of orphan ? [orphan + code, code] : [code]) {
    try {
      return await findByCode(scope.trx, candidate)
    } catch (error) {
      // The code alone decides: its refusal (archived) is the one shown.
      if (!(error instanceof AppError) || (candidate === code && error.code !== 'NOT_FOUND')) throw error
    }
  }
  return null
}

/**
 * A scanner's code, looked up and sold in the one command (issue 13): one round trip from the till
 * instead of a lookup and an add. A scale label is read with the shop's layout; a product sold by
 * weight or at a typed price, and a code no product has, write nothing and say so, for the till to
 * open its form or its offer.
 */
export async function scanIntoCart(scope: CommandScope, { cartId, code, orphan, quantity }: ScanInput): Promise<ScanOutcome> {
  const row = await getCartRow(scope.trx, cartId)
  const settings = await readSettings(scope.trx)
  const label = orphan + code
  if (isScaleCode(label, { prefixes: settings.scalePrefixes, itemDigits: settings.scaleItemDigits, value: settings.scaleValue })) {
    return { kind: 'label', cart: await changeCartIn(scope, row, (inner) => addScaleLabel(inner, settings, cartId, label)) }
  }
  const variant = await findScanned(scope, code, orphan)
  if (!variant) return { kind: 'unknown', code }
  if (variant.openPrice || variant.soldBy !== 'each') return { kind: 'entry', variant }
  return { kind: 'item', variant, cart: await changeCartIn(scope, row, (inner) => addCartLine(inner, cartId, variant.variantId, quantity)) }
}
