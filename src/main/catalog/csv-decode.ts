import type { CsvEncoding, CsvSeparator } from '../../shared/catalog-import'
import { AppError } from '../core/app-error'

/**
 * The file's text and the encoding it was written in: a BOM says UTF-8 or UTF-16; UTF-16 without
 * one shows as zero bytes in every other place; otherwise UTF-8 if it decodes strictly, else
 * Windows-1252 (what Excel writes on Western European Windows). Every decoder is fatal, so a
 * replacement character never comes out of a decoding: what none can read is refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' }
  const unmarked = utf16WithoutBom(bytes)
  if (unmarked) return { text: strict(unmarked, bytes), encoding: unmarked }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' }
  }
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new AppError(
      'CSV_INVALID',
      `This file says it is ${encoding.toUpperCase()} but some of its bytes are not: save it again from the program that made it.`
    )
  }
}

/** ASCII text in UTF-16 has a zero in every other byte; which half tells the byte order. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1
  if (sample < 2) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros++
    if (bytes[index + 1] === 0) oddZeros++
  }
  const pairs = sample / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return 'utf-16be'
  return null
}

/** Windows-1252 leaves five bytes undefined and never holds a zero byte in text. */
const UNDEFINED_1252 = new Set([0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d])

function windows1252(bytes: Uint8Array): string {
  const bad = bytes.findIndex((byte) => UNDEFINED_1252.has(byte))
  if (bad >= 0) {
    const line = 1 + bytes.subarray(0, bad).filter((byte) => byte === 0x0a).length
    throw new AppError(
      'CSV_INVALID',
      `This file is not text Tillpoint can read (byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')} on line ${line} is not UTF-8, UTF-16 or Windows-1252). Save it from your spreadsheet as "CSV UTF-8".`,
      { details: { line } }
    )
  }
  // Node's TextDecoder reads 'windows-1252' as Latin-1, so € „ “ ” – — ™ would come out as C1
  // control characters: Latin-1 for every byte, then Windows-1252's own characters for 0x80–0x9F.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c1) => String.fromCharCode(HIGH_1252[c1.charCodeAt(0) - 0x80] as number))
}

/** What Windows-1252 holds at 0x80–0x9F (its five undefined bytes are refused before this). */
const HIGH_1252 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
]

/**
 * Comma, semicolon or tab: the one that splits the header (outside quotes) into the most columns
 * and splits the next lines the same way. Excel writes semicolons where the decimal mark is a
 * comma, and tabs for "Unicode text".
 */
export function detectSeparator(text: string): CsvSeparator {
  const lines = firstLines(text, 6)
  let best: CsvSeparator = ','
  let bestScore = 0
  for (const separator of [',', ';', '\t'] as const) {
    const counts = lines.map((line) => countOutsideQuotes(line, separator))
    const header = counts[0] ?? 0
    if (header === 0) continue
    const steady = counts.slice(1).filter((count) => count === header).length
    const score = header * (1 + steady)
    if (score > bestScore) {
      best = separator
      bestScore = score
    }
  }
  return best
}

function firstLines(text: string, count: number): string[] {
  const lines: string[] = []
  let start = 0
  let quoted = false
  for (let index = 0; index < text.length && lines.length < count; index++) {
    const char = text[index]
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (index > start) lines.push(text.slice(start, index))
      start = index + 1
    }
  }
  if (lines.length < count && start < text.length) lines.push(text.slice(start))
  return lines
}

function countOutsideQuotes(line: string, separator: string): number {
  let count = 0
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (!quoted && char === separator) count++
  }
  return count
}
