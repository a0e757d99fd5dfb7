import { randomBytes } from 'node:crypto'
import type { SaveFileKind } from '../../shared/files'
import type { Clock } from '../core/clock'
import { AppError } from '../core/app-error'

/** How long a chosen path stays usable: long enough to confirm an export, short enough to go stale. */
const LIFETIME_MS = 15 * 60_000

interface Grant<Kind extends string> {
  window: number
  kind: Kind
  path: string
  expiresAt: number
}

/**
 * The paths one of the main process's own dialogs returned, each behind a one-time token for the
 * window that asked. A channel that writes (or reads) there takes the token, never a path, so the
 * renderer cannot make the main process touch anywhere the shopkeeper did not choose.
 */
export interface PathGrants<Kind extends string> {
  grant(window: number, kind: Kind, path: string): string
  /** The chosen path, once; FORBIDDEN for a token unknown, used, expired, of another window or kind. */
  redeem(window: number, kind: Kind, token: string): string
  /** The chosen path, with the same checks as redeem, leaving the token usable (to look before acting). */
  peek(window: number, kind: Kind, token: string): string
}

/** What a refused token answers: the sentence and `details.reason`. */
export interface GrantRefusal {
  message: string
  reason: string
}

export function createPathGrants<Kind extends string>(clock: Clock, refusal: GrantRefusal): PathGrants<Kind> {
  const grants = new Map<string, Grant<Kind>>()
  const valid = (window: number, kind: Kind, token: string): string => {
    const grant = grants.get(token)
    if (!grant || grant.window !== window || grant.kind !== kind || grant.expiresAt <= clock.now()) {
      // another window cannot spend (or spoil) this window's token; a stale one goes
      if (grant && grant.expiresAt <= clock.now()) grants.delete(token)
      throw new AppError('FORBIDDEN', refusal.message, { details: { reason: refusal.reason } })
    }
    return grant.path
  }
  return {
    grant(window, kind, path) {
      const now = clock.now()
      for (const [token, grant] of grants) if (grant.expiresAt <= now) grants.delete(token)
      const token = randomBytes(32).toString('hex')
      grants.set(token, { window, kind, path, expiresAt: now + LIFETIME_MS })
      return token
    },
    redeem(window, kind, token) {
      const path = valid(window, kind, token)
      grants.delete(token)
      return path
    },
    peek: valid
  }
}

export type SaveGrants = PathGrants<SaveFileKind>

export function createSaveGrants(clock: Clock): SaveGrants {
  return createPathGrants<SaveFileKind>(clock, {
    message: 'Choose where to save the file in the save dialog first; nothing was written.',
    reason: 'save_not_chosen'
  })
}
