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

const METHOD_LABELS: Record<string, string> = { cash: 'Cash', card: 'Card', other: 'Other' }

function percent(rateBp: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rateBp / 100)}%`
}

/**
 * The Z report as sections of label and value, formatted once from the stored report: the HTML
 * pages (58, 80 mm, A4) and the ESC/POS text both print exactly these lines, first print or copy.
 */
export function zReportSections(z: ZReport): ReportSection[] {
  const money = (amount: number) => formatMoney(amount, z)
  const when = (at: number) => formatDateTime(at, z)
  const signed = (amount: number) => (amount > 0 ? `+${money(amount)}` : money(amount))
  return [
    {
      title: 'Shift',
      rows: [
        { label: 'Opened', value: when(z.openedAt) },
        { label: 'Opened by', value: z.openedBy.name },
        { label: 'Closed', value: when(z.closedAt) },
        { label: 'Closed by', value: z.closedBy.name },
        ...(z.closeApprovedBy ? [{ label: 'Approved by', value: z.closeApprovedBy.name }] : []),
        { label: 'Orders', value: z.firstOrderNumber ? `${z.firstOrderNumber} – ${z.lastOrderNumber}` : 'none' }
      ]
    },
    {
      title: 'Sales',
      rows: [
        { label: 'Sales', value: String(z.salesCount) },
        { label: 'Gross', value: money(z.gross) },
        { label: 'Discounts', value: money(-z.discounts) },
        { label: 'Sales total', value: money(z.salesTotal) },
        { label: `Cancellations (${z.cancellations.count})`, value: money(-z.cancellations.total) },
        { label: 'Returns', value: money(-z.returns) },
        { label: 'Net sales', value: money(z.net), strong: true }
      ]
    },
    {
      title: z.taxIncluded ? 'Tax by rate (included)' : 'Tax by rate',
      rows: z.taxRates.length
        ? z.taxRates.flatMap((rate) => [
            { label: `${percent(rate.rateBp, z.locale)} net`, value: money(rate.net) },
            { label: `${percent(rate.rateBp, z.locale)} tax`, value: money(rate.tax) },
            { label: `${percent(rate.rateBp, z.locale)} gross`, value: money(rate.gross), strong: true }
          ])
        : [{ label: 'No taxed sales', value: '' }]
    },
    {
      title: 'Payments',
      rows: z.methods.length
        ? z.methods.flatMap((method) => {
            const name = METHOD_LABELS[method.method] ?? method.method
            return [
              { label: `${name} (${method.payments})`, value: money(method.paid) },
              ...(method.refunds ? [{ label: `${name} refunds (${method.refunds})`, value: money(-method.refunded) }] : [])
            ]
          })
        : [{ label: 'No payments', value: '' }]
    },
    {
      title: 'Cash',
      rows: [
        { label: 'Float', value: money(z.cash.float) },
        { label: 'Cash sales', value: money(z.cash.cashSales) },
        { label: 'Cash refunds', value: money(-z.cash.cashRefunds) },
        { label: 'Cash rounding', value: signed(z.cash.rounding ?? 0) },
        { label: 'Paid in', value: money(z.cash.paidIn) },
        { label: 'Paid out', value: money(-z.cash.paidOut) },
        { label: 'Expected', value: money(z.cash.expected), strong: true },
        { label: 'Counted', value: money(z.counted.total), strong: true },
        { label: z.overShort >= 0 ? 'Over' : 'Short', value: signed(z.overShort), strong: true },
        ...(z.reason ? [{ label: 'Reason', value: z.reason, text: true }] : []),
        ...(z.counts.length > 1 ? [{ label: 'Counts', value: z.counts.map((count) => money(count.counted)).join(', '), text: true }] : []),
        { label: 'No sale', value: String(z.noSales) }
      ]
    },
    {
      title: 'Grand total',
      rows: [
        { label: 'Before this Z', value: money(z.grandTotalBefore) },
        { label: 'Grand total', value: money(z.grandTotal), strong: true },
        ...(z.salesChainHash ? [{ label: 'Sales chain', value: z.salesChainHash.slice(0, 16) }] : [])
      ]
    }
  ]
}
