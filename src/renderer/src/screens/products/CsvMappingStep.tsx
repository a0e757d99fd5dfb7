import { useFormatCount } from '../../i18n/use-locale'
import { CSV_FIELDS, type CsvField, type CsvInspection, type CsvMapping, type DecimalMark } from '../../../../shared/catalog-import'

/** What each field means to a shopkeeper, in the mapping's menus. */
export const FIELD_LABELS: Record<CsvField, string> = {
  product_key: 'Groups variants (product key)',
  name: 'Name',
  category: 'Category',
  tax_rate: 'Tax rate %',
  option1_name: 'Option 1 name',
  option1_value: 'Option 1 value',
  option2_name: 'Option 2 name',
  option2_value: 'Option 2 value',
  option3_name: 'Option 3 name',
  option3_value: 'Option 3 value',
  sku: 'SKU',
  barcode: 'Barcode',
  price: 'Price',
  stock: 'Stock',
  low_stock_threshold: 'Low-stock threshold',
  cost: 'Cost'
}

const FORMAT_NAMES: Record<CsvInspection['format'], string> = {
  tillpoint: 'a Tillpoint export',
  shopify: 'a Shopify product export',
  square: 'a Square item library export',
  loyverse: 'a Loyverse item export',
  woocommerce: 'a WooCommerce product export',
  other: 'a spreadsheet: columns matched by their names'
}

const SEPARATOR_NAMES = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' } as const

interface Props {
  inspection: CsvInspection
  mapping: CsvMapping
  decimalMark: DecimalMark
  onMapping(mapping: CsvMapping): void
  onDecimalMark(mark: DecimalMark): void
}

/** One line per column of the file: its header, what it holds, and the field it fills (or none). */
export function CsvMappingStep({ inspection, mapping, decimalMark, onMapping, onDecimalMark }: Props) {
  const setField = (index: number, field: CsvField | null) => {
    // A field is filled by one column: choosing it here frees it elsewhere.
    onMapping(mapping.map((current, position) => (position === index ? field : current === field ? null : current)))
  }
  const formatCount = useFormatCount()
  const ignored = inspection.headers.filter((header, index) => header.trim() !== '' && mapping[index] === null)
  return (
    <div className="csv-mapping" data-testid="csv-mapping">
      <p className="notice notice--info" data-testid="csv-detected">
        {`This looks like ${FORMAT_NAMES[inspection.format]}: ${formatCount(inspection.rowCount)} rows, ${inspection.encoding.toUpperCase()}, separated by ${SEPARATOR_NAMES[inspection.separator]}.`}
        {inspection.savedMapping ? ' Using the mapping you saved for these columns.' : ''}
      </p>
      <label className="field csv-decimal">
        <span className="field__label">Decimal mark in prices</span>
        <select value={decimalMark} onChange={(event) => onDecimalMark(event.target.value as DecimalMark)} data-testid="csv-decimal-mark">
          <option value="point">Point: 1234.50</option>
          <option value="comma">Comma: 1234,50</option>
        </select>
      </label>
      <div className="csv-mapping__table" role="table" aria-label="Columns of the file">
        <div className="csv-mapping__row csv-mapping__row--head" role="row">
          <span role="columnheader">Column in the file</span>
          <span role="columnheader">First values</span>
          <span role="columnheader">Tillpoint field</span>
        </div>
        {inspection.headers.map((header, index) => (
          <div key={index} className="csv-mapping__row" role="row" data-testid={`csv-map-row-${index}`}>
            <span className="csv-mapping__header" role="cell">
              {header || <em className="muted">(no header)</em>}
            </span>
            <span className="csv-mapping__sample muted" role="cell">
              {inspection.sample
                .map((row) => row[index] ?? '')
                .filter(Boolean)
                .slice(0, 3)
                .join(' · ')}
            </span>
            <span role="cell">
              <select
                aria-label={`Field for ${header || `column ${index + 1}`}`}
                value={mapping[index] ?? ''}
                onChange={(event) => setField(index, (event.target.value || null) as CsvField | null)}
                data-testid={`csv-map-${index}`}
              >
                <option value="">Ignore this column</option>
                {CSV_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {FIELD_LABELS[field]}
                  </option>
                ))}
              </select>
            </span>
          </div>
        ))}
      </div>
      {ignored.length > 0 ? (
        <p className="muted" data-testid="csv-ignored">
          {`Ignored: ${ignored.join(', ')}.`}
        </p>
      ) : null}
    </div>
  )
}
