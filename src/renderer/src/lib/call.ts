import type { AppErrorData, Result } from '../../../shared/errors'
import { unexpectedError } from './errors'

/**
 * Runs an API call so a screen handles one shape only: the result, or a refusal as data. A broken
 * bridge (a rejected promise) becomes a refusal too, never an unhandled exception.
 */
export async function call<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await request()
  } catch (cause) {
    const error: AppErrorData = unexpectedError(cause)
    return { ok: false, error }
  }
}
