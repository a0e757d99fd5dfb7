import type { ChannelApi } from '../../../shared/contract'
import type { AppErrorData, Result } from '../../../shared/errors'
import { useApprovalStore } from '../stores/approval-store'
import { inScreenLanguage, unexpectedError } from './errors'

/**
 * Runs an API call so a screen handles one shape only: the result, or a refusal as data. A broken
 * bridge (a rejected promise) becomes a refusal too, never an unhandled exception.
 *
 * A request written against the `api` it is given (`call((api) => api.orders.return(...))`) can
 * be approved: refused for lack of a permission, it offers "Manager approval" and runs once more
 * with the manager's PIN. A request that uses `window.api` itself answers the refusal as it is.
 */
export async function call<T>(request: (api: ChannelApi) => Promise<Result<T>>): Promise<Result<T>> {
  const result = await attempt(() => request(window.api))
  if (result.ok || request.length === 0 || !needsApproval(result.error)) return result
  return useApprovalStore.getState().ask(result.error, (approval) => attempt(() => request(window.api.withApproval(approval))))
}

async function attempt<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await request()
    return result.ok ? result : { ok: false, error: inScreenLanguage(result.error) }
  } catch (cause) {
    const error: AppErrorData = unexpectedError(cause)
    return { ok: false, error }
  }
}

/** Refused for the actor's lack of a permission (not the approver's): a manager can approve it. */
function needsApproval(error: AppErrorData): boolean {
  return error.code === 'FORBIDDEN' && typeof error.details?.permission === 'string' && error.details.approver !== true
}
