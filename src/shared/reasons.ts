import type { ErrorIssue } from './errors'

/**
 * Why main refused something or found a problem, as a stable code and the values its sentence
 * names: the renderer says it in the screen language from the catalogs (`errors.reason.<code>`),
 * so main never sends English words a German screen would show. Money values are minor units
 * (named in MONEY_PARAMS), other numbers are counts; days are shop-local YYYY-MM-DD.
 */
export interface ReasonParams {
  // coupons (couponProblem and applying a code)
  'coupon.off': { code: string }
  'coupon.scheduled': { code: string; from: string }
  'coupon.expired': { code: string; until: string }
  'coupon.usedUp': { code: string }
  'coupon.minSpend': { code: string; minSpend: number }
  'coupon.unknown': { code: string }
  // CSV import rows
  'csv.extraCells': { count: number }
  'csv.differs': { field: string; value: string; firstValue: string; firstLine: number; key: string }
  'csv.notTaxRate': { text: string }
  'csv.taxAbove100': { text: string }
  'csv.soldByUnknown': { text: string; units: string }
  'csv.optionValueMissing': { option: string }
  'csv.optionNameMissing': { slot: number; value: string }
  'csv.sameKey': { key: string; line: number }
  'csv.sameOptions': { line: number }
  'csv.priceRequired': Record<string, never>
  'csv.notAmount': { text: string; example: string }
  'csv.tooManyDecimals': { text: string; digits: number }
  'csv.tooLarge': { text: string }
  'csv.notWeight': { text: string; unit: string }
  'csv.notCount': { text: string }
  'csv.soldByCatalog': { name: string; catalog: string; file: string }
  'csv.skuOfOther': { sku: string; holder: string }
  'csv.skuUsed': { sku: string; holder: string }
  'csv.barcodeUsed': { barcode: string; holder: string }
  'csv.barcodeUsedAs': { barcode: string; holder: string; as: string }
  'csv.skuTwin': { sku: string; line: number }
  'csv.barcodeTwin': { barcode: string; line: number }
  'csv.mappingColumns': { count: number; columns: number }
  // domain rules refused at the IPC boundary's far side (validationError): products and variants
  'product.tooManyVariants': { count: number; max: number }
  'product.oneVariant': Record<string, never>
  'product.sameVariants': { label: string }
  'product.noOptions': Record<string, never>
  'product.variantOptions': { expected: string }
  'product.variantMissingOption': { option: string }
  'product.unknownOptionValue': { value: string; option: string }
  // the cart and checkout
  'cart.hasOwnPrice': { name: string }
  'cart.soldByPiece': { name: string }
  'cart.lineQuantity': { max: number }
  'cart.labelQuantity': Record<string, never>
  'cart.openPriceOverride': Record<string, never>
  'cart.labelPriceOverride': Record<string, never>
  'order.deliveryAddress': Record<string, never>
  // cash counts, promotions, coupons, sync and printing
  'shift.unknownDenomination': { currency: string; worth: number }
  'shift.denominationTwice': Record<string, never>
  'shift.countTooLarge': Record<string, never>
  'promotion.noProduct': { id: string }
  'promotion.weighed': { name: string }
  'promotion.emptyCategory': { category: string }
  'coupon.limitBelowUses': { code: string; count: number }
  'sync.urlFirst': Record<string, never>
  'sync.tokenFirst': Record<string, never>
  'sync.insecure': Record<string, never>
  'print.noFolder': { folder: string }
  'print.networkHost': Record<string, never>
  'print.networkPaper': Record<string, never>
  /** A product schema rule a row broke, said as that rule's field message (no sentence of its own). */
  'csv.field': ErrorIssue
}

export type ReasonCode = keyof ReasonParams

export type Reason = { [Code in ReasonCode]: { code: Code; params: ReasonParams[Code] } }[ReasonCode]

export function reason<Code extends ReasonCode>(code: Code, params: ReasonParams[Code]): Reason {
  return { code, params } as Reason
}

/** The params that are money (minor units of the shop's currency); every other number is a count. */
export const MONEY_PARAMS: ReadonlySet<string> = new Set(['minSpend', 'worth'])
