import type { AppErrorData, ErrorCode, ErrorIssue } from '../../shared/errors'
import { sayReason, type ReasonFormats } from '../../shared/i18n/say-reason'
import { translatorFor } from '../../shared/i18n/translator'
import type { Reason } from '../../shared/reasons'

/** A refusal a shopkeeper can read. Thrown inside a command to roll it back; crosses IPC as data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: ErrorIssue[]; details?: AppErrorData['details']; reason?: Reason } = {}
  ) {
    super(message)
    this.name = 'AppError'
  }

  toData(): AppErrorData {
    return { code: this.code, message: this.message, ...this.extra }
  }
}

export function notFound(what: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', `${what} ${id} was not found.`, { details: { id } })
}

/** Main's own words for a reason: English, for its message and logs (screens say the reason in their language). */
const ENGLISH: ReasonFormats = { money: (minor) => `${minor} minor units`, count: String, field: ({ message }) => message }

export function englishReason(reason: Reason): string {
  return sayReason(translatorFor('en'), reason, ENGLISH)
}

/** A refusal whose reason a screen words: `message` is its English sentence. */
export function refusal(code: ErrorCode, reason: Reason, details?: AppErrorData['details']): AppError {
  return new AppError(code, englishReason(reason), details ? { details, reason } : { reason })
}

/** A value a domain rule refuses, on the input `path` it belongs to; a reason lets screens word it. */
export function validationError(why: Reason, path = ''): AppError {
  const message = englishReason(why)
  return new AppError('VALIDATION', message, { issues: [{ path, message, reason: why }] })
}
