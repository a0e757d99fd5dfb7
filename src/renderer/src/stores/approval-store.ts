import { create } from 'zustand'
import type { AppErrorData, Result } from '../../../shared/errors'
import type { Approval } from '../../../shared/staff'

interface Pending {
  refusal: AppErrorData
  retry(approval: Approval): Promise<Result<unknown>>
  settle(result: Result<unknown>): void
}

interface ApprovalState {
  pending: Pending | null
  /** Shows the approval dialog for a refused command; answers the approved run, or the refusal if dismissed. */
  ask<T>(refusal: AppErrorData, retry: (approval: Approval) => Promise<Result<T>>): Promise<Result<T>>
  /** The dialog's own answer: the run with a manager's approval, or a dismissal. */
  finish(result: Result<unknown>): void
}

/** One approval at a time: the command waits for it, the dialog lives in the shell. */
export const useApprovalStore = create<ApprovalState>()((set, get) => ({
  pending: null,
  ask<T>(refusal: AppErrorData, retry: (approval: Approval) => Promise<Result<T>>) {
    get().pending?.settle({ ok: false, error: get().pending!.refusal })
    return new Promise<Result<T>>((resolve) => {
      set({ pending: { refusal, retry, settle: (result) => resolve(result as Result<T>) } })
    })
  },
  finish(result) {
    const pending = get().pending
    set({ pending: null })
    pending?.settle(result)
  }
}))
