import type { CsvEncoding, CsvFormat, CsvInspection, CsvMapping, CsvSeparator, DecimalMark } from '../../shared/catalog-import'
import { AppError, validationError } from '../core/app-error'
import type { Db, Trx } from '../db/schema'
import { decodeCsvBytes, detectSeparator } from './csv-decode'
import { detectDecimalMark } from './csv-format'
import { detectFormat, headerKey, suggestMapping } from './csv-mapping'
import { parseCsvRecords, type CsvRecord } from './csv-records'
import { reason } from '../../shared/reasons'

/** A file read far enough to map: decoded, split into records, its format and mapping known. */
export interface CsvSource {
  encoding: CsvEncoding
  separator: CsvSeparator
  format: CsvFormat
  headers: string[]
  records: CsvRecord[]
  mapping: CsvMapping
  savedMapping: boolean
  decimalMark: DecimalMark
}

export interface SourceRequest {
  csv?: string | undefined
  /** The file's bytes (file-bytes.ts decodes the window's base64). */
  bytes?: Uint8Array | undefined
  mapping?: CsvMapping | undefined
  decimalMark?: DecimalMark | undefined
}

const SAMPLE_ROWS = 5

/** Decodes and parses the file, then takes the mapping given, else the saved one, else the suggested one. */
export async function readCsvSource(
  db: Db | Trx,
  request: SourceRequest,
  locale: string,
  onProgress: (done: number, total: number) => void
): Promise<CsvSource> {
  const decoded = request.bytes !== undefined ? decodeFile(request.bytes) : { text: request.csv ?? '', encoding: 'utf-8' as const }
  const separator = detectSeparator(decoded.text)
  const records = await parseCsvRecords(decoded.text, separator, onProgress)
  const header = records[0]
  if (!header) throw new AppError('CSV_INVALID', 'The file is empty.')
  const headers = header.cells.map((cell) => cell.trim())
  const format = detectFormat(headers)
  const saved = request.mapping ? null : await savedMapping(db, headers)
  const mapping = request.mapping ?? saved ?? suggestMapping(headers, format)
  if (mapping.length !== headers.length) {
    throw validationError(reason('csv.mappingColumns', { count: mapping.length, columns: headers.length }), 'mapping')
  }
  const amountColumns = mapping.flatMap((field, index) => (field === 'price' || field === 'cost' ? [index] : []))
  const amounts = records.slice(1, 2001).flatMap((record) => amountColumns.map((index) => (record.cells[index] ?? '').trim()))
  // Excel writes a semicolon separator exactly where the decimal mark is a comma.
  const decimalMark = request.decimalMark ?? detectDecimalMark(amounts, separator === ';' ? 'de' : locale)
  return { encoding: decoded.encoding, separator, format, headers, records, mapping, savedMapping: saved !== null, decimalMark }
}

function decodeFile(bytes: Uint8Array): ReturnType<typeof decodeCsvBytes> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new AppError('CSV_INVALID', 'This is an Excel workbook (.xlsx), not a CSV file: in Excel choose File → Save As → "CSV UTF-8", then import that file.')
  }
  return decodeCsvBytes(bytes)
}

export function inspection(source: CsvSource): CsvInspection {
  return {
    encoding: source.encoding,
    separator: source.separator,
    decimalMark: source.decimalMark,
    format: source.format,
    headers: source.headers,
    mapping: source.mapping,
    savedMapping: source.savedMapping,
    rowCount: Math.max(0, source.records.length - 1),
    sample: source.records.slice(1, 1 + SAMPLE_ROWS).map((record) => record.cells)
  }
}

async function savedMapping(db: Db | Trx, headers: readonly string[]): Promise<CsvMapping | null> {
  const row = await db.selectFrom('csv_import_mappings').select('mapping').where('header_key', '=', headerKey(headers)).executeTakeFirst()
  return row ? (JSON.parse(row.mapping) as CsvMapping) : null
}
