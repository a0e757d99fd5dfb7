import type ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { directionOf, type Language } from '../../../shared/i18n/languages'
import { translatorFor } from '../../../shared/i18n/translator'
import type { CodePage, PrintableOrder, ShopHeading } from '../../../shared/print'
import {
  formatDateTime,
  formatDeduction,
  formatMoney,
  formatQuantity,
  formatRate,
  formatSigned,
  itemsOnLines,
  kindLabel,
  lineTitle,
  paymentAmount,
  paymentLabel,
  paymentRounding,
  unpaidText
} from '../format'
import { taxNumberLine } from '../templates/shop-header'
import type { TestPageFacts } from '../templates/test-page'
import { DOTS_PER_COLUMN, rasterCommands, rasterLine, rasterPair, type RasterImage } from './raster-text'
import { thermalMoneyContext } from './thermal-money'
import { createThermalEncoder, printsAsText, thermalText } from './thermal-text'

export interface EscPosOptions {
  columns: number
  codePage: CodePage
  reprint: boolean
  /** Pulse the cash drawer wired to the printer (pin 2) once the paper is out. */
  openDrawer: boolean
}

/** Wraps the encoder so every piece of text goes through `thermalText` on its way to the printer. */
export class ThermalDocument {
  readonly encoder: ReceiptPrinterEncoder
  constructor(
    readonly columns: number,
    codePage: CodePage,
    fixedCodePage = false
  ) {
    this.encoder = createThermalEncoder({ columns, codePage, fixedCodePage })
  }
  line(text: string, style: { bold?: boolean; tall?: boolean; wide?: boolean; align?: 'left' | 'center' | 'right'; inverse?: boolean } = {}): this {
    const plain = thermalText(text)
    if (!printsAsText(plain)) return this.image(rasterLine(plain, this.widthDots, style))
    const e = this.encoder
    e.align(style.align ?? 'left')
    if (style.bold) e.bold(true)
    if (style.tall || style.wide) e.size(style.wide ? 2 : 1, style.tall ? 2 : 1)
    if (style.inverse) e.invert(true)
    e.line(plain)
    if (style.inverse) e.invert(false)
    if (style.tall || style.wide) e.size(1, 1)
    if (style.bold) e.bold(false)
    e.align('left')
    return this
  }
  /** Text on the left, an amount flush right, on one line (the text wraps if it must). */
  pair(left: string, right: string, style: { bold?: boolean } = {}): this {
    if (!printsAsText(thermalText(left)) || !printsAsText(thermalText(right)))
      return this.image(rasterPair(thermalText(left), thermalText(right), this.widthDots, style))
    const rightWidth = Math.min(this.columns - 8, Math.max(right.length, 10))
    const cell = (text: string) => (style.bold ? (e: ReceiptPrinterEncoder) => e.bold(true).text(thermalText(text)).bold(false) : thermalText(text))
    this.encoder.table(
      [
        { width: this.columns - rightWidth - 1, marginRight: 1, align: 'left' },
        { width: rightWidth, align: 'right' }
      ],
      [[cell(left), cell(right)]]
    )
    return this
  }
  private get widthDots(): number {
    return this.columns * DOTS_PER_COLUMN
  }
  private image(image: RasterImage): this {
    this.encoder.raw(rasterCommands(image))
    return this
  }
  rule(): this {
    this.encoder.line('-'.repeat(this.columns))
    return this
  }
  gap(): this {
    this.encoder.newline()
    return this
  }
  qr(value: string): this {
    this.encoder
      .align('center')
      .qrcode(value, { model: 2, size: this.columns > 32 ? 6 : 5, errorlevel: 'm' })
      .align('left')
    return this
  }
  finish(openDrawer: boolean): Uint8Array {
    if (openDrawer) this.encoder.pulse()
    return this.encoder.cut('partial').encode()
  }
}

/**
 * The language of a thermal printout's words. ESC/POS text mode prints characters left to right in
 * the order sent, with no shaping, so Arabic would come out reversed and unjoined: a right-to-left
 * receipt language prints its thermal text in English (the HTML layouts print it right to left).
 */
export function thermalLanguage(language: Language): Language {
  return directionOf(language) === 'rtl' ? 'en' : language
}

function shopHeader(doc: ThermalDocument, shop: ShopHeading, language: Language): void {
  doc.line(shop.name, { bold: true, tall: true, align: 'center' })
  for (const part of shop.address.split('\n').filter(Boolean)) doc.line(part, { align: 'center' })
  if (shop.phone) doc.line(shop.phone, { align: 'center' })
  if (shop.taxNumber) doc.line(taxNumberLine(shop.taxNumber, language), { align: 'center' })
  doc.rule()
}

function orderFacts(doc: ThermalDocument, order: PrintableOrder, language: Language): void {
  const t = translatorFor(language)
  doc.line(formatDateTime(order.createdAt, { ...order, language }))
  const kind = kindLabel(order.kind, language)
  doc.line(order.customerName ? `${kind} - ${order.customerName}` : kind)
  if (order.kind === 'delivery' && order.deliveryAddress) doc.line(t('print.deliverTo', { address: order.deliveryAddress.replace(/\n+/g, ', ') }))
  if (order.servedBy) doc.line(t('print.servedBy', { name: order.servedBy }))
}

export function receiptEscPos(printable: PrintableOrder, options: EscPosOptions): Uint8Array {
  const order = { ...printable, ...thermalMoneyContext(printable, options.codePage) }
  const language = thermalLanguage(order.language)
  const t = translatorFor(language)
  const doc = new ThermalDocument(options.columns, options.codePage)
  shopHeader(doc, order.shop, language)
  doc.line(options.reprint ? t('print.receiptCopyCaps') : t('print.receiptCaps'), { bold: true })
  doc.line(t('print.order', { number: order.orderNumber }), { bold: true, tall: true })
  orderFacts(doc, order, language)
  doc.rule()
  for (const line of order.lines) {
    doc.line(lineTitle(line), { bold: true })
    doc.pair(
      `  ${formatQuantity(line.quantity, order.locale)} x ${formatMoney(line.unitPrice, order)}`,
      formatMoney(line.lineTotal + line.lineDiscount + (line.promotion?.discount ?? 0), order)
    )
    if (line.lineDiscount > 0) doc.pair(`  ${t('print.discount')}`, formatDeduction(line.lineDiscount, order))
    if (line.promotion) doc.pair(`  ${line.promotion.name}`, formatDeduction(line.promotion.discount, order))
  }
  doc.rule()
  doc.pair(t('print.subtotal'), formatMoney(order.subtotal, order))
  if (order.discounts > 0) doc.pair(t('print.discounts'), formatDeduction(order.discounts, order))
  doc.pair(order.taxIncluded ? t('print.taxIncluded') : t('print.tax'), formatMoney(order.tax, order))
  doc.encoder.size(1, 2)
  doc.pair(t('print.totalCaps'), formatMoney(order.total, order), { bold: true })
  doc.encoder.size(1, 1)
  if (order.taxRates.length > 0) {
    // Per rate on two lines, so it fits 32 columns: the rate and its gross, then net and tax.
    doc.gap().line(t('print.taxRateHeading'), { bold: true })
    for (const rate of order.taxRates) {
      doc.pair(formatRate(rate.rateBp, order.locale), formatMoney(rate.gross, order))
      doc.pair(`  ${t('print.netAmount', { amount: formatMoney(rate.net, order) })}`, t('print.taxAmount', { amount: formatMoney(rate.tax, order) }))
    }
  }
  doc.rule()
  if (order.payments.length === 0) doc.line(unpaidText(order, language), { bold: true })
  for (const payment of order.payments) {
    doc.pair(paymentLabel(payment, language), paymentAmount(payment, order))
    if (payment.rounding !== 0) doc.pair(`  ${t('print.cashRounding')}`, formatSigned(paymentRounding(payment), order))
    if (payment.tendered !== null) doc.pair(`  ${t('print.tendered')}`, formatMoney(payment.tendered, order))
    if (payment.change !== null) doc.pair(`  ${t('print.change')}`, formatMoney(payment.change, order), { bold: true })
  }
  if (order.notes) doc.gap().line(`${t('print.note')} ${order.notes}`)
  doc.gap().qr(order.orderNumber).gap()
  // The footer's blank lines are kept: a shop spaces its return policy from its thank-you line.
  for (const part of (order.receiptFooter || t('print.thanks')).split(/\r?\n/)) doc.line(part, { align: 'center' })
  return doc.finish(options.openDrawer)
}

export function slipEscPos(printable: PrintableOrder, options: EscPosOptions): Uint8Array {
  const order = { ...printable, ...thermalMoneyContext(printable, options.codePage) }
  const language = thermalLanguage(order.language)
  const t = translatorFor(language)
  const doc = new ThermalDocument(options.columns, options.codePage)
  shopHeader(doc, order.shop, language)
  doc.line(options.reprint ? t('print.slipCopyCaps') : t('print.slipCaps'), { bold: true })
  doc.line(order.orderNumber, { bold: true, tall: true, wide: true })
  doc.line(` ${kindLabel(order.kind, language).toLocaleUpperCase(language)} `, { bold: true, tall: true, inverse: true })
  doc.line(formatDateTime(order.createdAt, { ...order, language }))
  if (order.customerName) doc.line(order.customerName, { bold: true, tall: true })
  if (order.kind === 'delivery' && order.deliveryAddress) {
    for (const part of order.deliveryAddress.split('\n').filter(Boolean)) doc.line(part, { bold: true })
  }
  if (order.notes) doc.rule().line(t('print.noteCaps'), { bold: true }).line(order.notes)
  doc.rule()
  for (const line of order.lines) {
    doc.line(`[ ] ${formatQuantity(line.quantity, order.locale)} x ${line.name}`, { bold: true, tall: true })
    if (line.variantLabel) doc.line(`      ${line.variantLabel}`)
    doc.line(`      ${line.sku}`)
  }
  doc.rule()
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0)
  doc.line(itemsOnLines({ language, locale: order.locale }, units, order.lines.length), { bold: true })
  doc.gap().qr(order.orderNumber)
  return doc.finish(options.openDrawer)
}

export function testPageEscPos(facts: TestPageFacts, options: Pick<EscPosOptions, 'columns' | 'codePage'>): Uint8Array {
  const doc = new ThermalDocument(options.columns, options.codePage)
  shopHeader(doc, facts.shop, 'en')
  doc.line('TEST PAGE', { bold: true, tall: true })
  doc.pair('Printer', facts.printer)
  doc.pair('Paper', `${facts.paper}, ${options.columns} columns`)
  doc.pair('Code page', options.codePage)
  const money = { ...facts.money, ...thermalMoneyContext(facts.money, options.codePage) }
  doc.pair('Printed', formatDateTime(facts.printedAt, money))
  doc.pair('Money', formatMoney(123456, money))
  doc.rule()
  doc.line('Café crème · Ångström · Straße')
  doc.line('Москва · Αθήνα')
  doc.rule()
  doc.line('1234567890'.repeat(Math.ceil(options.columns / 10)).slice(0, options.columns))
  return doc.finish(false)
}

/** Only the drawer: for a cash sale when nothing is set to print after checkout. */
export function drawerKickEscPos(): Uint8Array {
  const doc = new ThermalDocument(32, 'cp437')
  doc.encoder.pulse()
  return doc.encoder.encode()
}
