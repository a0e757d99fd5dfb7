import type { Migration } from '../migration'

/**
 * The sync protocol version each outbox event was written in. Events queued before this migration
 * are v1 payloads and are sent to /v1/events as they are (a v2 receiver still takes v1); events
 * written from now on are v2 (who did it and who approved it on every payload) and go to /v2/events.
 */
export const m0029OutboxProtocol: Migration = {
  id: 29,
  name: 'outbox_protocol',
  statements: [`ALTER TABLE outbox ADD COLUMN protocol INTEGER NOT NULL DEFAULT 1 CHECK (protocol IN (1, 2))`]
}
