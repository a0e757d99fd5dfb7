import { z } from 'zod'
import { saveTokenSchema } from './files'
import { freeText } from './free-text'
import type { PaymentMethod } from './payments'
import { BUSINESS_DAY_PATTERN } from './business-day'
import { PAPER_SIZES } from './print'
import { schemaMessage } from './i18n/schema-message'

const MAX_AMOUNT = 1_000_000_000_000

/** An amount of cash; its sentences name what it is ("The total", "The amount"), each a key of its own. */
const amount = (what: 'total' | 'amount') =>
  z
    .number({ error: schemaMessage(`shifts.${what}.number`) })
    .int({ error: schemaMessage(`shifts.${what}.whole`) })
    .min(0, { error: schemaMessage(`shifts.${what}.negative`) })
    .max(MAX_AMOUNT, { error: schemaMessage(`shifts.${what}.tooLarge`) })

/** A count of cash: a total, or notes and coins of the shop currency with how many of each. */
export const cashCountSchema = z
  .object({
    total: amount('total').optional(),
    denominations: z
      .array(
        z
          .object({
            value: z
              .number()
              .int({ error: schemaMessage('shifts.denominationWhole') })
              .min(1),
            quantity: z
              .number({ error: schemaMessage('shifts.quantityNumber') })
              .int({ error: schemaMessage('shifts.quantityWhole') })
              .min(0, { error: schemaMessage('common.quantityNegative') })
              .max(1_000_000, { error: schemaMessage('shifts.quantityTooLarge') })
          })
          .strict()
      )
      .min(1, { error: schemaMessage('shifts.countOne') })
      .max(40)
      .optional()
  })
  .strict()
  .refine((count) => (count.total === undefined) !== (count.denominations === undefined), {
    error: schemaMessage('shifts.countOneWay')
  })
export type CashCount = z.infer<typeof cashCountSchema>

const reason = freeText(200)

export const openShiftSchema = z.object({ float: cashCountSchema }).strict()

export const cashMovementSchema = z
  .object({
    kind: z.enum(['paid_in', 'paid_out']),
    amount: amount('amount').min(1, { error: schemaMessage('shifts.amountAboveZero') }),
    reason: reason.min(1, { error: schemaMessage('shifts.movementReason') }),
    /** A paid out larger than the drawer is expected to hold is refused until this is set. */
    drawerShortConfirmed: z.boolean().default(false)
  })
  .strict()

export const noSaleSchema = z.object({ reason: reason.default('') }).strict()

export const countShiftSchema = z.object({ count: cashCountSchema }).strict()

export const closeShiftSchema = z
  .object({
    /** Required when the over/short is beyond the threshold in the shift settings. */
    reason: reason.default(''),
    /** Parked or unfinished carts stay for the next shift; closing with them needs saying so. */
    keepOpenCarts: z.boolean().default(false)
  })
  .strict()

export const zNumberSchema = z.object({ number: z.number().int().min(1) }).strict()

export const zListSchema = z
  .object({
    /** Keyset cursor: Z reports numbered below this one, newest first. */
    before: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()

export const zPreviewSchema = z.object({ number: z.number().int().min(1), paper: z.enum(PAPER_SIZES).optional(), reprint: z.boolean().default(false) }).strict()

export const zPrintSchema = z.object({ number: z.number().int().min(1), reprint: z.boolean().default(true) }).strict()

export const zSavePdfSchema = z.object({ number: z.number().int().min(1), saveToken: saveTokenSchema, paper: z.enum(PAPER_SIZES).optional() }).strict()

const shopDay = z.string().regex(BUSINESS_DAY_PATTERN, { error: schemaMessage('common.dateFormat') })

/** Shifts closed on these shop days, both included. */
export const overShortSchema = z
  .object({ from: shopDay, to: shopDay })
  .strict()
  .refine((range) => range.from <= range.to, { error: schemaMessage('common.lastDayBeforeFirst'), path: ['to'] })

export const zExportSchema = z.object({ saveToken: saveTokenSchema }).strict()

export type CashMovementKind = 'paid_in' | 'paid_out' | 'no_sale'

export interface PersonStamp {
  id: string
  name: string
}

export interface CountedCash {
  total: number
  /** `[[value, quantity], ...]`, empty when counted as a total. */
  denominations: Array<[number, number]>
}

/** A paid in, paid out or no sale as recorded, and how its drawer kick and slip went. */
export interface CashMovementResult extends CashMovement {
  /** Why the slip did not print; null when it printed or no printer is set. */
  printProblem: string | null
}

export interface OpenShift {
  id: number
  openedAt: number
  openedBy: PersonStamp
  float: CountedCash
}

export interface CashMovement {
  id: number
  shiftId: number
  kind: CashMovementKind
  amount: number
  reason: string
  drawerShort: boolean
  by: PersonStamp
  /** The manager who approved it for someone without the permission; null otherwise. */
  approvedBy: PersonStamp | null
  at: number
}

export interface TaxRateFigures {
  rateBp: number
  net: number
  tax: number
  gross: number
}

export interface MethodFigures {
  method: PaymentMethod
  payments: number
  paid: number
  refunds: number
  refunded: number
}

/** The cash block: what the drawer should hold and why. */
export interface CashFigures {
  float: number
  /** Cash received for sales, as the amounts it settled: cash tendered less the change, less its rounding. */
  cashSales: number
  tendered: number
  changeGiven: number
  cashRefunds: number
  paidIn: number
  paidOut: number
  /**
   * Cash rounding to the smallest coin: cash taken beyond what it settled, less cash given back
   * beyond what refunds settled. Absent from a Z stored before cash rounding (it was 0 then).
   */
  rounding?: number
  /** float + cash sales − cash refunds + cash rounding + paid in − paid out. */
  expected: number
}

/** What a shift holds: the X report while it is open, the body of its Z once closed. */
export interface ShiftFigures {
  shiftId: number
  currency: string
  openedAt: number
  openedBy: PersonStamp
  firstOrderNumber: string | null
  lastOrderNumber: string | null
  salesCount: number
  /** Prices as shown times quantities, before discounts. */
  gross: number
  discounts: number
  /** What the shift's sales came to, after discounts, tax included. */
  salesTotal: number
  cancellations: { count: number; total: number }
  /** The value of goods returned during the shift. */
  returns: number
  /** Sales total less cancellations and returns made in the shift. */
  net: number
  taxRates: TaxRateFigures[]
  methods: MethodFigures[]
  cash: CashFigures
  noSales: number
}

export interface XReport extends ShiftFigures {
  kind: 'X'
  /** When this X was read; the shift is still open. */
  at: number
}

export interface CountResult {
  attempt: number
  counted: CountedCash
  expected: number
  /** counted − expected: positive over, negative short. */
  overShort: number
  /** True when the close will need a reason (the difference is beyond the threshold). */
  reasonRequired: boolean
}

export interface ZReport extends ShiftFigures {
  kind: 'Z'
  number: number
  /** The shop as it was at close: a reprint shows what the first print showed. */
  shop: { name: string; address: string; phone: string }
  currencyDigits: number
  locale: string
  timeZone: string
  taxIncluded: boolean
  closedAt: number
  closedBy: PersonStamp
  /** The manager who approved the close (or a recount) for someone without the permission; null otherwise. */
  closeApprovedBy: PersonStamp | null
  counts: Array<{ attempt: number; counted: number; expected: number; by: PersonStamp; approvedBy: PersonStamp | null; at: number }>
  counted: CountedCash
  overShort: number
  reason: string
  grandTotalBefore: number
  /** Every sale since the till began, carried from Z to Z: the previous grand total plus this net. */
  grandTotal: number
  /** This Z's link in the sales chain (the chain's head when it closed), read with the Z: not part of what was written. */
  salesChainHash?: string | null
}

export interface ZSummary {
  number: number
  shiftId: number
  openedAt: number
  closedAt: number
  openedBy: string
  closedBy: string
  currency: string
  net: number
  expectedCash: number
  countedCash: number
  overShort: number
  grandTotal: number
}

export interface ZPage {
  reports: ZSummary[]
  /** Pass as `before` for the next page; null at the first Z. */
  nextBefore: number | null
}

export interface ShiftState {
  open: OpenShift | null
  /**
   * The open shift's last count against what the drawer should hold now (what its close will say),
   * so that a close dialog opened again goes on from it; null until the drawer is counted.
   */
  lastCount: CountResult | null
  /** False until the first shift of this till: until then sales need no shift. */
  inUse: boolean
  lastZ: number | null
}

/** Over/short of the shifts closed in a range: each shift, and each person who closed them. */
export interface OverShortReport {
  shifts: ZSummary[]
  people: Array<{ name: string; shifts: number; over: number; short: number; net: number }>
}
