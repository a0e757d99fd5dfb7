import type { SyncPhase, SyncStatus } from '../../../shared/sync'
import type { BadgeTone } from '../components/Badge'

export const SYNC_PHASE_WORDS: Record<SyncPhase, { label: string; tone: BadgeTone }> = {
  off: { label: 'Sync off', tone: 'neutral' },
  synced: { label: 'All sent', tone: 'success' },
  pending: { label: 'Sending soon', tone: 'accent' },
  sending: { label: 'Sending…', tone: 'accent' },
  offline: { label: 'Server unreachable', tone: 'warning' },
  failing: { label: 'Server refused', tone: 'danger' }
}

/** "1 change waiting", "12 changes waiting", "Nothing waiting". */
export function waitingWords(waiting: number): string {
  if (waiting === 0) return 'Nothing waiting'
  return `${waiting.toLocaleString()} ${waiting === 1 ? 'change' : 'changes'} waiting`
}

/** Where the token is kept, in words: the shopkeeper sees this, never the token itself. */
export function tokenWords(status: Pick<SyncStatus, 'hasToken' | 'tokenEncrypted'>): string {
  if (!status.hasToken) return 'No token is stored.'
  return status.tokenEncrypted
    ? 'A token is stored, encrypted by this computer’s keychain.'
    : 'A token is stored without encryption: this computer has no keychain Tillpoint can use.'
}
