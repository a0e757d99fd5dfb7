import { randomBytes } from 'node:crypto'
import type { SaveFileKind } from '../../shared/files'
import type { Clock } from '../core/clock'
import { AppError } from '../core/app-error'

/** How long a chosen path stays usable: long enough to confirm an export, short enough to go stale. */
const LIFETIME_MS = 15 * 60_000

interface Grant {
  window: number
  kind: SaveFileKind
  path: string
  expiresAt: number
}

/**
 * The paths the main process's own save dialog returned, each behind a one-time token for the
 * window that asked. A write channel takes the token, never a path, so the renderer cannot make
 * the main process write anywhere the shopkeeper did not choose.
 */
export interface SaveGrants {
  grant(window: number, kind: SaveFileKind, path: string): string
  /** The chosen path, once; FORBIDDEN for a token unknown, used, expired, of another window or kind. */
  redeem(window: number, kind: SaveFileKind, token: string): string
}

export function createSaveGrants(clock: Clock): SaveGrants {
  const grants = new Map<string, Grant>()
  return {
    grant(window, kind, path) {
      const now = clock.now()
      for (const [token, grant] of grants) if (grant.expiresAt <= now) grants.delete(token)
      const token = randomBytes(32).toString('hex')
      grants.set(token, { window, kind, path, expiresAt: now + LIFETIME_MS })
      return token
    },
    redeem(window, kind, token) {
      const grant = grants.get(token)
      grants.delete(token)
      if (!grant || grant.window !== window || grant.kind !== kind || grant.expiresAt <= clock.now()) {
        throw new AppError('FORBIDDEN', 'Choose where to save the file in the save dialog first; nothing was written.', {
          details: { reason: 'save_not_chosen' }
        })
      }
      return grant.path
    }
  }
}
