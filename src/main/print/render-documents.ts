import type { PaperSize, PrintDocument, PrintableOrder, PrintSettings } from '../../shared/print'
import { receiptEscPos, slipEscPos } from './escpos/render-escpos'
import { PAPER_LAYOUTS } from './paper'
import { renderReceipt } from './templates/receipt'
import { renderSlip } from './templates/slip'

export function renderOrderHtml(order: PrintableOrder, document: PrintDocument, paper: PaperSize, reprint: boolean): Promise<string> {
  switch (document) {
    case 'receipt':
      return renderReceipt(order, { paper, reprint })
    case 'slip':
      return renderSlip(order, { paper, reprint })
    default: {
      const unknown: never = document
      throw new Error(`No template for ${String(unknown)}`)
    }
  }
}

export function renderOrderEscPos(
  order: PrintableOrder,
  document: PrintDocument,
  settings: Pick<PrintSettings, 'paper' | 'codePage'>,
  flags: { reprint: boolean; openDrawer: boolean }
): Uint8Array {
  const options = { columns: PAPER_LAYOUTS[settings.paper].escposColumns, codePage: settings.codePage, ...flags }
  switch (document) {
    case 'receipt':
      return receiptEscPos(order, options)
    case 'slip':
      return slipEscPos(order, options)
    default: {
      const unknown: never = document
      throw new Error(`No thermal layout for ${String(unknown)}`)
    }
  }
}
