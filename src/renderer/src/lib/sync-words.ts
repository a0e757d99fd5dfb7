import type { TFunction } from 'i18next'
import type { SyncPhase, SyncStatus } from '../../../shared/sync'
import type { BadgeTone } from '../components/Badge'

export const SYNC_PHASE_TONES: Record<SyncPhase, BadgeTone> = {
  off: 'neutral',
  synced: 'success',
  pending: 'accent',
  sending: 'accent',
  offline: 'warning',
  failing: 'danger'
}

/** The phase in the screen language ("All sent", "Alles gesendet"). */
export function syncPhaseWords(phase: SyncPhase, t: TFunction): string {
  return t(`syncStatus.phase.${phase}`)
}

/** "1 change waiting", "12 changes waiting", "Nothing waiting", with the language's plurals. */
export function waitingWords(waiting: number, locale: string, t: TFunction): string {
  if (waiting === 0) return t('syncStatus.nothingWaiting')
  return t('syncStatus.waiting', { count: waiting, shown: waiting.toLocaleString(locale) })
}

/** Where the token is kept, in words: the shopkeeper sees this, never the token itself. */
export function tokenWords(status: Pick<SyncStatus, 'hasToken' | 'tokenEncrypted'>, t: TFunction): string {
  if (!status.hasToken) return t('syncStatus.noToken')
  return status.tokenEncrypted ? t('syncStatus.tokenEncrypted') : t('syncStatus.tokenPlain')
}
