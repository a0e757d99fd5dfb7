import { PREVIEW_PAGE_ROWS, type CsvImportResult, type CsvPreviewPage, type CsvPreviewRow } from '../../shared/catalog-import'

/**
 * A check's preview cut into pages of JSON text, all in one buffer of UTF-8. A 50,000-row preview
 * as objects (or as strings) costs the main process tens of milliseconds to receive from the
 * import worker; a buffer is handed over without a copy, and the window asks for a page as it
 * scrolls to it: only that page is decoded.
 */
export interface PreviewPages {
  text: Uint8Array<ArrayBuffer>
  /** Where each page's text ends in `text`. */
  ends: number[]
}

export interface PagedPreview {
  /** The result with only the first page of rows. */
  result: CsvImportResult
  pages: PreviewPages
}

export const NO_PAGES: PreviewPages = { text: new Uint8Array(0), ends: [] }

export function pagePreview(result: CsvImportResult): PagedPreview {
  const pieces: Uint8Array[] = []
  const ends: number[] = []
  let length = 0
  const encoder = new TextEncoder()
  for (let start = 0; start < result.rows.length; start += PREVIEW_PAGE_ROWS) {
    const piece = encoder.encode(JSON.stringify(result.rows.slice(start, start + PREVIEW_PAGE_ROWS)))
    pieces.push(piece)
    length += piece.byteLength
    ends.push(length)
  }
  const text = new Uint8Array(length)
  pieces.forEach((piece, index) => text.set(piece, (ends[index] ?? 0) - piece.byteLength))
  return { result: { ...result, rows: result.rows.slice(0, PREVIEW_PAGE_ROWS), previewRowCount: result.rows.length }, pages: { text, ends } }
}

export function previewPage(pages: PreviewPages, page: number, previewRowCount: number): CsvPreviewPage {
  const end = pages.ends[page]
  if (end === undefined) return { page, rows: [], previewRowCount }
  const text = new TextDecoder().decode(pages.text.subarray(page === 0 ? 0 : (pages.ends[page - 1] ?? 0), end))
  return { page, rows: JSON.parse(text) as CsvPreviewRow[], previewRowCount }
}
