import { useCallback, useRef, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import {
  PREVIEW_PAGE_ROWS,
  type CsvChange,
  type CsvImportMode,
  type CsvImportResult,
  type CsvPreviewRow,
  type CsvProblem
} from '../../../../shared/catalog-import'
import { call } from '../../lib/call'
import { reasonSentence } from '../../lib/errors'
import { t as translate } from '../../i18n/i18n'
import { Badge } from '../../components/Badge'
import { useFormatMoney } from '../../components/Money'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useFormatCount } from '../../i18n/use-locale'
import { formatQuantity } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { isWeighed, type SoldBy } from '../../../../shared/sold-by'
import { fieldLabel } from './CsvMappingStep'

/** The list above the table names this many bad rows; the table marks every one. */
const MAX_LISTED_PROBLEMS = 8

function useColumns(): ReadonlyArray<Column<CsvPreviewRow>> {
  const { t } = useTranslation()
  const formatMoney = useFormatMoney()
  const formatCount = useFormatCount()
  const { locale } = useShopSettings()
  // A weighed product's stock is read as its weight ("1.25 kg"), as Products shows it.
  const stockText = (stock: number, soldBy: SoldBy) => (isWeighed(soldBy) ? formatQuantity(stock, soldBy, locale) : formatCount(stock))
  const changeText = (change: CsvChange, soldBy: SoldBy) => {
    const show = (value: string | number | null) =>
      value === null
        ? '—'
        : change.field === 'price' || change.field === 'cost'
          ? formatMoney(Number(value))
          : change.field === 'stock'
            ? stockText(Number(value), soldBy)
            : String(value)
    return t('products.csv.change', { field: fieldLabel(change.field), from: show(change.from), to: show(change.to) })
  }
  // The narrowest tracks hold each heading's longest word in all five languages ("Existencias",
  // "Artikelnr.") and add up to what the dialog has at 800x600.
  return [
    { key: 'line', header: t('products.csv.line'), width: '64px', align: 'end', render: (row) => <span className="tabular">{formatCount(row.line)}</span> },
    { key: 'name', header: t('products.field.name'), width: 'minmax(120px, 1.2fr)', render: (row) => <span className="wrap-anywhere">{row.name}</span> },
    { key: 'variant', header: t('products.detail.variant'), width: 'minmax(84px, 0.7fr)', render: (row) => row.variant },
    { key: 'sku', header: t('products.field.sku'), width: 'minmax(96px, 0.8fr)', render: (row) => row.sku },
    {
      key: 'price',
      header: t('products.list.price'),
      width: '90px',
      align: 'end',
      render: (row) => <span className="tabular">{row.price === null ? '' : formatMoney(row.price)}</span>
    },
    {
      key: 'stock',
      header: t('products.list.stock'),
      width: '104px',
      align: 'end',
      render: (row) => <span className="tabular">{row.stock === null ? '' : stockText(row.stock, row.soldBy)}</span>
    },
    {
      key: 'status',
      header: t('products.csv.check'),
      width: 'minmax(140px, 1.8fr)',
      render: (row) =>
        row.status === 'error' ? (
          <span className="csv-problem" title={row.problems.map(problemText).join('\n')} data-testid="csv-row-problem">
            {row.problems.map(problemText).join('; ')}
          </span>
        ) : row.status === 'skipped' ? (
          <Badge tone="warning">{t('products.csv.leftOut')}</Badge>
        ) : row.status === 'update' ? (
          <span className="csv-change" data-testid="csv-row-change">
            {row.changes.map((change) => changeText(change, row.soldBy)).join('; ')}
          </span>
        ) : row.status === 'unchanged' ? (
          <Badge tone="neutral">{t('products.csv.upToDate')}</Badge>
        ) : (
          <Badge tone="success">{t('products.csv.new')}</Badge>
        )
    }
  ]
}

/**
 * The preview's rows: the result holds the first page, the main process the rest (a 50,000-row
 * preview never crosses at once); the next page is asked for as the table scrolls near its end.
 */
function usePreviewRows(result: CsvImportResult): { rows: readonly CsvPreviewRow[]; loadMore(): void } {
  const [loaded, setLoaded] = useState<{ of: CsvImportResult; rows: CsvPreviewRow[] }>({ of: result, rows: result.rows })
  const rows = loaded.of === result ? loaded.rows : result.rows
  const asking = useRef(false)
  const loadMore = useCallback(() => {
    if (asking.current || rows.length >= result.previewRowCount) return
    asking.current = true
    void call(() => window.api.catalog.importPreviewRows({ page: Math.floor(rows.length / PREVIEW_PAGE_ROWS) })).then((answer) => {
      asking.current = false
      if (answer.ok) setLoaded({ of: result, rows: [...rows, ...answer.data.rows] })
    })
  }, [result, rows])
  return { rows, loadMore }
}

/** "price: "abc" is not an amount…" in the screen language; the column keeps the file format's name. */
function problemText({ column, reason }: CsvProblem): string {
  const sentence = reasonSentence(reason)
  return column ? translate('products.csv.columnProblem', { column, reason: sentence }) : sentence
}

/** Lines with problems, each with its reasons, in file order (from the errors: the rows come a page at a time). */
function rowProblemsOf(result: CsvImportResult): Array<{ line: number; problems: string[] }> {
  const fileLines = new Set(result.fileErrors.map((error) => error.line))
  const byLine = new Map<number, string[]>()
  for (const error of result.errors) {
    if (fileLines.has(error.line)) continue
    const list = byLine.get(error.line) ?? []
    list.push(problemText(error))
    byLine.set(error.line, list)
  }
  return [...byLine].map(([line, problems]) => ({ line, problems }))
}

/** The dry run's verdict: a summary, the problems, the ignored columns and every row. */
export function CsvPreviewStep({ result, mode }: { result: CsvImportResult; mode: CsvImportMode }) {
  const { t } = useTranslation()
  const columns = useColumns()
  const formatCount = useFormatCount()
  const { rows, loadMore } = usePreviewRows(result)
  const bad = result.rowCount - result.goodRowCount
  const fileProblems = result.fileErrors
  const rowProblems = rowProblemsOf(result)
  const counts = {
    rows: t('products.csv.rowCount', { count: result.rowCount, n: formatCount(result.rowCount) }),
    ready: t('products.csv.readyCount', { count: result.goodRowCount, n: formatCount(result.goodRowCount) }),
    bad: t('products.csv.badCount', { count: bad, n: formatCount(bad) }),
    products: t('products.csv.productCount', { count: result.productCount, n: formatCount(result.productCount) }),
    variants: t('products.list.variantCount', { count: result.variantCount, n: formatCount(result.variantCount) }),
    updated: t('products.list.variantCount', { count: result.updatedCount, n: formatCount(result.updatedCount) })
  }
  const writes = result.productCount > 0 ? (result.updatedCount > 0 ? 'addsAndUpdates' : 'adds') : result.updatedCount > 0 ? 'updates' : null
  const goodRows = mode === 'good-rows-only' && bad > 0
  return (
    <>
      <p className="notice notice--info" data-testid="csv-import-summary">
        {t(bad > 0 ? 'products.csv.summaryWithProblems' : 'products.csv.summary', counts)}{' '}
        {writes
          ? `${t(goodRows ? `products.csv.importingGoodRows.${writes}` : `products.csv.importing.${writes}`, counts)} ${t('products.csv.nothingWritten')}`
          : t('products.csv.nothingToImport')}
        {result.skippedBlankRows > 0 ? ` ${t('products.csv.skippedBlank', { count: result.skippedBlankRows, n: formatCount(result.skippedBlankRows) })}` : ''}
        {mode === 'all-or-nothing' && result.errors.length > 0 ? ` ${t('products.csv.fixOrGoodRows', { mode: t('products.csv.mode.goodRowsOnly') })}` : ''}
      </p>
      {result.ignoredColumns.length > 0 ? (
        <p className="muted" data-testid="csv-ignored-columns">
          {t('products.csv.notImported', { list: result.ignoredColumns.join(', ') })}
        </p>
      ) : null}
      {fileProblems.map((problem) => (
        <p key={`${problem.line}-${problem.column}-${problem.reason.code}`} className="field__error" data-testid="csv-file-problem">
          {problem.column
            ? t('products.csv.fileProblemAt', { line: formatCount(problem.line), column: problem.column, reason: reasonSentence(problem.reason) })
            : t('products.csv.fileProblem', { line: formatCount(problem.line), reason: reasonSentence(problem.reason) })}
        </p>
      ))}
      {rowProblems.length > 0 ? (
        <ul className="csv-problems" aria-label={t('products.csv.problemsFound')} data-testid="csv-problems">
          {rowProblems.slice(0, MAX_LISTED_PROBLEMS).map((row) => (
            <li key={row.line}>
              <Trans
                i18nKey="products.csv.rowProblem"
                values={{ line: formatCount(row.line), problems: row.problems.join('; ') }}
                components={{ strong: <strong /> }}
              />
            </li>
          ))}
          {rowProblems.length > MAX_LISTED_PROBLEMS ? (
            <li className="muted">
              {t('products.csv.moreProblems', { count: rowProblems.length - MAX_LISTED_PROBLEMS, n: formatCount(rowProblems.length - MAX_LISTED_PROBLEMS) })}
            </li>
          ) : null}
        </ul>
      ) : null}
      <div className="csv-preview">
        <VirtualTable
          label={t('products.csv.rowsLabel')}
          testId="csv-preview"
          rows={rows}
          onEndReached={loadMore}
          columns={columns}
          rowKey={(row) => row.line}
          rowHeight={44}
          rowTestId={(row) => `csv-row-${row.status}`}
          empty={t('products.csv.noRows')}
        />
      </div>
    </>
  )
}
