import { z } from 'zod'
import { freeText } from './free-text'
import type { Money } from './money'
import { schemaMessage } from './i18n/schema-message'

export const PAYMENT_METHODS = ['cash', 'card', 'other'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

const MAX_AMOUNT = 1_000_000_000_000

const amountSchema = z
  .number({ error: schemaMessage('common.amountNumber') })
  .int({ error: schemaMessage('common.amountWhole') })
  .min(1, { error: schemaMessage('payments.aboveZero') })
  .max(MAX_AMOUNT, { error: schemaMessage('common.amountTooLarge') })
  .transform((amount) => amount as Money)

export const paymentInputSchema = z.discriminatedUnion(
  'method',
  [
    z
      .object({
        method: z.literal('cash'),
        amount: amountSchema,
        /** What the customer handed over; the change is tendered minus the cash due (the amount rounded to the smallest coin). Defaults to the cash due. */
        tendered: z.number().int().min(0).max(MAX_AMOUNT).optional()
      })
      // Handed over below the cash due is refused in main (VALIDATION on payments.N.tendered): the
      // cash due is the amount rounded to the shop's smallest coin, which only the settings know.
      .strict(),
    z
      .object({
        method: z.literal('card'),
        amount: amountSchema,
        reference: freeText(40).default(''),
        lastFour: z
          .string()
          .regex(/^\d{4}$/, { error: schemaMessage('payments.lastFour', { digits: 4 }) })
          .optional()
      })
      .strict(),
    z
      .object({
        method: z.literal('other'),
        amount: amountSchema,
        note: freeText(200).default('')
      })
      .strict()
  ],
  { error: schemaMessage('payments.method') }
)

export type PaymentInput = z.input<typeof paymentInputSchema>
export type ParsedPaymentInput = z.output<typeof paymentInputSchema>

export const paymentListSchema = z.array(paymentInputSchema).max(10, { error: schemaMessage('payments.atMost', { max: 10 }) })

export interface PaymentView {
  id: number
  kind: 'payment' | 'refund'
  method: PaymentMethod
  amount: Money
  tendered: Money | null
  change: Money | null
  /** Cash taken (a refund: given back) less the amount it settles, to the smallest coin; 0 unless cash. */
  rounding: Money
  cardReference: string
  cardLastFour: string | null
  note: string
  actorId: string
  approverId: string | null
  createdAt: number
  businessDay: string
}
