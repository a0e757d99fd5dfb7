import type { Reason } from './reasons'

/** Stable error codes: the renderer and support rely on them, so never rename one. */
export const ERROR_CODES = [
  'VALIDATION',
  /** A free-text field held a card number (see shared/free-text.ts): refused, never stored. */
  'CARD_NUMBER',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'STOCK_INSUFFICIENT',
  'ORDER_INVALID_TRANSITION',
  'CART_EMPTY',
  'PAYMENT_INSUFFICIENT',
  'COUPON_INVALID',
  'RETURN_EXCEEDS_SOLD',
  'REFUND_SPLIT_INVALID',
  'CURRENCY_LOCKED',
  /** A line or an order would come to more than a till holds (MAX_AMOUNT minor units): details.limit. */
  'AMOUNT_TOO_LARGE',
  'PRODUCT_ARCHIVED',
  /** A product sold by weight was added without its weight; an open-price one without its price (issue 13). */
  'WEIGHT_REQUIRED',
  'PRICE_REQUIRED',
  /** A scale label that cannot be read (wrong check digit, no product with its item code, a weight for a counted product). */
  'SCALE_LABEL_INVALID',
  'CSV_INVALID',
  /** The shopkeeper stopped a catalog import before it committed: nothing was written. */
  'IMPORT_CANCELLED',
  'PRINT_FAILED',
  'SYNC_FAILED',
  // cash shifts
  'SHIFT_NOT_OPEN',
  'SHIFT_ALREADY_OPEN',
  'SHIFT_NOT_COUNTED',
  'SHIFT_ALREADY_COUNTED',
  'SHIFT_REASON_REQUIRED',
  'SHIFT_OPEN_CARTS',
  'DRAWER_SHORT',
  /** This window is locked: unlock it with a PIN first. */
  'LOCKED',
  'PIN_WRONG',
  /** Too many wrong PINs: details.retryInSeconds says when the account opens again. */
  'STAFF_LOCKED_OUT',
  /** The change would leave the till without an active owner. */
  'LAST_OWNER',
  // updates: installing must wait for the end of the shift or sale
  'UPDATE_BLOCKED',
  'UPDATE_NOT_READY',
  // storage and backups
  'STORAGE_FULL',
  'STORAGE_READ_ONLY',
  'DATABASE_DAMAGED',
  'BACKUP_REFUSED',
  'INTERNAL'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorIssue {
  path: string
  message: string
  /** What rule the value broke (zod's issue code, or "card_number"), so a screen can say it in its language. */
  rule?: string
  /** The bound a too_small / too_big value missed, counted in `unit`. */
  limit?: number
  /** What the bound counts: an amount's bound is never given, it would read as minor units. */
  unit?: IssueUnit
  /** The bound itself is not allowed (zod's positive(), gt(), lt()). */
  exclusive?: boolean
  /** `message` is zod's own English wording, not a schema's sentence: screens say the rule's words. */
  generic?: boolean
  /** The catalog key of a schema's own sentence (`errors.schema.*`) and its values: a screen says that sentence in its language. */
  key?: string
  params?: Record<string, string | number>
  /** `message` was written by the screen itself, already in its language (a value it refused before main saw it). */
  local?: boolean
  /** A domain rule's code and values: screens say it in their language; `message` is its English sentence. */
  reason?: Reason
}

export type IssueUnit = 'characters' | 'items' | 'number' | 'amount'

export interface AppErrorData {
  code: ErrorCode
  message: string
  /** Field-level problems (validation) or facts a screen can show (what stock is left). */
  issues?: ErrorIssue[]
  details?: Record<string, string | number | boolean | null>
  /** Why, as a code and its values, when main knows more than the code says: screens word it; `message` is its English sentence. */
  reason?: Reason
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData }
