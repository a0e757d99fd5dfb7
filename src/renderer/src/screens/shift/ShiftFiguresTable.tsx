import type { ShiftFigures } from '../../../../shared/shifts'
import { useFormatMoney } from '../../components/Money'
import { useShopSettings } from '../../stores/settings-store'
import { useTranslation } from 'react-i18next'

const METHODS = ['cash', 'card', 'other'] as const
const isMethod = (method: string): method is (typeof METHODS)[number] => (METHODS as readonly string[]).includes(method)

/** What a shift holds, block by block, as the X report shows it and the Z prints it. */
export function ShiftFiguresTable({ figures, testId }: { figures: ShiftFigures; testId: string }) {
  const { t } = useTranslation()
  const money = useFormatMoney()
  const methodName = (method: string) => (isMethod(method) ? t(`z.method.${method}`) : method)
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
        <h3>{t('z.sales')}</h3>
        <table>
          <tbody>
            {row(t('z.orders'), figures.firstOrderNumber ? `${figures.firstOrderNumber} – ${figures.lastOrderNumber}` : t('z.none'))}
            {row(t('z.sales'), String(figures.salesCount), 'sales')}
            {row(t('z.gross'), money(figures.gross))}
            {row(t('z.discounts'), money(-figures.discounts))}
            {row(t('z.salesTotal'), money(figures.salesTotal))}
            {row(t('z.cancellations', { count: figures.cancellations.count }), money(-figures.cancellations.total))}
            {row(t('z.returns'), money(-figures.returns))}
            {row(t('z.netSales'), money(figures.net), 'net', true)}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h3>{t('z.taxByRate')}</h3>
        <table>
          <thead>
            <tr>
              <th>{t('shift.rate')}</th>
              <th className="num">{t('print.net')}</th>
              <th className="num">{t('print.tax')}</th>
              <th className="num">{t('z.gross')}</th>
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
        <h3>{t('z.payments')}</h3>
        <p className="muted">{t('shift.compareCard')}</p>
        <table>
          <tbody>
            {figures.methods.map((m) => (
              <tr key={m.method}>
                <th scope="row">
                  {m.refunds
                    ? t('shift.methodCountRefunds', { method: methodName(m.method), count: m.payments, refunds: m.refunds })
                    : t('z.methodCount', { method: methodName(m.method), count: m.payments })}
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
        <h3>{t('z.cash')}</h3>
        <table>
          <tbody>
            {row(t('z.float'), money(figures.cash.float))}
            {row(t('z.cashSales'), money(figures.cash.cashSales), 'cash-sales')}
            {row(t('z.cashRefunds'), money(-figures.cash.cashRefunds))}
            {row(t('print.cashRounding'), money(figures.cash.rounding ?? 0), 'cash-rounding')}
            {row(t('z.paidIn'), money(figures.cash.paidIn))}
            {row(t('z.paidOut'), money(-figures.cash.paidOut), 'paid-out')}
            {row(t('shift.expectedInDrawer'), money(figures.cash.expected), 'expected', true)}
            {row(t('z.noSale'), String(figures.noSales))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
