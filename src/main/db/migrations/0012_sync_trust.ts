import type { Migration } from '../migration'

/**
 * Sync over plain http:// to anything but this computer sends the till's secret and every sale
 * readable by anyone on the way, so it needs the shopkeeper's explicit consent, kept here. A till
 * that already synced over http:// to another machine starts without it: its worker stops sending
 * and Settings → Sync asks.
 */
export const m0012SyncTrust: Migration = {
  id: 12,
  name: 'sync_trust',
  statements: [`ALTER TABLE sync_state ADD COLUMN allow_insecure_http INTEGER NOT NULL DEFAULT 0 CHECK (allow_insecure_http IN (0, 1))`]
}
