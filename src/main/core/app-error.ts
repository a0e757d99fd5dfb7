import type { AppErrorData, ErrorCode, ErrorIssue } from '../../shared/errors'

/** A refusal a shopkeeper can read. Thrown inside a command to roll it back; crosses IPC as data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: ErrorIssue[]; details?: AppErrorData['details'] } = {}
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

export function validationError(message: string, path = ''): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path, message }] })
}
