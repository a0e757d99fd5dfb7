import type { Language } from '../../shared/i18n/languages'
import { translatorFor } from '../../shared/i18n/translator'
import type { CodePage, PaperSize } from '../../shared/print'
import type { ZReport } from '../../shared/shifts'
import { ThermalDocument, thermalLanguage } from '../print/escpos/render-escpos'
import { thermalMoneyContext } from '../print/escpos/thermal-money'
import { fitsCodePage } from '../print/escpos/thermal-text'
import { documentShell } from '../print/templates/document-shell'
import { html } from '../print/templates/html'
import { SHOP_HEADER_CSS, shopHeader } from '../print/templates/shop-header'
import { zReportSections } from './z-layout'

/** The Z report as a page for a roll (58, 80 mm) or A4; a reprint is marked COPY and otherwise the same. */
export function renderZReportHtml(z: ZReport, options: { paper: PaperSize; reprint: boolean; language: Language }): string {
  const t = translatorFor(options.language)
  const sections = zReportSections(z, options.language)
  const body = html`${shopHeader(z.shop, options.paper === 'A4' ? 'left' : 'center', options.language)}
<div class="rule-solid"></div>
<div class="z-title">${t('z.title', { number: z.number })} ${options.reprint ? html`<span class="copy-mark">${t('print.copy')}</span>` : ''}</div>
<div class="z-sections">
${sections.map(
  (section) => html`<section class="z-section">
  <div class="z-heading">${section.title}</div>
  <table>${section.rows.map((row) =>
    row.text
      ? html`<tr><td colspan="2" class="z-text">${row.label}: ${row.value}</td></tr>`
      : html`<tr class="${row.strong ? 'bold' : ''}"><td>${row.label}</td><td class="num">${row.value}</td></tr>`
  )}</table>
</section>`
)}
</div>
<div class="rule"></div>
<p class="center muted">${t('z.end', { number: z.number })}</p>`
  return documentShell({ title: t('z.title', { number: z.number }), language: options.language, paper: options.paper, css: SHOP_HEADER_CSS + Z_CSS, body })
}

/** The same lines in ESC/POS text mode for a network thermal printer. */
export function renderZReportEscPos(z: ZReport, options: { columns: number; codePage: CodePage; reprint: boolean; language: Language }): Uint8Array {
  const language = thermalLanguage(options.language)
  const t = translatorFor(language)
  const sections = zReportSections({ ...z, ...thermalMoneyContext(z, options.codePage) }, language)
  const texts = [
    z.shop.name,
    ...z.shop.address.split('\n'),
    z.shop.phone,
    ...sections.flatMap((section) => [section.title, ...section.rows.flatMap((row) => [row.label, row.value])])
  ]
  const doc = new ThermalDocument(options.columns, options.codePage, fitsCodePage(texts, options.codePage))
  doc.line(z.shop.name, { bold: true, tall: true, align: 'center' })
  if (z.shop.address) for (const line of z.shop.address.split('\n')) doc.line(line, { align: 'center' })
  if (z.shop.phone) doc.line(z.shop.phone, { align: 'center' })
  doc.rule()
  doc.line(t('z.title', { number: z.number }).toLocaleUpperCase(language), { bold: true, tall: true, align: 'center' })
  if (options.reprint) doc.line(` ${t('print.copy')} `, { inverse: true, bold: true, align: 'center' })
  for (const section of sections) {
    doc.rule()
    doc.line(section.title.toLocaleUpperCase(language), { bold: true })
    for (const row of section.rows) {
      if (row.text) doc.line(`${row.label}: ${row.value}`)
      else for (const line of pairLines(row.label, row.value, options.columns)) doc.line(line, { bold: row.strong })
    }
  }
  doc.rule()
  doc.line(t('z.end', { number: z.number }), { align: 'center' })
  return doc.finish(false)
}

/**
 * Label left, amount flush right, padded by hand: the encoder's table layout costs milliseconds a
 * row, and a Z has fifty. A pair too long for one line puts the amount on the next.
 */
function pairLines(label: string, value: string, columns: number): string[] {
  if (label.length + 1 + value.length <= columns) return [label + ' '.repeat(columns - label.length - value.length) + value]
  return [label, value.padStart(columns)]
}

const Z_CSS = `
.z-title { font-size: 1.4em; font-weight: 700; text-transform: uppercase; margin: 1mm 0 2mm; }
.z-section { margin-top: 2mm; break-inside: avoid; }
.z-heading { font-weight: 700; text-transform: uppercase; border-bottom: 1px solid #000; margin-bottom: 0.5mm; }
.z-section td { padding: 0.2mm 0; }
.z-text { white-space: pre-line; }
.paper-a4 .z-sections { columns: 2; column-gap: 12mm; }
.paper-a4 .z-title { font-size: 16pt; }
`
