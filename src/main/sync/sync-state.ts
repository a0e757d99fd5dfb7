import type { Selectable } from 'kysely'
import type { Db, Trx } from '../db/schema'
import type { SyncFailureKind, SyncStateTable } from '../db/tables/sync.table'
import type { SecretBox } from './secret-box'

export type SyncStateRow = Selectable<SyncStateTable>

export type { SyncFailureKind }

export async function readSyncState(db: Db | Trx): Promise<SyncStateRow> {
  return db.selectFrom('sync_state').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
}

export class TokenUnreadableError extends Error {
  constructor() {
    super("The sync token was encrypted with this computer's keychain, which cannot be used now. Enter the token again in Settings → Sync.")
  }
}

/** The bearer token in clear, only for the moment of a request. */
export async function readToken(state: SyncStateRow, secrets: SecretBox): Promise<string | null> {
  if (!state.token) return null
  if (state.token_encrypted === 0) return Buffer.from(state.token).toString('utf8')
  if (!(await secrets.available())) throw new TokenUnreadableError()
  try {
    return await secrets.decrypt(state.token)
  } catch {
    throw new TokenUnreadableError()
  }
}

export async function recordPushSuccess(db: Db, now: number): Promise<void> {
  await db
    .updateTable('sync_state')
    .set({ failures: 0, last_success_at: now, last_error: null, last_error_kind: null, last_error_at: null, next_attempt_at: null })
    .where('id', '=', 1)
    .execute()
}

export async function recordPushFailure(
  db: Db,
  failure: { kind: SyncFailureKind; words: string; at: number; nextAttemptAt: number; failures: number }
): Promise<void> {
  await db
    .updateTable('sync_state')
    .set({
      failures: failure.failures,
      last_error: failure.words,
      last_error_kind: failure.kind,
      last_error_at: failure.at,
      next_attempt_at: failure.nextAttemptAt
    })
    .where('id', '=', 1)
    .execute()
}
