import type { SystemPrinter } from '../../shared/print'

/** The size of one printed page; a null height means a roll: as long as the content. */
export interface PageSpec {
  widthMm: number
  heightMm: number | null
}

export interface PrintHtmlOptions {
  /** The system printer's name; '' prints to the system's default printer. */
  deviceName: string
  /** Straight to the printer, or through the system's print dialog. */
  silent: boolean
  page: PageSpec
}

/** 'cancelled' when the shopkeeper closed the print dialog without printing. */
export type PrintOutcome = 'printed' | 'cancelled'

/**
 * What printing needs from a browser engine: Electron in the app (webContents.print, printToPDF),
 * Playwright's Chromium in the tests. The domain only ever sees this interface.
 */
export interface PrintBackend {
  listPrinters(): Promise<SystemPrinter[]>
  /** Resolves once the job reached the system's spooler; rejects with the reason it did not. */
  printHtml(html: string, options: PrintHtmlOptions): Promise<PrintOutcome>
  htmlToPdf(html: string, page: PageSpec): Promise<Uint8Array>
}

const CSS_PX_PER_MM = 96 / 25.4
/** Chromium refuses PDF pages taller than 200 inches. */
const MAX_PAGE_MM = 5000

/**
 * Script a backend runs in the loaded page before printing: waits for the fonts, measures the
 * content, and sets the @page size so a thermal roll is cut right after the last line instead of
 * feeding a blank A4's worth of paper. Returns the page height in millimetres.
 */
export function fitPageScript(page: PageSpec): string {
  const height = page.heightMm === null ? `Math.min(${MAX_PAGE_MM}, Math.ceil(contentPx / ${CSS_PX_PER_MM}) + 2)` : String(page.heightMm)
  return `(async () => {
    await document.fonts.ready;
    const contentPx = Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height);
    const heightMm = ${height};
    const style = document.createElement('style');
    style.textContent = '@page { size: ${page.widthMm}mm ' + heightMm + 'mm; }';
    document.head.appendChild(style);
    return heightMm;
  })()`
}

export function mmToMicrons(mm: number): number {
  return Math.round(mm * 1000)
}

export function mmToInches(mm: number): number {
  return mm / 25.4
}
