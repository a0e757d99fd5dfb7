import CodepageEncoder from '@point-of-sale/codepage-encoder'
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { CODE_PAGES, type CodePage } from '../../../shared/print'
import { hasRightToLeft } from './raster-text'

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
  [/\u2026/g, '...'],
  // Bidi marks that right-to-left locales put around amounts: no code page has them, and text mode prints left to right.
  [/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '']
]

/** Full-width signs and letters (ja-JP's ￥, zh's ＄) as their narrow forms, which the code pages have. */
const FULL_WIDTH = /[\uff01-\uff5e\uffe0-\uffe6]/g

export function thermalText(text: string): string {
  let plain = text.normalize('NFC')
  for (const [pattern, replacement] of PLAIN_EQUIVALENTS) plain = plain.replace(pattern, replacement)
  return plain.replace(FULL_WIDTH, (char) => char.normalize('NFKC'))
}

export interface ThermalEncoderOptions {
  columns: number
  codePage: CodePage
  /** Every character is known to be on the shop's code page (see `fitsCodePage`): no page switching. */
  fixedCodePage?: boolean
}

const codePoints = new Map<CodePage, Set<number>>()

/**
 * Whether these texts print entirely from one code page. The encoder's automatic page switching
 * looks up every character in every candidate page (tens of milliseconds for a long document);
 * a document that fits the shop's page is encoded in it directly, byte for byte the same text.
 */
export function fitsCodePage(texts: readonly string[], codePage: CodePage): boolean {
  const points = codePointsOf(codePage)
  for (const text of texts) {
    for (const char of thermalText(text)) if (!points.has(char.codePointAt(0) ?? -1)) return false
  }
  return true
}

function codePointsOf(codePage: CodePage): Set<number> {
  let points = codePoints.get(codePage)
  if (!points) {
    points = new Set(CodepageEncoder.getEncoding(codePage).codepoints.filter((point) => point !== undefined && point !== null))
    codePoints.set(codePage, points)
  }
  return points
}

let anyCodePage: Set<number> | null = null

/**
 * Whether text mode prints this (already `thermalText`) line as it reads: every character is on
 * one of the code pages the encoder may switch to, and none belongs to a right-to-left script
 * (text mode would print it in typing order, unjoined). Otherwise the line goes out as an image.
 */
export function printsAsText(text: string): boolean {
  anyCodePage ??= new Set(CODE_PAGES.flatMap((page) => [...codePointsOf(page.id)]))
  for (const char of text) if (!anyCodePage.has(char.codePointAt(0) ?? -1)) return false
  return !hasRightToLeft(text)
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
  return encoder.initialize().codepage(options.fixedCodePage ? options.codePage : 'auto')
}
