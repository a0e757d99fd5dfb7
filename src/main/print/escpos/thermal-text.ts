import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { CODE_PAGES, type CodePage } from '../../../shared/print'

/**
 * Typography the thermal code pages lack, turned into what they have: the narrow no-break space
 * that French money formats use, dashes, bullets, curly quotes. Everything else is left to the
 * code page fallback.
 */
const PLAIN_EQUIVALENTS: Array<[RegExp, string]> = [
  [/[\u00a0\u2007\u2009\u202f]/g, ' '],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/[\u2022\u2219]/g, '*'],
  [/\u00d7/g, 'x'],
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/\u2026/g, '...']
]

export function thermalText(text: string): string {
  let plain = text.normalize('NFC')
  for (const [pattern, replacement] of PLAIN_EQUIVALENTS) plain = plain.replace(pattern, replacement)
  return plain
}

export interface ThermalEncoderOptions {
  columns: number
  codePage: CodePage
}

/**
 * An ESC/POS encoder in text mode for a generic Epson-compatible printer. The shop's code page
 * comes first; a character it lacks is printed from the next listed page that has it (the printer
 * is told to switch), so a Cyrillic name on a cp858 shop still prints in Cyrillic.
 */
export function createThermalEncoder(options: ThermalEncoderOptions): ReceiptPrinterEncoder {
  const fallbacks = CODE_PAGES.map((page) => page.id).filter((id) => id !== options.codePage)
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns: options.columns,
    codepageMapping: 'epson',
    codepageCandidates: [options.codePage, ...fallbacks],
    // Lines below the print head must pass the cutter before it cuts.
    feedBeforeCut: 4,
    newline: '\n'
  })
  return encoder.initialize().codepage('auto')
}
