import { PREVIEW_PAGE_ROWS, type CsvImportResult, type CsvPreviewPage, type CsvPreviewRow } from '../../shared/catalog-import'

/**
 * A check's preview cut into pages of JSON text. A 50,000-row preview as objects costs the main
 * process tens of milliseconds to receive from the import worker and as much again to send to the
 * window; as a few dozen strings it crosses both almost free, and the window asks for a page as it
 * scrolls to it.
 */
export interface PagedPreview {
  /** The result with only the first page of rows. */
  result: CsvImportResult
  pages: string[]
}

export function pagePreview(result: CsvImportResult): PagedPreview {
  const pages: string[] = []
  for (let start = 0; start < result.rows.length; start += PREVIEW_PAGE_ROWS) pages.push(JSON.stringify(result.rows.slice(start, start + PREVIEW_PAGE_ROWS)))
  return { result: { ...result, rows: result.rows.slice(0, PREVIEW_PAGE_ROWS), previewRowCount: result.rows.length }, pages }
}

export function previewPage(pages: readonly string[], page: number, previewRowCount: number): CsvPreviewPage {
  const text = pages[page]
  return { page, rows: text === undefined ? [] : (JSON.parse(text) as CsvPreviewRow[]), previewRowCount }
}
