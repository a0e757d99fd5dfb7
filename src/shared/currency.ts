/** Minor-unit digits of an ISO 4217 currency as the platform's ICU knows them: JPY 0, USD 2, KWD 3. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false
  return Intl.supportedValuesOf('currency').includes(code)
}

export function isValidLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1
  } catch {
    return false
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * The currency a region pays in, for the first run's proposal (a Saudi computer proposes SAR).
 * The euro area is one entry each; a region missing here proposes nothing and keeps the default.
 */
const REGION_CURRENCIES: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  IE: 'EUR',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  ZA: 'ZAR',
  FR: 'EUR',
  BE: 'EUR',
  LU: 'EUR',
  CH: 'CHF',
  DE: 'EUR',
  AT: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  MT: 'EUR',
  CY: 'EUR',
  HR: 'EUR',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  TR: 'TRY',
  MX: 'MXN',
  BR: 'BRL',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  JP: 'JPY',
  KR: 'KRW',
  CN: 'CNY',
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  IL: 'ILS',
  SA: 'SAR',
  AE: 'AED',
  QA: 'QAR',
  KW: 'KWD',
  BH: 'BHD',
  OM: 'OMR',
  JO: 'JOD',
  EG: 'EGP',
  MA: 'MAD',
  DZ: 'DZD',
  TN: 'TND',
  LB: 'LBP',
  IQ: 'IQD',
  LY: 'LYD',
  SD: 'SDG',
  SY: 'SYP',
  YE: 'YER'
}

/** The currency of a locale's region ("ar-SA" → SAR, "de" → EUR by its likely region), or null when unknown. */
export function regionCurrency(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale).maximize().region
    const currency = region ? REGION_CURRENCIES[region] : undefined
    return currency && isKnownCurrency(currency) ? currency : null
  } catch {
    return null
  }
}
