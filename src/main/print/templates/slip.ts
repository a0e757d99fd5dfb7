import { translatorFor } from '../../../shared/i18n/translator'
import type { PaperSize, PrintableOrder } from '../../../shared/print'
import { formatDateTime, formatQuantity, itemsOnLines, kindLabel } from '../format'
import { documentShell } from './document-shell'
import { html, type SafeHtml } from './html'
import { qrCodeSvg } from './qr'
import { SHOP_HEADER_CSS, shopHeader } from './shop-header'

export interface SlipOptions {
  paper: PaperSize
  reprint: boolean
}

/**
 * The order slip for whoever picks, packs or prepares the order: big order number, what to put
 * in the bag and where it goes. No prices, on purpose.
 */
export async function renderSlip(order: PrintableOrder, options: SlipOptions): Promise<string> {
  const t = translatorFor(order.language)
  const qr = await qrCodeSvg(order.orderNumber)
  const body = html`${shopHeader(order.shop, options.paper === 'A4' ? 'left' : 'center', order.language)}
<div class="rule-solid"></div>
<div class="slip-head">
  <div class="slip-facts">
    <div class="doc-title">${t('print.slip')} ${options.reprint ? html`<span class="copy-mark">${t('print.copy')}</span>` : ''}</div>
    <div class="slip-number">${order.orderNumber}</div>
    <div class="slip-kind"><span class="inverse">${kindLabel(order.kind, order.language).toLocaleUpperCase(order.language)}</span></div>
    <div>${formatDateTime(order.createdAt, order)}</div>
    ${order.customerName ? html`<div class="slip-customer">${order.customerName}</div>` : ''}
    ${order.kind === 'delivery' && order.deliveryAddress ? html`<div class="slip-address pre">${order.deliveryAddress}</div>` : ''}
  </div>
  ${options.paper === 'A4' ? html`<div class="qr">${qr}</div>` : ''}
</div>
${order.notes ? html`<div class="slip-notes"><div class="bold">${t('print.noteCaps')}</div><div class="pre">${order.notes}</div></div>` : ''}
<div class="rule-solid"></div>
<table class="slip-lines">
  ${order.lines.map(
    (line) => html`<tr>
    <td class="tick"><span class="box"></span></td>
    <td class="qty">${formatQuantity(line.quantity, order.locale)}&nbsp;×</td>
    <td class="item">
      <div class="item-name">${line.name}</div>
      ${line.variantLabel ? html`<div class="item-variant">${line.variantLabel}</div>` : ''}
      <div class="item-sku">${line.sku}</div>
    </td>
  </tr>`
  )}
</table>
<div class="rule-solid"></div>
<div class="slip-count">${itemCount(order)}</div>
${options.paper === 'A4' ? '' : html`<div class="qr">${qr}</div>`}`
  return documentShell({
    title: t('print.slipTitle', { number: order.orderNumber }),
    language: order.language,
    paper: options.paper,
    css: SHOP_HEADER_CSS + SLIP_CSS,
    body
  })
}

function itemCount(order: PrintableOrder): SafeHtml {
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0)
  const lines = order.lines.length
  return html`${itemsOnLines(order, units, lines)}`
}

const SLIP_CSS = `
.doc-title { font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; }
.slip-number { font-size: 2.6em; font-weight: 800; line-height: 1.1; letter-spacing: 0.02em; }
.slip-kind { font-size: 1.3em; margin: 1mm 0; }
.slip-customer { font-size: 1.3em; font-weight: 700; }
.slip-address { font-size: 1.15em; font-weight: 700; margin-top: 0.5mm; }
.slip-notes { border: 2px solid #000; padding: 1.5mm 2mm; margin-top: 2mm; font-size: 1.15em; }
.slip-lines td { padding: 1.6mm 0; border-bottom: 1px dashed #000; }
.slip-lines tr:last-child td { border-bottom: none; }
.slip-lines .tick { width: 5mm; padding-inline-end: 1.5mm; }
.slip-lines .box { display: inline-block; width: 3.5mm; height: 3.5mm; border: 1.5px solid #000; margin-top: 1mm; }
.slip-lines .qty { font-size: 1.5em; font-weight: 800; white-space: nowrap; padding-inline-end: 2mm; width: 1%; }
.slip-lines .item-name { font-size: 1.35em; font-weight: 700; line-height: 1.2; }
.slip-lines .item-variant { font-size: 1.15em; }
.slip-lines .item-sku { font-size: 0.9em; }
.slip-count { font-weight: 700; }
.paper-a4 .slip-head { display: flex; justify-content: space-between; gap: 10mm; }
.paper-a4 .slip-number { font-size: 40pt; }
.paper-a4 .slip-lines { font-size: 13pt; }
.paper-a4 .slip-lines .box { width: 5mm; height: 5mm; }
.paper-a4 .slip-lines .tick { width: 8mm; }
.paper-a4 .slip-lines tr { break-inside: avoid; }
`
