import type { Language } from '../../../shared/i18n/languages'
import { translatorFor } from '../../../shared/i18n/translator'
import type { ShopHeading } from '../../../shared/print'
import { html, type SafeHtml } from './html'

export function shopHeader(shop: ShopHeading, align: 'center' | 'left', language: Language = 'en'): SafeHtml {
  return html`<header class="shop ${align}">
  <div class="shop-name">${shop.name}</div>
  ${shop.address ? html`<div class="pre">${shop.address}</div>` : ''}
  ${shop.phone ? html`<div>${shop.phone}</div>` : ''}
  ${shop.taxNumber ? html`<div data-tax-number>${taxNumberLine(shop.taxNumber, language)}</div>` : ''}
</header>`
}

export const SHOP_HEADER_CSS = `
.shop-name { font-size: 1.45em; font-weight: 700; line-height: 1.15; margin-bottom: 0.5mm; }
.paper-a4 .shop-name { font-size: 18pt; }
`

/** How every receipt layout words the shop's tax number. */
export function taxNumberLine(taxNumber: string, language: Language = 'en'): string {
  return translatorFor(language)('print.taxNumber', { number: taxNumber })
}
