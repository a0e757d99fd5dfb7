import { useCallback, useRef, useState } from 'react'
import { PREVIEW_PAGE_ROWS, type CsvChange, type CsvImportMode, type CsvImportResult, type CsvPreviewRow } from '../../../../shared/catalog-import'
import { call } from '../../lib/call'
import { Badge } from '../../components/Badge'
import { useFormatMoney } from '../../components/Money'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useFormatCount } from '../../i18n/use-locale'

/** The list above the table names this many bad rows; the table marks every one. */
const MAX_LISTED_PROBLEMS = 8

function useColumns(): ReadonlyArray<Column<CsvPreviewRow>> {
  const formatMoney = useFormatMoney()
  const formatCount = useFormatCount()
  const changeText = (change: CsvChange) => {
    const show = (value: string | number | null) =>
      value === null
        ? '—'
        : change.field === 'price' || change.field === 'cost'
          ? formatMoney(Number(value))
          : change.field === 'stock'
            ? formatCount(Number(value))
            : String(value)
    return `${change.field}: ${show(change.from)} → ${show(change.to)}`
  }
  return [
    { key: 'line', header: 'Line', width: '64px', align: 'end', render: (row) => <span className="tabular">{formatCount(row.line)}</span> },
    { key: 'name', header: 'Name', width: 'minmax(120px, 1.2fr)', render: (row) => <span className="wrap-anywhere">{row.name}</span> },
    { key: 'variant', header: 'Variant', width: 'minmax(70px, 0.7fr)', render: (row) => row.variant },
    { key: 'sku', header: 'SKU', width: 'minmax(80px, 0.8fr)', render: (row) => row.sku },
    {
      key: 'price',
      header: 'Price',
      width: '90px',
      align: 'end',
      render: (row) => <span className="tabular">{row.price === null ? '' : formatMoney(row.price)}</span>
    },
    {
      key: 'stock',
      header: 'Stock',
      width: '70px',
      align: 'end',
      render: (row) => <span className="tabular">{row.stock === null ? '' : formatCount(row.stock)}</span>
    },
    {
      key: 'status',
      header: 'Check',
      width: 'minmax(180px, 1.8fr)',
      render: (row) =>
        row.status === 'error' ? (
          <span className="csv-problem" title={row.problems.join('\n')} data-testid="csv-row-problem">
            {row.problems.join('; ')}
          </span>
        ) : row.status === 'skipped' ? (
          <Badge tone="warning">Left out with its product</Badge>
        ) : row.status === 'update' ? (
          <span className="csv-change" data-testid="csv-row-change">
            {row.changes.map(changeText).join('; ')}
          </span>
        ) : row.status === 'unchanged' ? (
          <Badge tone="neutral">Already up to date</Badge>
        ) : (
          <Badge tone="success">New</Badge>
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

/** Lines with problems, each with its reasons, in file order (from the errors: the rows come a page at a time). */
function rowProblemsOf(result: CsvImportResult): Array<{ line: number; problems: string[] }> {
  const fileLines = new Set(result.fileErrors.map((error) => error.line))
  const byLine = new Map<number, string[]>()
  for (const error of result.errors) {
    if (fileLines.has(error.line)) continue
    const list = byLine.get(error.line) ?? []
    list.push(error.column ? `${error.column}: ${error.reason}` : error.reason)
    byLine.set(error.line, list)
  }
  return [...byLine].map(([line, problems]) => ({ line, problems }))
}

/** The dry run's verdict: a summary, the problems, the ignored columns and every row. */
export function CsvPreviewStep({ result, mode }: { result: CsvImportResult; mode: CsvImportMode }) {
  const columns = useColumns()
  const formatCount = useFormatCount()
  const { rows, loadMore } = usePreviewRows(result)
  const bad = result.rowCount - result.goodRowCount
  const fileProblems = result.fileErrors
  const rowProblems = rowProblemsOf(result)
  const writes = [
    result.productCount > 0 ? `adds ${formatCount(result.productCount)} products with ${formatCount(result.variantCount)} variants` : '',
    result.updatedCount > 0 ? `updates ${formatCount(result.updatedCount)} variants` : ''
  ].filter(Boolean)
  return (
    <>
      <p className="notice notice--info" data-testid="csv-import-summary">
        {`${formatCount(result.rowCount)} rows: ${formatCount(result.goodRowCount)} ready${bad > 0 ? `, ${formatCount(bad)} with problems` : ''}. `}
        {writes.length > 0
          ? `Importing ${mode === 'good-rows-only' && bad > 0 ? 'the good rows ' : ''}${writes.join(' and ')}. Nothing has been written yet.`
          : 'Nothing would be imported.'}
        {result.skippedBlankRows > 0 ? ` ${formatCount(result.skippedBlankRows)} rows with nothing to import (such as image-only rows) are skipped.` : ''}
        {mode === 'all-or-nothing' && result.errors.length > 0 ? ' Fix the file, or choose “Only the good rows”.' : ''}
      </p>
      {result.ignoredColumns.length > 0 ? (
        <p className="muted" data-testid="csv-ignored-columns">
          {`Columns not imported: ${result.ignoredColumns.join(', ')}.`}
        </p>
      ) : null}
      {fileProblems.map((problem) => (
        <p key={`${problem.line}-${problem.reason}`} className="field__error" data-testid="csv-file-problem">
          {`Line ${formatCount(problem.line)}${problem.column ? `, ${problem.column}` : ''}: ${problem.reason}`}
        </p>
      ))}
      {rowProblems.length > 0 ? (
        <ul className="csv-problems" aria-label="Problems found" data-testid="csv-problems">
          {rowProblems.slice(0, MAX_LISTED_PROBLEMS).map((row) => (
            <li key={row.line}>
              <strong>Line {formatCount(row.line)}</strong> {row.problems.join('; ')}
            </li>
          ))}
          {rowProblems.length > MAX_LISTED_PROBLEMS ? (
            <li className="muted">…and {formatCount(rowProblems.length - MAX_LISTED_PROBLEMS)} more rows with problems, marked in the table.</li>
          ) : null}
        </ul>
      ) : null}
      <div className="csv-preview">
        <VirtualTable
          label="Rows in the file"
          testId="csv-preview"
          rows={rows}
          onEndReached={loadMore}
          columns={columns}
          rowKey={(row) => row.line}
          rowHeight={44}
          rowTestId={(row) => `csv-row-${row.status}`}
          empty="The file has no rows."
        />
      </div>
    </>
  )
}
