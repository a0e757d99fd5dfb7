import { DEFAULT_TILL_SETTINGS, tillSettingsPatchSchema, tillSettingsSchema, type TillSettings, type TillSettingsPatch } from '../../shared/settings'
import type { AppContext } from '../core/app-context'
import { runCommand, type Caller } from '../core/command'
import type { Db, Trx } from '../db/schema'

/** This till's own settings, beside the shop's in the settings table; never synced (they are not the shop's). */
const TILL_KEY = 'till'

export async function readTillSettings(db: Db | Trx): Promise<TillSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', TILL_KEY).executeTakeFirst()
  const stored = row ? tillSettingsPatchSchema.parse(JSON.parse(row.value)) : {}
  return tillSettingsSchema.parse({ ...DEFAULT_TILL_SETTINGS, ...stored })
}

export async function updateTillSettings(app: AppContext, caller: Caller, patch: TillSettingsPatch): Promise<TillSettings> {
  return runCommand(app, caller, async ({ trx, now, emit }) => {
    // A key sent as undefined changes nothing (it is not a value to store).
    const changes = Object.entries(tillSettingsPatchSchema.parse(patch)).filter(([, value]) => value !== undefined)
    const next = tillSettingsSchema.parse({ ...(await readTillSettings(trx)), ...Object.fromEntries(changes) })
    const value = JSON.stringify(next)
    await trx
      .insertInto('settings')
      .values({ key: TILL_KEY, value, updated_at: now })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updated_at: now }))
      .execute()
    emit('settings.tillChanged', { till: next })
    return next
  })
}
