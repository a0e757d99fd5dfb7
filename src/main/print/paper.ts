import type { PaperSize } from '../../shared/print'
import type { PageSpec } from './print-backend'

export interface PaperLayout {
  paper: PaperSize
  page: PageSpec
  /** Printable width: thermal heads do not reach the paper's edges. */
  contentWidthMm: number
  /** Characters per line of a thermal printer's standard font (font A). */
  escposColumns: number
}

export const PAPER_LAYOUTS: Record<PaperSize, PaperLayout> = {
  '58mm': { paper: '58mm', page: { widthMm: 58, heightMm: null }, contentWidthMm: 48, escposColumns: 32 },
  '80mm': { paper: '80mm', page: { widthMm: 80, heightMm: null }, contentWidthMm: 72, escposColumns: 48 },
  A4: { paper: 'A4', page: { widthMm: 210, heightMm: 297 }, contentWidthMm: 180, escposColumns: 48 }
}
