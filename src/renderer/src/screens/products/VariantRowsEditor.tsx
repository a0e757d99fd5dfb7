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
      aria-label={`${label}, ${Object.values(variants[index]?.attributes ?? {}).join(' / ')}`}
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
            <th>Variant</th>
            <th>SKU</th>
            <th>Barcode</th>
            <th className="numeric">Price ({settings.currency})</th>
            <th className="numeric">Stock</th>
          </tr>
        </thead>
        <tbody>
          {variants.map((variant, index) => (
            <tr key={JSON.stringify(variant.attributes)}>
              <td className="variant-editor__label">{Object.values(variant.attributes).join(' / ')}</td>
              <td>{cell(index, 'sku', 'SKU')}</td>
              <td>{cell(index, 'barcode', 'Barcode')}</td>
              <td>{cell(index, 'price', 'Price', { inputMode: 'decimal', className: 'input--money' })}</td>
              <td>{cell(index, 'stock', 'Stock', { inputMode: 'numeric', className: 'input--money' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.map(({ index, message }) => (
        <span key={`${index}-${message}`} className="field__error" role="alert" data-testid="variant-editor-error">
          {Object.values(variants[index]?.attributes ?? {}).join(' / ')}: {message}
        </span>
      ))}
    </div>
  )
}
