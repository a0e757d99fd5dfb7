import { roundCash, type CashRounding } from '../../../shared/cash-rounding'
import { looksLikeCardNumber } from '../../../shared/free-text'
import type { PaymentInput, PaymentMethod } from '../../../shared/payments'
import { parseMoneyInput } from './money'
import { t } from '../i18n/i18n'

/** One payment as it is being typed: every field is kept as text until the sale is completed. */
export interface PaymentDraft {
  key: number
  method: PaymentMethod
  amount: string
  /** Cash only: what the customer handed over; empty means exactly the amount. */
  tendered: string
  /** Card only: the terminal's reference and the last four digits printed on the slip. */
  reference: string
  lastFour: string
  /** Other only: voucher number, bank transfer reference... */
  note: string
}

export type DraftField = 'amount' | 'tendered' | 'reference' | 'lastFour' | 'note'
export type DraftProblems = Partial<Record<DraftField, string>>

export interface ReadPayments {
  /** The payments to send, when every draft reads cleanly. */
  payments: PaymentInput[]
  /** Problems per draft, in the drafts' order. */
  problems: DraftProblems[]
  /** What the drafts that read come to, and the change to hand back on cash. */
  paid: number
  change: number
  /** Cash rounding of the cash payments: cash to take less the amounts it settles (card never rounds). */
  rounding: number
  /** Per draft, the cash to take for it (its amount rounded to the smallest coin); null unless cash. */
  cashDue: Array<number | null>
  /** What is still to pay after these payments (never below zero). */
  remaining: number
  /** A problem with the payments as a whole (too much, or not enough for a counter sale). */
  overall: string | null
  ok: boolean
}

let nextKey = 1

export function newDraft(method: PaymentMethod, amount: string): PaymentDraft {
  return { key: nextKey++, method, amount, tendered: '', reference: '', lastFour: '', note: '' }
}

function lastFourProblem(text: string): string | undefined {
  const digits = text.trim()
  if (digits === '' || /^\d{4}$/.test(digits)) return undefined
  if (looksLikeCardNumber(digits) || digits.replace(/\D/g, '').length > 4) {
    return t('pay.problem.lastFourOnly')
  }
  return t('pay.problem.lastFourDigits')
}

/**
 * Reads what was typed into payments the till can record, with a sentence for every problem.
 * `due` is what is left to pay; `mustCoverAll` for a counter sale, which is paid in full at once.
 * Cash is taken to the shop's smallest coin (`cashRounding`), as the main process will record it.
 */
export function readPaymentDrafts(
  drafts: readonly PaymentDraft[],
  {
    due,
    digits,
    decimalMark,
    mustCoverAll,
    format,
    cashRounding
  }: { due: number; digits: number; decimalMark: string; mustCoverAll: boolean; format(amount: number): string; cashRounding: CashRounding }
): ReadPayments {
  const payments: PaymentInput[] = []
  const problems: DraftProblems[] = []
  let paid = 0
  let change = 0
  let rounding = 0
  const cashDue: Array<number | null> = []
  for (const draft of drafts) {
    const problem: DraftProblems = {}
    const amount = parseMoneyInput(draft.amount, digits, decimalMark)
    if (!amount.ok) problem.amount = amount.message
    else if (amount.amount === 0) problem.amount = t('pay.problem.zero')
    const value = amount.ok ? amount.amount : 0
    cashDue.push(draft.method === 'cash' && value > 0 ? roundCash(value, cashRounding) : null)
    if (draft.method === 'cash') {
      const toTake = roundCash(value, cashRounding)
      const typed = draft.tendered.trim() === '' ? null : parseMoneyInput(draft.tendered, digits, decimalMark)
      const tendered = typed?.ok ? typed.amount : null
      if (typed && !typed.ok) problem.tendered = typed.message
      else if (tendered !== null && tendered < toTake) {
        problem.tendered = t('pay.problem.tenderedShort', { tendered: format(tendered), due: format(toTake) })
      }
      if (Object.keys(problem).length === 0) {
        payments.push(tendered !== null ? { method: 'cash', amount: value, tendered } : { method: 'cash', amount: value })
        change += tendered !== null ? tendered - toTake : 0
        rounding += toTake - value
      }
    } else if (draft.method === 'card') {
      const lastFour = lastFourProblem(draft.lastFour)
      if (lastFour) problem.lastFour = lastFour
      if (looksLikeCardNumber(draft.reference)) problem.reference = t('pay.problem.neverCardNumber')
      if (Object.keys(problem).length === 0) {
        const digitsOnly = draft.lastFour.trim()
        payments.push({ method: 'card', amount: value, reference: draft.reference.trim(), ...(digitsOnly ? { lastFour: digitsOnly } : {}) })
      }
    } else {
      if (looksLikeCardNumber(draft.note)) problem.note = t('pay.problem.neverCardNumber')
      if (Object.keys(problem).length === 0) payments.push({ method: 'other', amount: value, note: draft.note.trim() })
    }
    if (amount.ok) paid += value
    problems.push(problem)
  }
  let overall: string | null = null
  if (paid > due) overall = t('pay.problem.overpaid', { over: format(paid - due), due: format(due) })
  else if (mustCoverAll && paid < due) overall = t('pay.problem.stillToPay', { amount: format(due - paid) })
  const ok = overall === null && problems.every((problem) => Object.keys(problem).length === 0)
  return { payments, problems, paid, change, rounding, cashDue, remaining: Math.max(0, due - paid), overall, ok }
}
