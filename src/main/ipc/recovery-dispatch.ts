import { contract, type Channel } from '../../shared/contract'
import type { ErrorCode } from '../../shared/errors'
import type { StartupProblemKind } from '../../shared/startup'
import { AppError } from '../core/app-error'
import type { Dispatch } from './dispatch'
import { fail, requestSchema, validationData } from './dispatch'

export type StartupHandlers = { [C in Extract<Channel, `startup.${string}`>]: () => Promise<unknown> }

/** What every other channel answers while the database is not open: the storage code that fits. */
const REFUSAL: Record<StartupProblemKind, ErrorCode> = {
  damaged: 'DATABASE_DAMAGED',
  truncated: 'DATABASE_DAMAGED',
  'not-a-database': 'DATABASE_DAMAGED',
  'newer-version': 'DATABASE_DAMAGED',
  'cannot-open': 'DATABASE_DAMAGED',
  'read-only': 'STORAGE_READ_ONLY',
  'disk-full': 'STORAGE_FULL'
}

/**
 * The dispatcher while the start-up screen shows: only the startup channels are answered, every
 * other channel is refused before its handler could touch a database that is not open. There is no
 * staff session to check (the PINs are in the database that cannot be read), so any window may
 * restore here; the restore only ever brings back this shop's newest good backup and keeps the
 * damaged file.
 */
export function createRecoveryDispatch(kind: StartupProblemKind, handlers: StartupHandlers, logError: (channel: string, error: unknown) => void): Dispatch {
  return async (channel, request) => {
    if (!Object.hasOwn(contract, channel)) return fail({ code: 'NOT_FOUND', message: `Unknown command "${channel}".` })
    const known = channel as Channel
    const envelope = requestSchema.safeParse(request)
    if (!envelope.success) return fail(validationData(envelope.error, 'The request was malformed.'))
    if (!Object.hasOwn(handlers, known)) {
      return fail({ code: REFUSAL[kind], message: 'Tillpoint could not open its database: see the start-up screen.', details: { kind } })
    }
    const input = contract[known].input.safeParse(envelope.data.input)
    if (!input.success) return fail(validationData(input.error, 'Some values are not valid.'))
    try {
      return { ok: true, data: await handlers[known as keyof StartupHandlers]() }
    } catch (error) {
      if (error instanceof AppError) return fail(error.toData())
      logError(channel, error)
      return fail({ code: 'INTERNAL', message: 'Something went wrong and nothing was changed. Please try again.' })
    }
  }
}
