import { useTranslation } from 'react-i18next'
import { useShopSettings } from '../../stores/settings-store'
import type { FieldErrors } from '../../lib/errors'
import type { VariantDraft } from './product-form'
import { keepScannerEnter } from './scanner'

interface VariantRowsEditorProps {
  variants: VariantDraft[]
  onChange(variants: VariantDraft[]): void
  errors: FieldErrors
}

type Editable = 'sku' | 'barcode' | 'price' | 'stock'

/** One row per combination of option values, each with its own SKU, barcode, price and stock. */
export function VariantRowsEditor({ variants, onChange, errors }: VariantRowsEditorProps) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const update = (index: number, key: Editable, value: string) =>
    onChange(variants.map((variant, at) => (at === index ? { ...variant, [key]: value } : variant)))
  const problems = variants.flatMap((_variant, index) =>
    (['sku', 'barcode', 'price', 'stock', 'lowStockThreshold'] as const).flatMap((key) => {
      const message = errors[`variants.${index}.${key}`]
      return message ? [{ index, message }] : []
    })
  )
  const cell = (index: number, key: Editable, label: string, extra: { inputMode?: 'decimal' | 'numeric'; className?: string } = {}) => (
    <input
      className={['input', extra.className ?? ''].join(' ')}
      aria-label={t('products.variantRows.cellLabel', { field: label, variant: Object.values(variants[index]?.attributes ?? {}).join(' / ') })}
      aria-invalid={Boolean(errors[`variants.${index}.${key}`])}
      value={variants[index]?.[key] ?? ''}
      inputMode={extra.inputMode}
      onChange={(event) => update(index, key, event.target.value)}
      onKeyDown={key === 'barcode' ? keepScannerEnter : undefined}
      data-testid={`variant-${index}-${key}`}
    />
  )
  return (
    <div className="stack">
      <table className="variant-editor" data-testid="variant-editor">
        <thead>
          <tr>
            <th>{t('products.detail.variant')}</th>
            <th>{t('products.field.sku')}</th>
            <th>{t('products.field.barcode')}</th>
            <th className="numeric">{t('products.variantRows.priceIn', { currency: settings.currency })}</th>
            <th className="numeric">{t('products.list.stock')}</th>
          </tr>
        </thead>
        <tbody>
          {variants.map((variant, index) => (
            <tr key={JSON.stringify(variant.attributes)}>
              <td className="variant-editor__label">{Object.values(variant.attributes).join(' / ')}</td>
              <td>{cell(index, 'sku', t('products.field.sku'))}</td>
              <td>{cell(index, 'barcode', t('products.field.barcode'))}</td>
              <td>{cell(index, 'price', t('products.list.price'), { inputMode: 'decimal', className: 'input--money' })}</td>
              <td>{cell(index, 'stock', t('products.list.stock'), { inputMode: 'numeric', className: 'input--money' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.map(({ index, message }) => (
        <span key={`${index}-${message}`} className="field__error" role="alert" data-testid="variant-editor-error">
          {t('products.variantRows.problem', { variant: Object.values(variants[index]?.attributes ?? {}).join(' / '), message })}
        </span>
      ))}
    </div>
  )
}
