import { parse } from 'csv-parse/browser/esm/sync'
import type { CsvImportResult } from '../../../../shared/catalog'

export interface PreviewRow {
  /** Where the row starts in the file, header = line 1: the numbering the importer's errors use. */
  line: number
  cells: Record<string, string>
  status: 'ready' | 'error' | 'skipped'
  problems: string[]
}

const LINE_BREAKS = /\r\n|\n|\r/g

function countBreaks(text: string): number {
  return text.match(LINE_BREAKS)?.length ?? 0
}

/**
 * The file's rows for the preview table, read with the importer's own parser settings. The
 * verdict on each row comes from the main process's dry run; this only lays the rows out.
 */
export function previewRows(csv: string, result: CsvImportResult): PreviewRow[] {
  let records: Array<{ record: string[]; raw: string }>
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, raw: true }) as unknown as typeof records
  } catch {
    return []
  }
  const [header, ...body] = records
  if (!header) return []
  const columns = header.record.map((name) => name.trim().toLowerCase())
  const problems = new Map<number, string[]>()
  for (const error of result.errors) {
    const list = problems.get(error.line) ?? []
    list.push(error.column ? `${error.column}: ${error.reason}` : error.reason)
    problems.set(error.line, list)
  }
  const skipped = new Set(result.skippedLines)
  let line = 1 + countBreaks(header.raw)
  return body.map(({ record, raw }) => {
    const start = line + countBreaks(/^[\r\n]*/.exec(raw)?.[0] ?? '')
    line += countBreaks(raw)
    const cells = Object.fromEntries(columns.map((column, index) => [column, record[index] ?? '']))
    const rowProblems = problems.get(start) ?? []
    const status = rowProblems.length > 0 ? 'error' : skipped.has(start) ? 'skipped' : 'ready'
    return { line: start, cells, status, problems: rowProblems }
  })
}

/** Problems on lines that are not rows (a bad header, a missing column) are shown on their own. */
export function fileProblems(rows: readonly PreviewRow[], result: CsvImportResult): string[] {
  const rowLines = new Set(rows.map((row) => row.line))
  return result.errors.filter((error) => !rowLines.has(error.line)).map((error) => `Line ${error.line}${error.column ? `, ${error.column}` : ''}: ${error.reason}`)
}
