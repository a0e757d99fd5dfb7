import type { CodePage, PaperSize } from '../../shared/print'
import type { CashMovement } from '../../shared/shifts'
import { translatorFor } from '../../shared/i18n/translator'
import type { ShopSettings } from '../../shared/settings'
import { ThermalDocument, thermalLanguage } from '../print/escpos/render-escpos'
import { formatThermalMoney } from '../print/escpos/thermal-money'
import { formatDateTime, formatMoney } from '../print/format'
import type { RenderedPage } from '../print/print-service'
import { documentShell } from '../print/templates/document-shell'
import { html } from '../print/templates/html'
import { SHOP_HEADER_CSS, shopHeader } from '../print/templates/shop-header'

const TITLE_KEYS = { paid_in: 'z.paidIn', paid_out: 'z.paidOut', no_sale: 'z.noSale' } as const

/** The small slip a paid in, paid out or no sale leaves in the drawer. */
export function cashSlip(movement: CashMovement, settings: ShopSettings): RenderedPage {
  const language = settings.receiptLanguage
  const shop = settings
  const title = translatorFor(language)(TITLE_KEYS[movement.kind])
  const amount = movement.kind === 'no_sale' ? '' : formatMoney(movement.amount, shop)
  const when = formatDateTime(movement.at, { ...shop, language })
  const shopFacts = { name: shop.shopName, address: shop.address, phone: shop.phone }
  return {
    html: (paper: PaperSize) =>
      documentShell({
        title,
        language,
        paper,
        css: SHOP_HEADER_CSS + '.slip-title { font-size: 1.4em; font-weight: 700; margin-top: 2mm; }',
        body: html`${shopHeader(shopFacts, 'center', language)}
<div class="rule"></div>
<div class="slip-title">${title} ${amount}</div>
${movement.reason ? html`<div class="pre">${movement.reason}</div>` : ''}
<div>${when} · ${movement.by.name}</div>`
      }),
    escpos: (options: { columns: number; codePage: CodePage }) => {
      const doc = new ThermalDocument(options.columns, options.codePage)
      doc.line(shop.shopName, { bold: true, align: 'center' }).rule()
      const thermal = thermalLanguage(language)
      const thermalAmount = movement.kind === 'no_sale' ? '' : formatThermalMoney(movement.amount, shop, options.codePage)
      doc.pair(translatorFor(thermal)(TITLE_KEYS[movement.kind]).toLocaleUpperCase(thermal), thermalAmount, { bold: true })
      if (movement.reason) doc.line(movement.reason)
      doc.line(`${when} ${movement.by.name}`)
      return doc.finish(false)
    }
  }
}
