import { z } from 'zod'
import { contract, type Channel } from '../../shared/contract'
import type { AppErrorData, Result } from '../../shared/errors'
import { CARD_NUMBER_MESSAGE, cardNumberPath } from '../../shared/free-text'
import { approvalSchema } from '../../shared/staff'
import { AppError } from '../core/app-error'
import { issueData } from './issue-data'
import type { StaffService } from '../staff/staff-service'
import type { CallContext, Handlers } from './handler-types'
import { STORAGE_MESSAGES, storageProblemCode, type StorageProblemCode } from '../db/storage-errors'

/** Strict: a request that says who acts (an `actor`) is malformed, the session decides that. */
export const requestSchema = z.object({ input: z.unknown(), approval: approvalSchema.optional() }).strict()

/** `sender` is the calling window's id (Electron's `event.sender.id`): its session says who acts. */
export type Dispatch = (channel: string, request: unknown, sender: number) => Promise<Result<unknown>>

export interface DispatchOptions {
  /** Where unexpected failures are written; the renderer only ever sees a plain sentence. */
  logError?: (channel: string, error: unknown) => void
  /** Hears every coded refusal after its command rolled back (the journal keeps the ones that matter). */
  onRefused?: (channel: Channel, sender: number, refusal: AppErrorData) => Promise<void>
  /** Told of a full disk, a read-only file or a damaged database, so the banner can say so until it is fixed. */
  onStorageProblem?: (code: StorageProblemCode) => void
  /** Which storage answer a failure is (SQLite's and the file system's codes unless told how to look closer). */
  classifyStorage?: (error: unknown) => StorageProblemCode | null
}

/**
 * The one IPC helper: every call is checked against the window's session and the channel's
 * requirement (LOCKED or FORBIDDEN before any input is read), parsed against the contract, run
 * with the channel's name, and answered as `{ok, data}` or `{ok: false, error: {code, message}}`.
 * Nothing thrown escapes as an exception.
 */
export function createDispatcher(handlers: Handlers, staff: StaffService, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[ipc] ${channel} failed`, error))
  return async (channel, request, sender) => {
    if (!Object.hasOwn(contract, channel)) {
      return fail({ code: 'NOT_FOUND', message: `Unknown command "${channel}".` })
    }
    const known = channel as Channel
    const envelope = requestSchema.safeParse(request)
    if (!envelope.success) return fail(validationData(envelope.error, 'The request was malformed.'))
    try {
      const call = await staff.authorize(sender, known, contract[known].requires, envelope.data.approval)
      const input = contract[known].input.safeParse(envelope.data.input)
      if (!input.success) return fail(validationData(input.error, 'Some values are not valid.'))
      const handler = handlers[known] as (input: unknown, call: CallContext) => Promise<unknown>
      return { ok: true, data: await handler(input.data, call) }
    } catch (error) {
      if (error instanceof AppError) {
        const refusal = error.toData()
        await options.onRefused?.(known, sender, refusal).catch((failure: unknown) => logError(`${channel} (refusal record)`, failure))
        return fail(refusal)
      }
      const conflict = constraintConflict(error)
      if (conflict) return fail(conflict)
      logError(channel, error)
      const storage = (options.classifyStorage ?? storageProblemCode)(error)
      if (storage) {
        options.onStorageProblem?.(storage)
        return fail({ code: storage, message: STORAGE_MESSAGES[storage] })
      }
      return fail({ code: 'INTERNAL', message: 'Something went wrong and nothing was changed. Please try again.' })
    }
  }
}

export function fail(error: AppErrorData): Result<never> {
  return { ok: false, error }
}

export function validationData(error: z.ZodError, summary: string): AppErrorData {
  const issues = error.issues.map(issueData)
  const card = cardNumberPath(error.issues)
  if (card) {
    // Said apart from other mistakes: the shopkeeper must learn why, and support can count them.
    const field = card.map(String).join('.')
    return {
      code: 'CARD_NUMBER',
      message: CARD_NUMBER_MESSAGE,
      issues: [{ path: field, message: CARD_NUMBER_MESSAGE, rule: 'card_number' }, ...issues.filter((issue) => issue.path !== field)],
      details: { field }
    }
  }
  const first = issues[0]
  const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : summary
  return { code: 'VALIDATION', message, issues }
}

/** A UNIQUE or CHECK constraint the domain did not catch first still answers with a code, not a crash. */
function constraintConflict(error: unknown): AppErrorData | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { code: 'CONFLICT', message: 'That value is already used by another record.' }
  }
  if (error.code === 'SQLITE_CONSTRAINT_CHECK' || error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return { code: 'VALIDATION', message: 'That change would leave the data inconsistent, so it was not made.' }
  }
  return null
}
