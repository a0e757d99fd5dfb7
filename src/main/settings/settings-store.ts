import { CompiledQuery } from 'kysely'
import { currencyDigits } from '../../shared/currency'
import { DEFAULT_SETTINGS, settingsPatchSchema, shopSettingsSchema, type SettingsPatch, type ShopSettings } from '../../shared/settings'
import type { AppContext } from '../core/app-context'
import { runCommand, type Caller } from '../core/command'
import type { Db, Trx } from '../db/schema'

const SHOP_KEY = 'shop'

function withDerived(input: ShopSettings | Omit<ShopSettings, 'currencyDigits'>): ShopSettings {
  return { ...input, currencyDigits: currencyDigits(input.currency) }
}

/** The last stored text and what it parsed to: a sale reads the settings several times, unchanged. */
let lastRead: { value: string | undefined; settings: ShopSettings } | null = null

/** The shop's settings, defaults filled in for anything never saved. */
const SETTINGS_READ = CompiledQuery.raw('SELECT value FROM settings WHERE key = ?', [SHOP_KEY])

export async function readSettings(db: Db | Trx): Promise<ShopSettings> {
  // Read at the start of every sale: SQL text compiled once rather than built each time.
  const row = (await db.executeQuery<{ value: string }>(SETTINGS_READ)).rows[0]
  if (lastRead && lastRead.value === row?.value) return { ...lastRead.settings }
  const stored = row ? settingsPatchSchema.parse(JSON.parse(row.value)) : {}
  const settings = withDerived(shopSettingsSchema.parse({ ...DEFAULT_SETTINGS, ...stored }))
  lastRead = { value: row?.value, settings }
  return { ...settings }
}

export async function updateSettings(app: AppContext, caller: Caller, patch: SettingsPatch): Promise<ShopSettings> {
  return runCommand(app, caller, async ({ trx, now, emit }) => {
    const current = await readSettings(trx)
    const { currencyDigits: _derived, ...base } = current
    const next = shopSettingsSchema.parse({ ...base, ...settingsPatchSchema.parse(patch) })
    await trx
      .insertInto('settings')
      .values({ key: SHOP_KEY, value: JSON.stringify(next), updated_at: now })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: JSON.stringify(next), updated_at: now }))
      .execute()
    const settings = withDerived(next)
    emit('settings.changed', { settings })
    return settings
  })
}
