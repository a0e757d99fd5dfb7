import { z } from 'zod'
import { schemaMessage } from './i18n/schema-message'
import { lengthProblem } from './text-length'

/**
 * Card numbers (PANs) are never stored, printed or synced: not in a payment reference, and not
 * in an address, a name, a label or a note either. Every free-text field of the contract is built
 * with `freeText`, which refuses text holding one; the dispatcher answers such a refusal with the
 * code `CARD_NUMBER`.
 *
 * What counts as a card number: 13 to 19 digits that pass the Luhn check, written together or in
 * groups split by spaces or dashes ("4111 1111 1111 1111", "4111-1111-1111-1111"), also when more
 * digit groups stand around them ("card 4111 1111 1111 1111 12/27"). Full-width digits and
 * invisible characters between them count as well; a UUID does not. A run of digits that fails the Luhn check (nine
 * in ten random ones) is left alone, so long order references and phone numbers still fit.
 */
export const CARD_NUMBER_REASON = 'card_number'

export const CARD_NUMBER_MESSAGE = 'That looks like a card number. Card numbers are never stored: keep only the last four digits'

/** Digit groups joined by up to three spaces or dashes form one run. */
const DIGIT_RUN = /\d(?:[\s\-\u2010-\u2015\u2212]{0,3}\d)*/g
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const MIN_DIGITS = 13
const MAX_DIGITS = 19
const PLAIN_ASCII = /^[\x20-\x7e]*$/

function countAsciiDigits(text: string): number {
  let digits = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) digits++
  }
  return digits
}

export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/**
 * The card numbers in the text: for each run of digit groups, every span of whole groups with 13
 * to 19 digits that passes Luhn. Spans start and end at group edges, so a sentence with several
 * short numbers is not read as one long one, while a card number typed in its usual groups is.
 */
export function findCardNumbers(text: string): string[] {
  const found: string[] = []
  // Plain ASCII needs no normalizing, and with fewer than 13 digits it holds no card number.
  const ascii = PLAIN_ASCII.test(text)
  if (ascii && countAsciiDigits(text) < MIN_DIGITS) return found
  // A UUID's dashed groups of hex digits are not a card number however its digits fall.
  const normalized = (ascii ? text : text.normalize('NFKC').replace(/\p{Cf}/gu, '')).replace(UUID, 'uuid')
  for (const run of normalized.matchAll(DIGIT_RUN)) {
    const groups = run[0].split(/\D+/)
    for (let first = 0; first < groups.length; first++) {
      let digits = ''
      for (let last = first; last < groups.length && digits.length < MAX_DIGITS; last++) {
        digits += groups[last]
        if (digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS && passesLuhn(digits)) found.push(digits)
      }
    }
  }
  return found
}

export function looksLikeCardNumber(text: string): boolean {
  return findCardNumbers(text).length > 0
}

export interface FreeTextOptions {
  /** When set, empty text is refused with this message. */
  required?: string
  tooLong?: string
  /**
   * Count `max` in characters as a reader sees them (graphemes, `lengthProblem`), as catalog names
   * do, rather than in code points; `marks` refuses marks stacked without end.
   */
  graphemes?: { marks: string }
}

/**
 * A trimmed string of at most `max` characters that holds no card number. Chain what the field
 * needs after it (`.regex`, `.toUpperCase`, `.default`), never a second `z.string()`.
 */
export function freeText(max: number, options: FreeTextOptions = {}) {
  const text = z.string(options.required ? { error: options.required } : undefined).trim()
  const required = options.required ? text.min(1, { error: options.required }) : text
  const tooLong = options.tooLong ?? schemaMessage('common.atMostCharacters', { max })
  const { graphemes } = options
  const bounded = graphemes
    ? required.superRefine((value, context) => {
        const problem = lengthProblem(value, max)
        // Said as zod's own bound, so a screen in another language words it with the limit.
        if (problem?.kind === 'characters')
          context.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value, message: tooLong })
        else if (problem) context.addIssue({ code: 'custom', input: value, message: graphemes.marks })
      })
    : required.max(max, { error: tooLong })
  return bounded.refine((value) => !looksLikeCardNumber(value), { error: CARD_NUMBER_MESSAGE, params: { reason: CARD_NUMBER_REASON } })
}

/** Whether a zod issue is a free-text field refusing a card number. */
export function isCardNumberIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (issue.params as { reason?: unknown } | undefined)?.reason === CARD_NUMBER_REASON
}

/**
 * The path of the first field refusing a card number, also inside a union's options (where zod
 * reports only that no option matched) and a record's keys: `['newCustomer', 'name']`.
 */
export function cardNumberPath(issues: readonly z.core.$ZodIssue[]): PropertyKey[] | null {
  for (const issue of issues) {
    if (isCardNumberIssue(issue)) return issue.path
    const nested = issue.code === 'invalid_union' ? issue.errors : issue.code === 'invalid_key' || issue.code === 'invalid_element' ? [issue.issues] : []
    for (const option of nested) {
      const inner = cardNumberPath(option)
      if (inner) return [...issue.path, ...inner]
    }
  }
  return null
}
