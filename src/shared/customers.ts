import { z } from 'zod'
import { looksLikeCardNumber } from './payments'

const text = (max: number) => z.string().trim().max(max)

const customerFields = {
  name: text(120).min(1, { error: 'A customer needs a name' }),
  phone: text(40).regex(/^[0-9+()\-.\s]*$/, { error: 'A phone number has digits, spaces and + ( ) - . only' }),
  email: z.union([z.literal(''), z.string().trim().max(200).pipe(z.email({ error: 'That email address is not valid' }))]),
  address: text(500).refine((value) => !looksLikeCardNumber(value), { error: 'That looks like a card number, not an address' })
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

export const customerUpdateSchema = z
  .object({ customerId: z.number().int().positive(), patch: customerPatchSchema })
  .strict()

export const customerIdSchema = z.object({ customerId: z.number().int().positive() }).strict()

export const customerSearchSchema = z
  .object({
    /** Name (any word's beginning), email, or the beginning of a phone number; empty lists everyone. */
    query: text(120).default(''),
    /** Keyset cursor: the last customer already shown (results are ordered by name, then id). */
    after: z.object({ name: z.string().max(120), id: z.number().int().positive() }).strict().optional(),
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
