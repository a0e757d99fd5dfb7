import type { TaxRateTotals } from '../../../shared/pricing'
import { useShopSettings } from '../stores/settings-store'
import { Money } from './Money'
import { useTranslation } from 'react-i18next'

const percentFormats = new Map<string, Intl.NumberFormat>()

/** 1900 basis points as the shop's locale writes a percentage: "19%". */
function usePercent(): (rateBp: number) => string {
  const { locale } = useShopSettings()
  let format = percentFormats.get(locale)
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })))
  const chosen = format
  return (rateBp) => chosen.format(rateBp / 10_000)
}

/** Tax per rate: rate, net, tax and gross (net + tax = gross), as receipts and VAT returns show it. */
export function TaxRatesTable({ rates, testId, caption }: { rates: readonly TaxRateTotals[]; testId: string; caption: string }) {
  const percent = usePercent()
  const { t } = useTranslation()
  if (rates.length === 0) return null
  return (
    <table className="tax-rates-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shift.rate')}</th>
          <th scope="col">{t('print.net')}</th>
          <th scope="col">{t('print.tax')}</th>
          <th scope="col">{t('z.gross')}</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((rate) => (
          <tr key={rate.rateBp} data-testid={`${testId}-row`}>
            <th scope="row">{percent(rate.rateBp)}</th>
            <td>
              <Money amount={rate.net} />
            </td>
            <td>
              <Money amount={rate.tax} />
            </td>
            <td>
              <Money amount={rate.gross} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
