import type { AppErrorData, ErrorCode } from '../../../shared/errors'

/** A refusal as the screen shows it: a sentence for the shopkeeper, the code small for support. */
export interface ShownError {
  sentence: string
  code: ErrorCode
}

/** Sentences for when the main process sent only a technical message, or none at all. */
const FALLBACK_SENTENCES: Partial<Record<ErrorCode, string>> = {
  VALIDATION: 'Some values need fixing before this can be saved.',
  INTERNAL: 'Something went wrong and nothing was changed. Please try again.',
  NOT_FOUND: 'That record no longer exists. It may have been removed on another screen.',
  CONFLICT: 'That value is already used by another record.',
  FORBIDDEN: 'This window is not allowed to do that.'
}

export function showError(error: AppErrorData): ShownError {
  if (error.code === 'VALIDATION' && error.issues && error.issues.length > 0) {
    const [first] = error.issues
    const sentence = error.issues.length === 1 && first ? asSentence(first.message) : 'Some values need fixing: see the highlighted fields.'
    return { sentence, code: error.code }
  }
  const message = error.message.trim()
  return { sentence: message ? asSentence(message) : (FALLBACK_SENTENCES[error.code] ?? 'That could not be done.'), code: error.code }
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
    message: 'The till could not reach its data. Nothing was changed. Please try again.',
    details: { cause: cause instanceof Error ? cause.message : String(cause) }
  }
}

function asSentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}
