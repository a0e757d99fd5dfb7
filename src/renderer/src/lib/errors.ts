import type { AppErrorData, ErrorCode, ErrorIssue } from '../../../shared/errors'
import { sayReason, type ReasonFormats } from '../../../shared/i18n/say-reason'
import type { Reason } from '../../../shared/reasons'
import { currentLanguage, t } from '../i18n/i18n'
import { useSettingsStore } from '../stores/settings-store'
import { formatMoney } from './money'

/** A refusal as the screen shows it: a sentence for the shopkeeper, the code small for support. */
export interface ShownError {
  sentence: string
  code: ErrorCode
}

/**
 * A refusal from the main process in the screen language: its reason's sentence when main gave one
 * (in every language, English too, with the shop's money and number formats), else its code's
 * sentence from the catalogs (`errors.code.*`), since main writes its sentences in English. An
 * English screen keeps main's own sentence then, which names the product or the amount; field
 * messages come from the rule they broke.
 */
export function inScreenLanguage(error: AppErrorData): AppErrorData {
  if (error.reason) return { ...error, message: reasonSentence(error.reason), details: { ...error.details, mainMessage: error.message } }
  if (currentLanguage() === 'en') return error
  return { ...error, message: t(`errors.code.${error.code}`), details: { ...error.details, mainMessage: error.message } }
}

/** Why main refused something or found a problem (a coupon, a CSV row), in the screen language. */
export function reasonSentence(reason: Reason): string {
  return sayReason(t, reason, screenFormats())
}

function screenFormats(): ReasonFormats {
  const settings = useSettingsStore.getState().settings
  const count = new Intl.NumberFormat(settings?.locale, { maximumFractionDigits: 0 })
  return {
    money: (minor) => (settings ? formatMoney(minor, settings) : count.format(minor)),
    count: (value) => count.format(value),
    field: (issue) => issueSentence(issue, 'VALIDATION')
  }
}

export function showError(error: AppErrorData): ShownError {
  if (error.code === 'VALIDATION' && error.issues && error.issues.length > 0) {
    const [first] = error.issues
    const sentence = error.issues.length === 1 && first ? issueSentence(first, error.code) : t('errors.fixFields')
    return { sentence, code: error.code }
  }
  const message = error.message.trim()
  return { sentence: message ? asSentence(message) : t(`errors.code.${error.code}`), code: error.code }
}

/** A field problem the screen found itself, its message already in the screen language: shown as it is. */
export function localIssue(path: string, message: string): ErrorIssue {
  return { path, message, local: true }
}

/** A refusal the screen makes itself (a number it cannot read) before anything reaches main. */
export function localRefusal(path: string, message: string): AppErrorData {
  return { code: 'VALIDATION', message, issues: [localIssue(path, message)] }
}

/** Field messages by the input path they belong to ("name", "variants.0.sku"). */
export type FieldErrors = Record<string, string>

export function fieldErrors(error: AppErrorData | null | undefined): FieldErrors {
  const fields: FieldErrors = {}
  if (!error) return fields
  for (const issue of error.issues ?? []) {
    if (issue.path && !(issue.path in fields)) fields[issue.path] = issueSentence(issue, error.code)
  }
  return fields
}

const FIELD_RULES = ['card_number', 'required', 'invalid_type', 'invalid_format', 'invalid_value', 'too_small', 'too_big'] as const
type FieldRule = (typeof FIELD_RULES)[number]
const isFieldRule = (rule: string | undefined): rule is FieldRule => FIELD_RULES.some((known) => known === rule)

/**
 * A field message in the screen language, from the rule the value broke: main writes its messages
 * in English. A schema's own sentence comes with its catalog key and is said in the screen language. An English screen keeps main's own when a schema or the domain wrote it (it can name
 * the product or the amount), and says the rule's words for zod's generic wording. A domain refusal
 * without a rule says its code's sentence (a conflict, a locked currency), else "check this value".
 */
function issueSentence(issue: ErrorIssue, code: ErrorCode): string {
  if (issue.local) return asSentence(issue.message)
  if (issue.key?.startsWith('errors.schema.')) return schemaSentence(issue.key, issue.params)
  if (issue.reason) return asSentence(reasonSentence(issue.reason))
  if (currentLanguage() === 'en' && !issue.generic) return asSentence(issue.message)
  if (!isFieldRule(issue.rule)) return code === 'VALIDATION' ? t('errors.field.other') : t(`errors.code.${code}`)
  if (issue.rule === 'too_small' || issue.rule === 'too_big') return boundSentence(issue.rule, issue)
  return t(`errors.field.${issue.rule}`)
}

/** A schema's own sentence in the screen language, from its key and values (`schemaMessage` in src/shared/i18n). */
function schemaSentence(key: string, params: ErrorIssue['params']): string {
  // Main sends only keys its schemas wrote through schemaMessage, which are checked against the catalog there.
  const say = t as unknown as (key: string, params?: ErrorIssue['params']) => string
  return asSentence(say(key, params))
}

/** "Use at least 3 characters", "Add at least 1", "This must be more than 0": what the bound counts. */
function boundSentence(rule: 'too_small' | 'too_big', { limit, unit, exclusive }: ErrorIssue): string {
  const small = rule === 'too_small'
  if (unit === 'amount') return t('errors.field.amountTooLarge')
  if (limit === undefined) return t(`errors.field.${rule}`)
  if (unit === 'characters' && small && limit === 1) return t('errors.field.empty')
  if (unit === 'characters') return t(small ? 'errors.field.tooFewCharacters' : 'errors.field.tooManyCharacters', { count: limit })
  if (unit === 'items') return t(small ? 'errors.field.tooFewItems' : 'errors.field.tooManyItems', { count: limit })
  if (exclusive) return t(small ? 'errors.field.too_smallAbove' : 'errors.field.too_bigBelow', { limit })
  return t(small ? 'errors.field.too_smallLimit' : 'errors.field.too_bigLimit', { limit })
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
