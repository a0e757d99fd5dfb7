import type { PaperSize, PrintableOrder } from '../../../shared/print'
import { formatDateTime, formatMoney } from '../format'
import { documentShell } from './document-shell'
import { html } from './html'
import { SHOP_HEADER_CSS, shopHeader } from './shop-header'

export interface TestPageFacts {
  shop: PrintableOrder['shop']
  printer: string
  paper: PaperSize
  printedAt: number
  money: Pick<PrintableOrder, 'currency' | 'currencyDigits' | 'locale' | 'timeZone'>
}

/** Proves the printer, the paper width, the fonts for every script and the money format at once. */
export function renderTestPage(facts: TestPageFacts): string {
  const body = html`${shopHeader(facts.shop, facts.paper === 'A4' ? 'left' : 'center')}
<div class="rule-solid"></div>
<div class="test-title">Test page</div>
<table class="test-facts">
  <tr><td>Printer</td><td class="num">${facts.printer}</td></tr>
  <tr><td>Paper</td><td class="num">${facts.paper}</td></tr>
  <tr><td>Printed</td><td class="num">${formatDateTime(facts.printedAt, facts.money)}</td></tr>
  <tr><td>Money</td><td class="num">${formatMoney(123456, facts.money)}</td></tr>
</table>
<div class="rule"></div>
<p>Café crème · Ångström · Straße</p>
<p>Москва · Αθήνα · 東京 · 서울</p>
<div class="rule"></div>
<p class="edges"><span>◀ left edge</span><span>right edge ▶</span></p>`
  // The test page checks the printer's edges and fonts for whoever sets it up: English, left to right.
  return documentShell({ title: 'Test page', language: 'en', paper: facts.paper, css: SHOP_HEADER_CSS + TEST_CSS, body })
}

const TEST_CSS = `
.test-title { font-size: 1.6em; font-weight: 800; margin-bottom: 1mm; }
.edges { display: flex; justify-content: space-between; font-weight: 700; }
`
