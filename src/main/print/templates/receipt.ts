import { translatorFor } from '../../../shared/i18n/translator'
import type { PaperSize, PrintableOrder } from '../../../shared/print'
import {
  formatDateTime,
  formatDeduction,
  formatMoney,
  formatSigned,
  paymentRounding,
  unpaidText,
  formatQuantity,
  formatRate,
  kindLabel,
  lineTitle,
  paymentAmount,
  paymentLabel
} from '../format'
import { documentShell } from './document-shell'
import { html, type SafeHtml } from './html'
import { qrCodeSvg } from './qr'
import { SHOP_HEADER_CSS, shopHeader } from './shop-header'

export interface ReceiptOptions {
  paper: PaperSize
  /** A reprint is marked COPY so it cannot pass for a second sale. */
  reprint: boolean
}

/** The customer's receipt: lines, discounts, tax, total, payments and change. */
export async function renderReceipt(order: PrintableOrder, options: ReceiptOptions): Promise<string> {
  const qr = await qrCodeSvg(order.orderNumber)
  const body = options.paper === 'A4' ? a4Receipt(order, options, qr) : rollReceipt(order, options, qr)
  return documentShell({
    title: translatorFor(order.language)('print.receiptTitle', { number: order.orderNumber }),
    language: order.language,
    paper: options.paper,
    css: SHOP_HEADER_CSS + RECEIPT_CSS,
    body
  })
}

/** On a roll each line shows quantity x price, then its discount below, so the column adds up to the subtotal. */
function rollReceipt(order: PrintableOrder, options: ReceiptOptions, qr: SafeHtml): SafeHtml {
  const t = translatorFor(order.language)
  return html`${shopHeader(order.shop, 'center', order.language)}
<div class="rule"></div>
${orderFacts(order, options)}
<div class="rule"></div>
<div class="lines">
  ${order.lines.map(
    (line) => html`<div class="line">
    <div class="line-name">${lineTitle(line)}</div>
    <div class="amount-row"><span>${formatQuantity(line.quantity, order.locale)} × ${formatMoney(line.unitPrice, order)}</span><span class="num">${formatMoney(line.lineTotal + line.lineDiscount + (line.promotion?.discount ?? 0), order)}</span></div>
    ${line.lineDiscount > 0 ? html`<div class="amount-row line-discount"><span>${t('print.discount')}</span><span class="num">${formatDeduction(line.lineDiscount, order)}</span></div>` : ''}
    ${line.promotion ? html`<div class="amount-row line-discount line-promotion"><span>${line.promotion.name}</span><span class="num">${formatDeduction(line.promotion.discount, order)}</span></div>` : ''}
  </div>`
  )}
</div>
<div class="rule"></div>
${totals(order)}
<div class="rule"></div>
${payments(order)}
${notes(order)}
<div class="qr">${qr}</div>
${footer(order, 'center')}`
}

function a4Receipt(order: PrintableOrder, options: ReceiptOptions, qr: SafeHtml): SafeHtml {
  const t = translatorFor(order.language)
  return html`<div class="a4-head">
  ${shopHeader(order.shop, 'left', order.language)}
  <div class="a4-order">${orderFacts(order, options)}</div>
</div>
<div class="rule-solid"></div>
<table class="lines a4-lines">
  <thead><tr><th>${t('print.item')}</th><th>${t('print.sku')}</th><th class="num">${t('print.qty')}</th><th class="num">${t('print.unitPrice')}</th><th class="num">${t('print.discount')}</th><th class="num">${t('print.total')}</th></tr></thead>
  <tbody>
  ${order.lines.map(
    (line) => html`<tr>
    <td>${lineTitle(line)}${line.promotion ? html`<div class="line-promotion">${line.promotion.name}</div>` : ''}</td>
    <td class="sku">${line.sku}</td>
    <td class="num">${formatQuantity(line.quantity, order.locale)}</td>
    <td class="num">${formatMoney(line.unitPrice, order)}</td>
    <td class="num">${line.lineDiscount + (line.promotion?.discount ?? 0) > 0 ? formatDeduction(line.lineDiscount + (line.promotion?.discount ?? 0), order) : ''}</td>
    <td class="num">${formatMoney(line.lineTotal, order)}</td>
  </tr>`
  )}
  </tbody>
</table>
<div class="a4-foot">
  <div class="a4-qr"><div class="qr">${qr}</div>${notes(order)}</div>
  <div class="a4-sums">${totals(order)}<div class="rule"></div>${payments(order)}</div>
</div>
${footer(order, 'left')}`
}

function orderFacts(order: PrintableOrder, options: ReceiptOptions): SafeHtml {
  const t = translatorFor(order.language)
  return html`<div class="facts">
  <div class="doc-title">${t('print.receipt')} ${options.reprint ? html`<span class="copy-mark">${t('print.copy')}</span>` : ''}</div>
  <div class="order-number">${t('print.order', { number: order.orderNumber })}</div>
  <div>${formatDateTime(order.createdAt, order)}</div>
  <div>${kindLabel(order.kind, order.language)}${order.customerName ? html` · ${order.customerName}` : ''}</div>
  ${order.servedBy ? html`<div data-served-by>${t('print.servedBy', { name: order.servedBy })}</div>` : ''}
  ${order.kind === 'delivery' && order.deliveryAddress ? html`<div class="pre">${t('print.deliverTo', { address: order.deliveryAddress })}</div>` : ''}
</div>`
}

function totals(order: PrintableOrder): SafeHtml {
  const t = translatorFor(order.language)
  return html`<table class="totals">
  <tr><td>${t('print.subtotal')}</td><td class="num">${formatMoney(order.subtotal, order)}</td></tr>
  ${order.discounts > 0 ? html`<tr><td>${t('print.discounts')}</td><td class="num">${formatDeduction(order.discounts, order)}</td></tr>` : ''}
  <tr><td>${order.taxIncluded ? t('print.taxIncluded') : t('print.tax')}</td><td class="num">${formatMoney(order.tax, order)}</td></tr>
  <tr class="grand-total"><td>${t('print.total')}</td><td class="num">${formatMoney(order.total, order)}</td></tr>
</table>
${taxRates(order)}`
}

/** The summary per tax rate that VAT receipts and qualified invoices need: rate, net, tax, gross. */
function taxRates(order: PrintableOrder): SafeHtml | '' {
  const t = translatorFor(order.language)
  if (order.taxRates.length === 0) return ''
  return html`<table class="tax-rates" data-tax-rates>
  <thead><tr><th>${t('print.taxRate')}</th><th class="num">${t('print.net')}</th><th class="num">${t('print.tax')}</th><th class="num">${t('print.gross')}</th></tr></thead>
  <tbody>
  ${order.taxRates.map(
    (rate) =>
      html`<tr><td>${formatRate(rate.rateBp, order.locale)}</td><td class="num">${formatMoney(rate.net, order)}</td><td class="num">${formatMoney(rate.tax, order)}</td><td class="num">${formatMoney(rate.gross, order)}</td></tr>`
  )}
  </tbody>
</table>`
}

function payments(order: PrintableOrder): SafeHtml {
  const t = translatorFor(order.language)
  if (order.payments.length === 0) return html`<p class="unpaid">${unpaidText(order, order.language)}</p>`
  return html`<table class="payments">
  ${order.payments.map(
    (payment) => html`<tr><td>${paymentLabel(payment, order.language)}</td><td class="num">${paymentAmount(payment, order)}</td></tr>
  ${payment.rounding !== 0 ? html`<tr class="rounding"><td>${t('print.cashRounding')}</td><td class="num">${formatSigned(paymentRounding(payment), order)}</td></tr>` : ''}
  ${payment.tendered !== null ? html`<tr class="muted"><td>${t('print.tendered')}</td><td class="num">${formatMoney(payment.tendered, order)}</td></tr>` : ''}
  ${payment.change !== null ? html`<tr class="change"><td>${t('print.change')}</td><td class="num">${formatMoney(payment.change, order)}</td></tr>` : ''}`
  )}
</table>`
}

/** The shop's own footer, line by line as typed, or "Thank you!" when it has none. */
function footer(order: PrintableOrder, align: 'center' | 'left'): SafeHtml {
  return order.receiptFooter
    ? html`<p class="${align} thanks pre" data-receipt-footer>${order.receiptFooter}</p>`
    : html`<p class="${align} thanks">${translatorFor(order.language)('print.thanks')}</p>`
}

function notes(order: PrintableOrder): SafeHtml | '' {
  const t = translatorFor(order.language)
  return order.notes ? html`<div class="notes"><span class="bold">${t('print.note')}</span> <span class="pre">${order.notes}</span></div>` : ''
}

const RECEIPT_CSS = `
.doc-title { font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; }
.order-number { font-size: 1.5em; font-weight: 700; }
.line { padding-top: 1.2mm; }
.line-name { font-weight: 700; }
/* Quantity x price left, amount right; a very long amount wraps to its own line, still flush right. */
.amount-row { display: flex; flex-wrap: wrap; justify-content: space-between; column-gap: 2mm; }
.amount-row > .num { margin-inline-start: auto; }
.line-discount { font-size: 0.9em; }
.totals td { padding: 0.3mm 0; }
.grand-total td { font-size: 1.4em; font-weight: 700; padding-top: 1mm; }
.change td { font-weight: 700; }
.tax-rates { margin-top: 1.5mm; font-size: 0.85em; }
.tax-rates th { font-weight: 700; text-align: start; border-bottom: 1px solid #000; }
.tax-rates th.num { text-align: end; }
.tax-rates td, .tax-rates th { padding-block: 0.3mm; padding-inline: 1mm 0; }
.tax-rates td:first-child, .tax-rates th:first-child { padding-inline-start: 0; }
.notes { margin-top: 2mm; }
.thanks { margin-top: 3mm; }
.unpaid { font-weight: 700; }
.paper-a4 .a4-head { display: flex; justify-content: space-between; gap: 10mm; }
.paper-a4 .a4-order { text-align: end; }
.paper-a4 .order-number { font-size: 16pt; }
.paper-a4 .a4-lines th { border-bottom: 1px solid #000; padding: 1.5mm 2mm; font-weight: 700; }
.paper-a4 .a4-lines td { padding: 1.5mm 2mm; border-bottom: 1px solid #bbb; vertical-align: baseline; }
.paper-a4 .a4-lines .sku { font-size: 0.9em; }
.paper-a4 .a4-lines tr { break-inside: avoid; }
.paper-a4 .a4-foot { display: flex; justify-content: space-between; gap: 10mm; margin-top: 6mm; break-inside: avoid; }
.paper-a4 .a4-qr { flex: 1; }
.paper-a4 .a4-sums { width: 80mm; }
.paper-a4 .grand-total td { font-size: 14pt; }
`
