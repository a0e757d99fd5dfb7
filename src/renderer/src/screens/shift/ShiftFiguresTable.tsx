import type { ShiftFigures } from '../../../../shared/shifts'
import { useFormatMoney } from '../../components/Money'
import { useShopSettings } from '../../stores/settings-store'

const METHODS: Record<string, string> = { cash: 'Cash', card: 'Card', other: 'Other' }

/** What a shift holds, block by block, as the X report shows it and the Z prints it. */
export function ShiftFiguresTable({ figures, testId }: { figures: ShiftFigures; testId: string }) {
  const money = useFormatMoney()
  const { locale } = useShopSettings()
  const rate = (bp: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bp / 100)}%`
  const row = (label: string, value: string, id?: string, strong = false) => (
    <tr className={strong ? 'shift-figures__strong' : undefined}>
      <th scope="row">{label}</th>
      <td className="num" data-testid={id ? `${testId}-${id}` : undefined}>
        {value}
      </td>
    </tr>
  )
  return (
    <div className="shift-figures" data-testid={testId}>
      <section className="card">
        <h3>Sales</h3>
        <table>
          <tbody>
            {row('Orders', figures.firstOrderNumber ? `${figures.firstOrderNumber} – ${figures.lastOrderNumber}` : 'none')}
            {row('Sales', String(figures.salesCount), 'sales')}
            {row('Gross', money(figures.gross))}
            {row('Discounts', money(-figures.discounts))}
            {row('Sales total', money(figures.salesTotal))}
            {row(`Cancellations (${figures.cancellations.count})`, money(-figures.cancellations.total))}
            {row('Returns', money(-figures.returns))}
            {row('Net sales', money(figures.net), 'net', true)}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h3>Tax by rate</h3>
        <table>
          <thead>
            <tr>
              <th>Rate</th>
              <th className="num">Net</th>
              <th className="num">Tax</th>
              <th className="num">Gross</th>
            </tr>
          </thead>
          <tbody>
            {figures.taxRates.map((r) => (
              <tr key={r.rateBp}>
                <th scope="row">{rate(r.rateBp)}</th>
                <td className="num">{money(r.net)}</td>
                <td className="num">{money(r.tax)}</td>
                <td className="num">{money(r.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h3>Payments</h3>
        <p className="muted">Compare card with the terminal's own end-of-day slip.</p>
        <table>
          <tbody>
            {figures.methods.map((m) => (
              <tr key={m.method}>
                <th scope="row">
                  {METHODS[m.method] ?? m.method} ({m.payments}
                  {m.refunds ? `, ${m.refunds} refunded` : ''})
                </th>
                <td className="num" data-testid={`${testId}-method-${m.method}`}>
                  {money(m.paid - m.refunded)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h3>Cash</h3>
        <table>
          <tbody>
            {row('Float', money(figures.cash.float))}
            {row('Cash sales', money(figures.cash.cashSales), 'cash-sales')}
            {row('Cash refunds', money(-figures.cash.cashRefunds))}
            {row('Cash rounding', money(figures.cash.rounding ?? 0), 'cash-rounding')}
            {row('Paid in', money(figures.cash.paidIn))}
            {row('Paid out', money(-figures.cash.paidOut), 'paid-out')}
            {row('Expected in the drawer', money(figures.cash.expected), 'expected', true)}
            {row('No sale', String(figures.noSales))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
