import { z } from 'zod'
import { freeText } from './free-text'
import { schemaMessage } from './i18n/schema-message'

const customerFields = {
  name: freeText(120, { required: schemaMessage('customers.name') }),
  phone: freeText(40).regex(/^[0-9+()\-.\s]*$/, { error: schemaMessage('customers.phone') }),
  email: z.union([z.literal(''), freeText(200).pipe(z.email({ error: schemaMessage('customers.email') }))]),
  address: freeText(500)
}

export const customerInputSchema = z
  .object({
    name: customerFields.name,
    phone: customerFields.phone.default(''),
    email: customerFields.email.default(''),
    address: customerFields.address.default('')
  })
  .strict()

/** Only the fields given change. */
export const customerPatchSchema = z.object(customerFields).partial().strict()

export type CustomerInput = z.input<typeof customerInputSchema>

export const customerUpdateSchema = z.object({ customerId: z.number().int().positive(), patch: customerPatchSchema }).strict()

export const customerIdSchema = z.object({ customerId: z.number().int().positive() }).strict()

export const customerSearchSchema = z
  .object({
    /** Name (any word's beginning), email, or the beginning of a phone number; empty lists everyone. */
    query: freeText(120).default(''),
    /** Keyset cursor: the last customer already shown (results are ordered by name, then id). */
    after: z
      .object({ name: freeText(120), id: z.number().int().positive() })
      .strict()
      .optional(),
    limit: z.number().int().min(1).max(100).default(20)
  })
  .strict()

export interface Customer {
  id: number
  name: string
  phone: string
  email: string
  address: string
  createdAt: number
  updatedAt: number
}

export interface CustomerPage {
  customers: Customer[]
  /** Pass as `after` for the next page; null when this page is the last. */
  next: { name: string; id: number } | null
}

/** The digits of a phone number, for search. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '')
}
