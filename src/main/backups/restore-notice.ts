import { z } from 'zod'
import type { RestoredAtStart } from '../../shared/backups'
import type { AppContext } from '../core/app-context'
import { runCommand, type Caller } from '../core/command'
import type { Db } from '../db/schema'

/**
 * OK on the notice after a restore is kept in the restored database itself, beside the shop's and
 * the till's settings: every window (a reload, a second window, another browser profile) then
 * knows it was seen. Nothing is written at the start, so the restored file stays the backup until
 * someone presses OK.
 */
const SEEN_KEY = 'restoreNoticeSeen'
const seenSchema = z.object({ kind: z.enum(['backup', 'set-aside']), file: z.string(), restoredAt: z.number() })

/** Which restore a notice is about: its kind, its file and when it was applied. */
export type RestoreNoticeId = Pick<RestoredAtStart, 'kind' | 'file' | 'restoredAt'>

export const sameRestore = (notice: RestoreNoticeId, seen: RestoreNoticeId): boolean =>
  notice.kind === seen.kind && notice.file === seen.file && notice.restoredAt === seen.restoredAt

/** The notice this start shows: the restore applied as it began, unless its OK is on record. */
export async function restoreNoticeShown(db: Db, notice: RestoredAtStart | null): Promise<RestoredAtStart | null> {
  if (!notice) return null
  const row = await db.selectFrom('settings').select('value').where('key', '=', SEEN_KEY).executeTakeFirst()
  const seen = row ? parseSeen(row.value) : null
  return seen && sameRestore(notice, seen) ? null : notice
}

function parseSeen(value: string): RestoreNoticeId | null {
  try {
    return seenSchema.parse(JSON.parse(value))
  } catch {
    return null
  }
}

/** Records OK on `notice`; the caller has checked that it is the notice shown. */
export async function rememberRestoreNoticeSeen(app: AppContext, caller: Caller, notice: RestoredAtStart): Promise<void> {
  await runCommand(app, caller, async ({ trx, now }) => {
    const value = JSON.stringify({ kind: notice.kind, file: notice.file, restoredAt: notice.restoredAt } satisfies RestoreNoticeId)
    await trx
      .insertInto('settings')
      .values({ key: SEEN_KEY, value, updated_at: now })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updated_at: now }))
      .execute()
  })
}
