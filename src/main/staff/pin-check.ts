import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
import { runCommand, systemCaller } from '../core/command'
import { PIN_SCRYPT, sameHash, type PinHasher } from './pin-hash'

/** 5 wrong PINs lock an account for 30 s; each further lockout doubles it, up to 15 minutes. */
export const LOCKOUT = { attempts: 5, firstMs: 30_000, maxMs: 15 * 60_000 } as const

export function lockoutMs(lockouts: number): number {
  return Math.min(LOCKOUT.firstMs * 2 ** Math.max(0, lockouts - 1), LOCKOUT.maxMs)
}

/** Hashed for an unknown account, so that every answer costs one scrypt whatever the account. */
const NO_SALT = Buffer.alloc(PIN_SCRYPT.saltLength)

export interface PinChecker {
  /** Resolves when the PIN is this active staff member's; refuses with PIN_WRONG or STAFF_LOCKED_OUT. */
  verify(staffId: string, pin: string): Promise<void>
}

/**
 * Checks one PIN at a time: a burst of guesses sent together is counted guess by guess, so the
 * lockout cannot be outrun. Every answer, right, wrong or locked out, costs one scrypt and one
 * write of the account's counters, so the time of an answer says nothing about the PIN.
 * Neither the PIN nor its hash ever goes into an error, a log or a return value.
 */
export function createPinChecker(app: AppContext, hash: PinHasher): PinChecker {
  let queue: Promise<unknown> = Promise.resolve()
  const verifyNow = async (staffId: string, pin: string): Promise<void> => {
    const row = await app.db
      .selectFrom('staff')
      .select(['id', 'name', 'active', 'pin_hash', 'pin_salt', 'failed_pins', 'lockouts', 'locked_until'])
      .where('id', '=', staffId)
      .executeTakeFirst()
    const computed = await hash(pin, row?.pin_salt ?? NO_SALT)
    const right = sameHash(row?.pin_hash ?? null, computed)
    const caller = systemCaller({ id: row?.id ?? staffId, name: row?.name ?? '' }, 'staff.pinCheck')
    const refusal = await runCommand(app, caller, async ({ trx, now }) => {
      if (!row || row.active !== 1 || row.pin_hash === null) return new AppError('PIN_WRONG', 'That PIN is not right.')
      if (row.locked_until !== null && row.locked_until > now) {
        await trx.updateTable('staff').set({ locked_until: row.locked_until }).where('id', '=', row.id).execute()
        return lockedOut(row.name, row.locked_until - now)
      }
      if (right) {
        await trx.updateTable('staff').set({ failed_pins: 0, lockouts: 0, locked_until: null }).where('id', '=', row.id).execute()
        return null
      }
      const failed = row.failed_pins + 1
      if (failed < LOCKOUT.attempts) {
        await trx.updateTable('staff').set({ failed_pins: failed, locked_until: null }).where('id', '=', row.id).execute()
        const left = LOCKOUT.attempts - failed
        return new AppError('PIN_WRONG', `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before ${row.name} is locked for a while.`, {
          details: { triesLeft: left }
        })
      }
      const lockouts = row.lockouts + 1
      const lockedFor = lockoutMs(lockouts)
      await trx
        .updateTable('staff')
        .set({ failed_pins: 0, lockouts, locked_until: now + lockedFor })
        .where('id', '=', row.id)
        .execute()
      return lockedOut(row.name, lockedFor)
    })
    if (refusal) throw refusal
  }
  return {
    verify(staffId, pin) {
      const turn = queue.then(() => verifyNow(staffId, pin))
      queue = turn.catch(() => undefined)
      return turn
    }
  }
}

function lockedOut(name: string, remainingMs: number): AppError {
  const seconds = Math.ceil(remainingMs / 1000)
  const wait = seconds === 1 ? '1 second' : seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
  return new AppError('STAFF_LOCKED_OUT', `Too many wrong PINs. ${name} can try again in ${wait}.`, { details: { retryInSeconds: seconds } })
}
