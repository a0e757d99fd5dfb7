import type { Language } from '../../shared/i18n/languages'
import { translatorFor } from '../../shared/i18n/translator'
import type { ZReport } from '../../shared/shifts'
import { formatDateTime, formatMoney } from '../print/format'

export interface ReportRow {
  label: string
  value: string
  strong?: boolean
  /** Free text (a reason): printed on its own line under its label, not squeezed into the amount column. */
  text?: boolean
}

export interface ReportSection {
  title: string
  rows: ReportRow[]
}

const Z_METHODS = ['cash', 'card', 'other'] as const
const isZMethod = (method: string): method is (typeof Z_METHODS)[number] => (Z_METHODS as readonly string[]).includes(method)

function percent(rateBp: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rateBp / 100)}%`
}

/**
 * The Z report as sections of label and value, formatted once from the stored report: the HTML
 * pages (58, 80 mm, A4) and the ESC/POS text both print exactly these lines, first print or copy.
 */
export function zReportSections(stored: ZReport, language: Language): ReportSection[] {
  // Printed in the shop's receipt language as it is now; amounts in the locale stored with the report.
  const z = stored
  const t = translatorFor(language)
  const money = (amount: number) => formatMoney(amount, z)
  const when = (at: number) => formatDateTime(at, { ...z, language })
  const signed = (amount: number) => (amount > 0 ? `+${money(amount)}` : money(amount))
  return [
    {
      title: t('z.shift'),
      rows: [
        { label: t('z.opened'), value: when(z.openedAt) },
        { label: t('z.openedBy'), value: z.openedBy.name },
        { label: t('z.closed'), value: when(z.closedAt) },
        { label: t('z.closedBy'), value: z.closedBy.name },
        ...(z.closeApprovedBy ? [{ label: t('z.approvedBy'), value: z.closeApprovedBy.name }] : []),
        { label: t('z.orders'), value: z.firstOrderNumber ? `${z.firstOrderNumber} – ${z.lastOrderNumber}` : t('z.none') }
      ]
    },
    {
      title: t('z.sales'),
      rows: [
        { label: t('z.sales'), value: String(z.salesCount) },
        { label: t('z.gross'), value: money(z.gross) },
        { label: t('z.discounts'), value: money(-z.discounts) },
        { label: t('z.salesTotal'), value: money(z.salesTotal) },
        { label: t('z.cancellations', { count: z.cancellations.count }), value: money(-z.cancellations.total) },
        { label: t('z.returns'), value: money(-z.returns) },
        { label: t('z.netSales'), value: money(z.net), strong: true }
      ]
    },
    {
      title: z.taxIncluded ? t('z.taxByRateIncluded') : t('z.taxByRate'),
      rows: z.taxRates.length
        ? z.taxRates.flatMap((rate) => [
            { label: t('z.rateNet', { rate: percent(rate.rateBp, z.locale) }), value: money(rate.net) },
            { label: t('z.rateTax', { rate: percent(rate.rateBp, z.locale) }), value: money(rate.tax) },
            { label: t('z.rateGross', { rate: percent(rate.rateBp, z.locale) }), value: money(rate.gross), strong: true }
          ])
        : [{ label: t('z.noTaxedSales'), value: '' }]
    },
    {
      title: t('z.payments'),
      rows: z.methods.length
        ? z.methods.flatMap((method) => {
            const name = isZMethod(method.method) ? t(`z.method.${method.method}`) : method.method
            return [
              { label: t('z.methodCount', { method: name, count: method.payments }), value: money(method.paid) },
              ...(method.refunds ? [{ label: t('z.methodRefunds', { method: name, count: method.refunds }), value: money(-method.refunded) }] : [])
            ]
          })
        : [{ label: t('z.noPayments'), value: '' }]
    },
    {
      title: t('z.cash'),
      rows: [
        { label: t('z.float'), value: money(z.cash.float) },
        { label: t('z.cashSales'), value: money(z.cash.cashSales) },
        { label: t('z.cashRefunds'), value: money(-z.cash.cashRefunds) },
        { label: t('print.cashRounding'), value: signed(z.cash.rounding ?? 0) },
        { label: t('z.paidIn'), value: money(z.cash.paidIn) },
        { label: t('z.paidOut'), value: money(-z.cash.paidOut) },
        { label: t('z.expected'), value: money(z.cash.expected), strong: true },
        { label: t('z.counted'), value: money(z.counted.total), strong: true },
        { label: z.overShort >= 0 ? t('z.over') : t('z.short'), value: signed(z.overShort), strong: true },
        ...(z.reason ? [{ label: t('z.reason'), value: z.reason, text: true }] : []),
        ...(z.counts.length > 1 ? [{ label: t('z.counts'), value: z.counts.map((count) => money(count.counted)).join(', '), text: true }] : []),
        { label: t('z.noSale'), value: String(z.noSales) }
      ]
    },
    {
      title: t('z.grandTotal'),
      rows: [
        { label: t('z.beforeThis'), value: money(z.grandTotalBefore) },
        { label: t('z.grandTotal'), value: money(z.grandTotal), strong: true },
        ...(z.salesChainHash ? [{ label: t('z.salesChain'), value: z.salesChainHash.slice(0, 16) }] : [])
      ]
    }
  ]
}
