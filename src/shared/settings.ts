import { z } from 'zod'
import { freeText } from './free-text'
import { isKnownCurrency, isValidLocale, isValidTimeZone } from './currency'
import { LANGUAGES } from './i18n/languages'
import { SCALE_ITEM_DIGITS, SCALE_VALUES } from './scale-barcode'
import { schemaMessage } from './i18n/schema-message'

export const TAX_MODES = ['inclusive', 'exclusive'] as const
export type TaxMode = (typeof TAX_MODES)[number]

/** Whether the till is worked by touch: found from the screen, or set by the shop. */
export const TOUCH_MODES = ['auto', 'on', 'off'] as const
export type TouchMode = (typeof TOUCH_MODES)[number]

/** What checkout does when a line asks for more than is in stock (issue 13). */
export const SHORT_STOCK_RULES = ['refuse', 'sell_anyway'] as const
export type ShortStockRule = (typeof SHORT_STOCK_RULES)[number]

/** The two legal ways to round tax: each line on its own, or once per rate on the document's total. */
export const TAX_ROUNDINGS = ['line', 'rate'] as const
export type TaxRounding = (typeof TAX_ROUNDINGS)[number]

/** Which way a cash amount goes to the nearest coin: to the nearest (halves up), always down, always up. */
export const CASH_ROUNDING_RULES = ['nearest', 'down', 'up'] as const
export type CashRoundingRule = (typeof CASH_ROUNDING_RULES)[number]

/** A receipt footer fits the bottom of a roll: a few short lines. */
export const RECEIPT_FOOTER_MAX_LINES = 6
export const RECEIPT_FOOTER_MAX_CHARS = 300

export const shopSettingsSchema = z.object({
  shopName: freeText(120, { required: schemaMessage('settings.shopNameRequired') }),
  address: freeText(500),
  phone: freeText(40),
  currency: freeText(3, { tooLong: schemaMessage('settings.currency') })
    .toUpperCase()
    .refine(isKnownCurrency, { error: schemaMessage('settings.currency') }),
  locale: freeText(100).refine(isValidLocale, { error: schemaMessage('settings.locale') }),
  timeZone: freeText(100).refine(isValidTimeZone, { error: schemaMessage('settings.timeZone') }),
  taxMode: z.enum(TAX_MODES, { error: schemaMessage('settings.taxMode') }),
  orderPrefix: freeText(6, { tooLong: schemaMessage('settings.orderPrefix', { min: 1, max: 6 }) })
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,6}$/, { error: schemaMessage('settings.orderPrefix', { min: 1, max: 6 }) }),
  /** How long an unpaid pending order holds its stock before the sweep cancels it. */
  holdMinutes: z
    .number()
    .int({ error: schemaMessage('settings.holdWhole') })
    .min(5, { error: schemaMessage('settings.holdMin', { min: 5 }) })
    .max(60 * 24 * 30, { error: schemaMessage('settings.holdMax', { max: 30 }) }),
  setupComplete: z.boolean(),
  // Cash shifts: a close whose over/short is beyond this (minor units, either way) needs a reason;
  // a blind close hides the expected cash until the count is entered.
  overShortReasonThreshold: z
    .number()
    .int({ error: schemaMessage('settings.overShortWhole') })
    .min(0, { error: schemaMessage('settings.overShortNegative') })
    .max(1_000_000_000),
  blindClose: z.boolean(),
  // The counter (issue 13): touch tills.
  touchMode: z.enum(TOUCH_MODES, { error: schemaMessage('settings.touchMode') }),
  /** Short stock at checkout: refused, or "sell anyway" for staff with `stock.sellBelowZero` (or a manager's approval). */
  shortStock: z.enum(SHORT_STOCK_RULES, { error: schemaMessage('settings.shortStock') }),
  // Staff (issue 21): when an idle till locks itself, whether receipts name who served, carts per person.
  /** Minutes without a key, scan or touch before the till locks; 0 never locks by itself. */
  autoLockMinutes: z
    .number()
    .int({ error: schemaMessage('settings.autoLockWhole') })
    .min(0, { error: schemaMessage('settings.autoLockMin') })
    .max(240, { error: schemaMessage('settings.autoLockMax', { max: 240 }) }),
  receiptServedBy: z.boolean(),
  /** Each person's cart in progress is set aside for them at a lock, and back at their unlock; off: the cart is the till's. */
  cartsPerPerson: z.boolean(),
  // Money (issue 12): how tax is rounded, and cash rounded to the smallest coin in circulation
  // (CHF 0.05: step 5; SEK 1 krona: step 100; 0 = every minor unit is a coin, no rounding).
  taxRounding: z.enum(TAX_ROUNDINGS, { error: schemaMessage('settings.taxRounding') }),
  cashRoundingStep: z
    .number()
    .int({ error: schemaMessage('settings.coinWhole') })
    .min(0, { error: schemaMessage('settings.coinNegative') })
    .max(10_000, { error: schemaMessage('settings.coinMax', { max: 10_000 }) }),
  cashRoundingRule: z.enum(CASH_ROUNDING_RULES, { error: schemaMessage('settings.cashRoundingRule') }),
  // Languages (issue 20): the language the shop's receipts, slips and Z reports are printed in.
  receiptLanguage: z.enum(LANGUAGES, { error: schemaMessage('settings.receiptLanguage', { languages: LANGUAGES.join(', ') }) }),
  // Receipts (issue 13): the shop's tax number under its address, and the footer (return policy,
  // thank-you line) that ends every receipt in place of "Thank you!".
  taxNumber: freeText(40, { tooLong: schemaMessage('settings.taxNumberTooLong', { max: 40 }) }).refine((value) => !/\p{Cc}/u.test(value), {
    error: schemaMessage('settings.taxNumberOneLine')
  }),
  receiptFooter: freeText(RECEIPT_FOOTER_MAX_CHARS, { tooLong: schemaMessage('settings.footerTooLong', { max: RECEIPT_FOOTER_MAX_CHARS }) })
    .refine((value) => !/[^\P{Cc}\n]/u.test(value.replace(/\r\n/g, '\n')), { error: schemaMessage('settings.footerPlain') })
    .refine((value) => value.split(/\r?\n/).length <= RECEIPT_FOOTER_MAX_LINES, {
      error: schemaMessage('settings.footerLines', { max: RECEIPT_FOOTER_MAX_LINES })
    }),
  // The counter (issue 13): EAN-13 scale labels. Which prefixes (20-29) the shop's scales print
  // (none: off), the item code's digits and whether the value is the price or the weight.
  scalePrefixes: z
    .array(
      z
        .number()
        .int()
        .min(20, { error: schemaMessage('settings.scalePrefixRange', { min: 20, max: 29 }) })
        .max(29, { error: schemaMessage('settings.scalePrefixRange', { min: 20, max: 29 }) })
    )
    .max(10)
    .refine((list) => new Set(list).size === list.length, { error: schemaMessage('settings.scalePrefixOnce') }),
  scaleItemDigits: z.union(
    SCALE_ITEM_DIGITS.map((digits) => z.literal(digits)),
    { error: schemaMessage('settings.scaleItemDigits') }
  ),
  scaleValue: z.enum(SCALE_VALUES, { error: schemaMessage('settings.scaleValue') })
})

export type ShopSettingsInput = z.infer<typeof shopSettingsSchema>

export interface ShopSettings extends ShopSettingsInput {
  /** Minor-unit digits of the currency (JPY 0, USD 2, KWD 3), derived from the code. */
  currencyDigits: number
}

export const settingsPatchSchema = shopSettingsSchema.partial().strict()
export type SettingsPatch = z.input<typeof settingsPatchSchema>

export const DEFAULT_SETTINGS: ShopSettingsInput = {
  shopName: 'My Shop',
  address: '',
  phone: '',
  currency: 'USD',
  locale: 'en-US',
  timeZone: 'UTC',
  taxMode: 'exclusive',
  orderPrefix: 'A',
  holdMinutes: 60,
  setupComplete: false,
  overShortReasonThreshold: 500,
  blindClose: true,
  touchMode: 'auto',
  shortStock: 'refuse',
  autoLockMinutes: 5,
  receiptServedBy: true,
  cartsPerPerson: false,
  taxRounding: 'line',
  cashRoundingStep: 0,
  cashRoundingRule: 'nearest',
  receiptLanguage: 'en',
  taxNumber: '',
  receiptFooter: '',
  scalePrefixes: [],
  scaleItemDigits: 5,
  scaleValue: 'price'
}

// Languages (issue 20): what belongs to this till alone, never to the shop: the screen language
// ('system' follows the operating system's preferred languages).
export const SCREEN_LANGUAGES = ['system', ...LANGUAGES] as const
export type ScreenLanguage = (typeof SCREEN_LANGUAGES)[number]
export function isScreenLanguage(value: string): value is ScreenLanguage {
  return (SCREEN_LANGUAGES as readonly string[]).includes(value)
}

export const tillSettingsSchema = z.object({
  screenLanguage: z.enum(SCREEN_LANGUAGES, { error: schemaMessage('settings.screenLanguage', { languages: LANGUAGES.join(', ') }) }),
  // The customer display (issue 13): a second window facing the customer, on a second screen when there is one.
  customerDisplay: z.boolean({ error: schemaMessage('settings.customerDisplay') })
})
export type TillSettings = z.infer<typeof tillSettingsSchema>
export const tillSettingsPatchSchema = tillSettingsSchema.partial().strict()
export type TillSettingsPatch = z.input<typeof tillSettingsPatchSchema>
export const DEFAULT_TILL_SETTINGS: TillSettings = { screenLanguage: 'system', customerDisplay: false }
