import { CompiledQuery } from 'kysely'
import { currencyDigits } from '../../shared/currency'
import { DEFAULT_SETTINGS, settingsPatchSchema, shopSettingsSchema, type SettingsPatch, type ShopSettings } from '../../shared/settings'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'
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

/**
 * Every stored amount is minor units of the currency it was taken in; once there are orders a new
 * currency would re-read them all (12.50 dollars as 1,250 yen), so it is refused.
 */
async function assertCurrencyFree(trx: Trx, current: string, requested: string): Promise<void> {
  const order = await trx.selectFrom('orders').select('id').limit(1).executeTakeFirst()
  if (!order) return
  const message =
    `This shop already has orders in ${current}, so its currency cannot become ${requested}: every stored amount would be read in the new currency. ` +
    `To sell in ${requested}, start a new shop file (a new data folder) and keep this one for its history.`
  throw new AppError('CURRENCY_LOCKED', message, { issues: [{ path: 'currency', message }], details: { currency: current, requested } })
}

/**
 * A new tax mode or tax rounding applies to new sales only: orders keep the tax they were sold with, and a sale
 * already being rung up (or parked) would be repriced under the cashier's hands, so it must be
 * finished or emptied first.
 */
async function assertNoSaleUnderway(trx: Trx, field: 'taxMode' | 'taxRounding'): Promise<void> {
  const line = await trx.selectFrom('cart_lines').select('cart_id').limit(1).executeTakeFirst()
  if (!line) return
  const message =
    'A sale is being rung up or parked: a new way of working out tax would reprice it. Finish or empty the open and parked sales first; orders already taken keep their tax.'
  throw new AppError('CONFLICT', message, { issues: [{ path: field, message }], details: { cartId: line.cart_id } })
}

export async function updateSettings(app: AppContext, caller: Caller, patch: SettingsPatch): Promise<ShopSettings> {
  return runCommand(app, caller, async ({ trx, now, emit }) => {
    const current = await readSettings(trx)
    const { currencyDigits: _derived, ...base } = current
    const next = shopSettingsSchema.parse({ ...base, ...settingsPatchSchema.parse(patch) })
    if (next.currency !== current.currency) await assertCurrencyFree(trx, current.currency, next.currency)
    if (next.taxMode !== current.taxMode) await assertNoSaleUnderway(trx, 'taxMode')
    if (next.taxRounding !== current.taxRounding) await assertNoSaleUnderway(trx, 'taxRounding')
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
