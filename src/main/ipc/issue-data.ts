import { z } from 'zod'
import type { ErrorIssue, IssueUnit } from '../../shared/errors'
import { schemaMessageRef } from '../../shared/i18n/schema-message'
import { MAX_AMOUNT } from '../../shared/money'

const zodEnglish = z.locales.en().localeError

/**
 * One zod issue as the renderer gets it: main's English sentence, and what a screen needs to say it
 * in its own language (the rule broken, the bound and what it counts). `generic` marks zod's own
 * wording ("Too small: expected string to have >=1 characters"): no schema wrote a sentence for it,
 * so the screen says the rule's sentence in every language, English too. A schema's own sentence
 * written with `schemaMessage` goes with its catalog key and values, so a screen says it in its language.
 */
export function issueData(issue: z.core.$ZodIssue): ErrorIssue {
  const generic = isZodWording(issue)
  // zod's wording names what it received: "received undefined" when the input is missing, since
  // the finished issue no longer carries the input and zod says undefined for it then.
  const rule = generic && issue.code === 'invalid_type' ? 'required' : issue.code
  const ref = generic ? undefined : schemaMessageRef(issue.message)
  return {
    path: issue.path.map(String).join('.'),
    message: issue.message,
    rule,
    ...issueBound(issue),
    ...(generic ? { generic } : {}),
    ...(ref ? { key: ref.key, ...(ref.params ? { params: { ...ref.params } } : {}) } : {})
  }
}

function isZodWording(issue: z.core.$ZodIssue): boolean {
  const wording = zodEnglish(issue as Parameters<typeof zodEnglish>[0])
  return (typeof wording === 'string' ? wording : wording?.message) === issue.message
}

const UNITS: Partial<Record<string, IssueUnit>> = { string: 'characters', array: 'items', set: 'items', number: 'number', bigint: 'number' }

/** The bound a too_small / too_big issue missed, what it counts, and whether it is itself allowed. */
function issueBound(issue: z.core.$ZodIssue): Pick<ErrorIssue, 'limit' | 'unit' | 'exclusive'> {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return {}
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
  const unit = UNITS[issue.origin]
  // An amount is counted in minor units: its bound would read as cents, so it is said as "too large".
  if (unit === 'number' && bound === MAX_AMOUNT) return { unit: 'amount' }
  if (typeof bound !== 'number' || !unit) return {}
  return { limit: bound, unit, ...(issue.inclusive === false ? { exclusive: true } : {}) }
}
