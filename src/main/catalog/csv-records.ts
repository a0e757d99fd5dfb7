import { parse } from 'csv-parse'
import type { CsvSeparator } from '../../shared/catalog-import'
import { AppError } from '../core/app-error'
import { yieldToEventLoop } from '../core/yield'
import { restoreCell } from '../files/excel-csv'

/** One record of the file with the line it starts on (header = line 1). */
export interface CsvRecord {
  line: number
  cells: string[]
}

/** How much text the parser takes between two turns of the event loop. */
const SLICE_CHARS = 256 * 1024
const LINE_BREAKS = /\r\n|\n|\r/g

/**
 * Parses the text a slice at a time, letting the event loop turn between slices, so a 50,000-row
 * file never holds the main process. Cells come back as they were before an export neutralized
 * them against spreadsheet formulas. Progress counts rows: the lines read after the header, of the
 * lines the file has after it (a quoted cell with a line break spans more than one line).
 */
export async function parseCsvRecords(text: string, separator: CsvSeparator, onProgress: (done: number, total: number) => void): Promise<CsvRecord[]> {
  const records: CsvRecord[] = []
  const parser = parse({ bom: true, delimiter: separator, relax_column_count: true, relax_quotes: separator === '\t', skip_empty_lines: true, info: true })
  let failure: unknown = null
  // csv-parse counts a CRLF inside a quoted cell as two lines; editors (and our errors) count one.
  let doubleCounted = 0
  const rowLines = countRowLines(text)
  let linesRead = 0
  parser.on('readable', () => {
    let entry: { record: string[]; info: { lines: number } } | null
    while ((entry = parser.read() as typeof entry) !== null) {
      let breaks = 0
      for (const cell of entry.record) {
        breaks += cell.match(LINE_BREAKS)?.length ?? 0
        doubleCounted += cell.match(/\r\n/g)?.length ?? 0
      }
      records.push({ line: entry.info.lines - doubleCounted - breaks, cells: entry.record.map(restoreCell) })
      linesRead = entry.info.lines - doubleCounted
    }
  })
  parser.on('error', (error) => {
    failure = error
  })
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()))
  for (let start = 0; start < text.length && failure === null; start += SLICE_CHARS) {
    parser.write(text.slice(start, start + SLICE_CHARS))
    await yieldToEventLoop()
    onProgress(Math.min(rowLines, Math.max(0, linesRead - 1)), rowLines)
  }
  parser.end()
  await ended
  if (failure === null) onProgress(rowLines, rowLines)
  if (failure !== null) {
    const line = failure instanceof Error && 'lines' in failure ? Number(failure.lines) : null
    const reason = failure instanceof Error ? failure.message : JSON.stringify(failure)
    throw new AppError('CSV_INVALID', `This file is not valid CSV${line ? ` (line ${line})` : ''}: ${reason}`, { details: { line } })
  }
  return records
}

/** The lines after the header: every line break (CRLF counts once) plus a last line without one. */
function countRowLines(text: string): number {
  let lines = text.length > 0 ? 1 : 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lines++
  }
  const endsWithBreak = text.endsWith('\n') || text.endsWith('\r')
  return Math.max(0, lines - (endsWithBreak ? 1 : 0) - 1)
}
