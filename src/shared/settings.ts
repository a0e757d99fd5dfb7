import { z } from 'zod'
import { freeText } from './free-text'
import { isKnownCurrency, isValidLocale, isValidTimeZone } from './currency'
import { LANGUAGES } from './i18n/languages'
import { SCALE_ITEM_DIGITS, SCALE_VALUES } from './scale-barcode'

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
  shopName: freeText(120, { required: 'Shop name is required' }),
  address: freeText(500),
  phone: freeText(40),
  currency: freeText(3, { tooLong: 'Currency must be an ISO 4217 code such as USD, EUR or JPY' })
    .toUpperCase()
    .refine(isKnownCurrency, { error: 'Currency must be an ISO 4217 code such as USD, EUR or JPY' }),
  locale: freeText(100).refine(isValidLocale, { error: 'Locale must be a language tag such as en-US' }),
  timeZone: freeText(100).refine(isValidTimeZone, { error: 'Time zone must be an IANA name such as Europe/Paris' }),
  taxMode: z.enum(TAX_MODES, { error: 'Tax mode is inclusive or exclusive' }),
  orderPrefix: freeText(6, { tooLong: 'Order prefix is 1 to 6 letters or digits' })
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,6}$/, { error: 'Order prefix is 1 to 6 letters or digits' }),
  /** How long an unpaid pending order holds its stock before the sweep cancels it. */
  holdMinutes: z
    .number()
    .int({ error: 'Hold time is a whole number of minutes' })
    .min(5, { error: 'Hold time is at least 5 minutes' })
    .max(60 * 24 * 30, { error: 'Hold time is at most 30 days' }),
  setupComplete: z.boolean(),
  // Cash shifts: a close whose over/short is beyond this (minor units, either way) needs a reason;
  // a blind close hides the expected cash until the count is entered.
  overShortReasonThreshold: z
    .number()
    .int({ error: 'The over/short threshold is a whole number of minor units' })
    .min(0, { error: 'The over/short threshold cannot be negative' })
    .max(1_000_000_000),
  blindClose: z.boolean(),
  // The counter (issue 13): touch tills.
  touchMode: z.enum(TOUCH_MODES, { error: 'Touch mode is auto, on or off' }),
  /** Short stock at checkout: refused, or "sell anyway" for staff with `stock.sellBelowZero` (or a manager's approval). */
  shortStock: z.enum(SHORT_STOCK_RULES, { error: 'Short stock is refused or sold anyway' }),
  // Staff (issue 21): when an idle till locks itself, whether receipts name who served, carts per person.
  /** Minutes without a key, scan or touch before the till locks; 0 never locks by itself. */
  autoLockMinutes: z
    .number()
    .int({ error: 'Auto-lock is a whole number of minutes' })
    .min(0, { error: 'Auto-lock is 0 (off) or more minutes' })
    .max(240, { error: 'Auto-lock is at most 240 minutes' }),
  receiptServedBy: z.boolean(),
  /** Each person's cart in progress is set aside for them at a lock, and back at their unlock; off: the cart is the till's. */
  cartsPerPerson: z.boolean(),
  // Money (issue 12): how tax is rounded, and cash rounded to the smallest coin in circulation
  // (CHF 0.05: step 5; SEK 1 krona: step 100; 0 = every minor unit is a coin, no rounding).
  taxRounding: z.enum(TAX_ROUNDINGS, { error: 'Tax is rounded per line or per rate' }),
  cashRoundingStep: z
    .number()
    .int({ error: 'The smallest coin is a whole number of minor units' })
    .min(0, { error: 'The smallest coin cannot be negative' })
    .max(10_000, { error: 'The smallest coin is at most 10,000 minor units' }),
  cashRoundingRule: z.enum(CASH_ROUNDING_RULES, { error: 'Cash is rounded to the nearest coin, down or up' }),
  // Languages (issue 20): the language the shop's receipts, slips and Z reports are printed in.
  receiptLanguage: z.enum(LANGUAGES, { error: `The receipt language is one of ${LANGUAGES.join(', ')}` }),
  // Receipts (issue 13): the shop's tax number under its address, and the footer (return policy,
  // thank-you line) that ends every receipt in place of "Thank you!".
  taxNumber: freeText(40, { tooLong: 'The tax number is at most 40 characters' }).refine((value) => !/\p{Cc}/u.test(value), {
    error: 'The tax number is one line, without tabs or line breaks'
  }),
  receiptFooter: freeText(RECEIPT_FOOTER_MAX_CHARS, { tooLong: `The receipt footer is at most ${RECEIPT_FOOTER_MAX_CHARS} characters` })
    .refine((value) => !/[^\P{Cc}\n]/u.test(value.replace(/\r\n/g, '\n')), { error: 'The receipt footer is plain text: no tabs or control characters' })
    .refine((value) => value.split(/\r?\n/).length <= RECEIPT_FOOTER_MAX_LINES, { error: `The receipt footer is at most ${RECEIPT_FOOTER_MAX_LINES} lines` }),
  // The counter (issue 13): EAN-13 scale labels. Which prefixes (20-29) the shop's scales print
  // (none: off), the item code's digits and whether the value is the price or the weight.
  scalePrefixes: z
    .array(z.number().int().min(20, { error: 'Scale label prefixes are 20 to 29' }).max(29, { error: 'Scale label prefixes are 20 to 29' }))
    .max(10)
    .refine((list) => new Set(list).size === list.length, { error: 'A prefix is listed once' }),
  scaleItemDigits: z.union(
    SCALE_ITEM_DIGITS.map((digits) => z.literal(digits)),
    { error: 'The item code has 4, 5 or 6 digits' }
  ),
  scaleValue: z.enum(SCALE_VALUES, { error: 'A scale label holds the price or the weight' })
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
  screenLanguage: z.enum(SCREEN_LANGUAGES, { error: `The screen language is system or one of ${LANGUAGES.join(', ')}` }),
  // The customer display (issue 13): a second window facing the customer, on a second screen when there is one.
  customerDisplay: z.boolean({ error: 'The customer display is on or off' })
})
export type TillSettings = z.infer<typeof tillSettingsSchema>
export const tillSettingsPatchSchema = tillSettingsSchema.partial().strict()
export type TillSettingsPatch = z.input<typeof tillSettingsPatchSchema>
export const DEFAULT_TILL_SETTINGS: TillSettings = { screenLanguage: 'system', customerDisplay: false }
