import type { AppErrorData, ErrorCode } from '../../../shared/errors'
import { currentLanguage, t } from '../i18n/i18n'

/** A refusal as the screen shows it: a sentence for the shopkeeper, the code small for support. */
export interface ShownError {
  sentence: string
  code: ErrorCode
}

/**
 * A refusal from the main process in the screen language: its code's sentence from the catalogs
 * (`errors.code.*`), since main writes its sentences in English. An English screen keeps main's own
 * sentence, which names the product or the amount; field messages (`issues`) stay as main wrote them.
 */
export function inScreenLanguage(error: AppErrorData): AppErrorData {
  if (currentLanguage() === 'en') return error
  return { ...error, message: t(`errors.code.${error.code}`), details: { ...error.details, mainMessage: error.message } }
}

export function showError(error: AppErrorData): ShownError {
  if (error.code === 'VALIDATION' && error.issues && error.issues.length > 0) {
    const [first] = error.issues
    const sentence = error.issues.length === 1 && first ? asSentence(first.message) : t('errors.fixFields')
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
    if (issue.path && !(issue.path in fields)) fields[issue.path] = asSentence(issue.message)
  }
  return fields
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
