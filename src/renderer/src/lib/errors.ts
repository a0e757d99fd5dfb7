import type { AppErrorData, ErrorCode, ErrorIssue } from '../../../shared/errors'
import { currentLanguage, t } from '../i18n/i18n'

/** A refusal as the screen shows it: a sentence for the shopkeeper, the code small for support. */
export interface ShownError {
  sentence: string
  code: ErrorCode
}

/**
 * A refusal from the main process in the screen language: its code's sentence from the catalogs
 * (`errors.code.*`), since main writes its sentences in English. An English screen keeps main's own
 * sentence, which names the product or the amount; field messages come from the rule they broke.
 */
export function inScreenLanguage(error: AppErrorData): AppErrorData {
  if (currentLanguage() === 'en') return error
  return { ...error, message: t(`errors.code.${error.code}`), details: { ...error.details, mainMessage: error.message } }
}

export function showError(error: AppErrorData): ShownError {
  if (error.code === 'VALIDATION' && error.issues && error.issues.length > 0) {
    const [first] = error.issues
    const sentence = error.issues.length === 1 && first ? issueSentence(first) : t('errors.fixFields')
    return { sentence, code: error.code }
  }
  const message = error.message.trim()
  return { sentence: message ? asSentence(message) : t(`errors.code.${error.code}`), code: error.code }
}

/** Field messages by the input path they belong to ("name", "variants.0.sku"). */
export type FieldErrors = Record<string, string>

export function fieldErrors(error: AppErrorData | null | undefined): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error?.issues ?? []) {
    if (issue.path && !(issue.path in fields)) fields[issue.path] = issueSentence(issue)
  }
  return fields
}

const FIELD_RULES = ['card_number', 'invalid_type', 'invalid_format', 'invalid_value', 'too_small', 'too_big'] as const
type FieldRule = (typeof FIELD_RULES)[number]
const isFieldRule = (rule: string | undefined): rule is FieldRule => FIELD_RULES.some((known) => known === rule)

/**
 * A field message in the screen language, from the rule the value broke: main writes its messages
 * in English. An English screen keeps main's own, which can be more specific.
 */
function issueSentence(issue: ErrorIssue): string {
  if (currentLanguage() === 'en') return asSentence(issue.message)
  const rule = isFieldRule(issue.rule) ? issue.rule : 'other'
  if ((rule === 'too_small' || rule === 'too_big') && issue.limit !== undefined) return t(`errors.field.${rule}Limit`, { limit: issue.limit })
  return t(`errors.field.${rule}`)
}

/** A failure that never reached the main process (the bridge itself broke) still reads as a sentence. */
export function unexpectedError(cause: unknown): AppErrorData {
  return {
    code: 'INTERNAL',
    message: t('errors.unreachable'),
    details: { cause: cause instanceof Error ? cause.message : String(cause) }
  }
}

function asSentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}
