import { useTranslation } from 'react-i18next'
import { CSV_FIELDS, type CsvField, type CsvInspection, type CsvMapping, type DecimalMark } from '../../../../shared/catalog-import'
import { t as translate } from '../../i18n/i18n'
import { useFormatCount } from '../../i18n/use-locale'

/** What each field means to a shopkeeper, in the mapping's menus and the preview's changes. */
export const fieldLabel = (field: CsvField): string => translate(`products.csv.field.${field}`)

/** The catalog key of each separator's name (a key cannot be the character itself). */
const SEPARATOR_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const

interface Props {
  inspection: CsvInspection
  mapping: CsvMapping
  decimalMark: DecimalMark
  onMapping(mapping: CsvMapping): void
  onDecimalMark(mark: DecimalMark): void
}

/** One line per column of the file: its header, what it holds, and the field it fills (or none). */
export function CsvMappingStep({ inspection, mapping, decimalMark, onMapping, onDecimalMark }: Props) {
  const { t } = useTranslation()
  const formatCount = useFormatCount()
  const setField = (index: number, field: CsvField | null) => {
    // A field is filled by one column: choosing it here frees it elsewhere.
    onMapping(mapping.map((current, position) => (position === index ? field : current === field ? null : current)))
  }
  const ignored = inspection.headers.filter((header, index) => header.trim() !== '' && mapping[index] === null)
  return (
    <div className="csv-mapping" data-testid="csv-mapping">
      <p className="notice notice--info" data-testid="csv-detected">
        {t('products.csv.detected', {
          format: t(`products.csv.format.${inspection.format}`),
          rows: t('products.csv.rowCount', { count: inspection.rowCount, n: formatCount(inspection.rowCount) }),
          encoding: inspection.encoding.toUpperCase(),
          separator: t(`products.csv.separator.${SEPARATOR_KEYS[inspection.separator]}`)
        })}
        {inspection.savedMapping ? ` ${t('products.csv.savedMapping')}` : ''}
      </p>
      <label className="field csv-decimal">
        <span className="field__label">{t('products.csv.decimalMark')}</span>
        <select className="select" value={decimalMark} onChange={(event) => onDecimalMark(event.target.value as DecimalMark)} data-testid="csv-decimal-mark">
          <option value="point">{t('products.csv.point')}</option>
          <option value="comma">{t('products.csv.comma')}</option>
        </select>
      </label>
      <div className="csv-mapping__table" role="table" aria-label={t('products.csv.columnsLabel')}>
        <div className="csv-mapping__row csv-mapping__row--head" role="row">
          <span role="columnheader">{t('products.csv.column')}</span>
          <span role="columnheader">{t('products.csv.firstValues')}</span>
          <span role="columnheader">{t('products.csv.tillpointField')}</span>
        </div>
        {inspection.headers.map((header, index) => (
          <div key={index} className="csv-mapping__row" role="row" data-testid={`csv-map-row-${index}`}>
            <span className="csv-mapping__header" role="cell">
              {header || <em className="muted">{t('products.csv.noHeader')}</em>}
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
                className="select"
                aria-label={t('products.csv.fieldFor', { column: header || t('products.csv.columnN', { number: index + 1 }) })}
                value={mapping[index] ?? ''}
                onChange={(event) => setField(index, (event.target.value || null) as CsvField | null)}
                data-testid={`csv-map-${index}`}
              >
                <option value="">{t('products.csv.ignoreColumn')}</option>
                {CSV_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </select>
            </span>
          </div>
        ))}
      </div>
      {ignored.length > 0 ? (
        <p className="muted" data-testid="csv-ignored">
          {t('products.csv.ignored', { list: ignored.join(', ') })}
        </p>
      ) : null}
    </div>
  )
}
