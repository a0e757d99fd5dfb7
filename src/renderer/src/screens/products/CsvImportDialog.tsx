import { useState } from 'react'
import type { CsvImportMode, CsvImportResult } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { fileProblems, previewRows, type PreviewRow } from './csv-preview'

const MODES: ReadonlyArray<{ value: CsvImportMode; label: string; hint: string }> = [
  { value: 'all-or-nothing', label: 'All or nothing', hint: 'Import only when every row is right' },
  { value: 'good-rows-only', label: 'Only the good rows', hint: 'Leave out products with a problem' }
]

const COLUMNS: ReadonlyArray<Column<PreviewRow>> = [
  { key: 'line', header: 'Line', width: '64px', align: 'end', render: (row) => <span className="tabular">{row.line}</span> },
  { key: 'name', header: 'Name', width: 'minmax(120px, 1.2fr)', render: (row) => row.cells.name ?? '' },
  { key: 'variant', header: 'Variant', width: 'minmax(80px, 0.8fr)', render: (row) => [row.cells.option1_value, row.cells.option2_value, row.cells.option3_value].filter(Boolean).join(' / ') },
  { key: 'sku', header: 'SKU', width: 'minmax(80px, 0.8fr)', render: (row) => row.cells.sku ?? '' },
  { key: 'price', header: 'Price', width: '90px', align: 'end', render: (row) => <span className="tabular">{row.cells.price ?? ''}</span> },
  { key: 'stock', header: 'Stock', width: '80px', align: 'end', render: (row) => <span className="tabular">{row.cells.stock ?? ''}</span> },
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
      ) : (
        <Badge tone="success">Ready</Badge>
      )
  }
]

/** The list above the table names this many bad rows; the table marks every one. */
const MAX_LISTED_PROBLEMS = 8

interface Checked {
  fileName: string
  csv: string
  result: CsvImportResult
  rows: PreviewRow[]
}

/** Choose a file, see every row and its problems from a dry run, and only then import it. */
export function CsvImportDialog({ onClose }: { onClose(): void }) {
  const [mode, setMode] = useState<CsvImportMode>('all-or-nothing')
  const [checked, setChecked] = useState<Checked | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null)

  const check = async (fileName: string, csv: string, chosenMode: CsvImportMode) => {
    setBusy('checking')
    const result = await call(() => window.api.catalog.importCsv({ csv, mode: chosenMode, dryRun: true }))
    setBusy(null)
    setError(result.ok ? null : result.error)
    setChecked(result.ok ? { fileName, csv, result: result.data, rows: previewRows(csv, result.data) } : null)
  }

  const chooseFile = async (file: File | undefined) => {
    if (!file) return
    await check(file.name, await file.text(), mode)
  }

  const changeMode = (next: CsvImportMode) => {
    setMode(next)
    if (checked) void check(checked.fileName, checked.csv, next)
  }

  const runImport = async () => {
    if (!checked) return
    setBusy('importing')
    const result = await call(() => window.api.catalog.importCsv({ csv: checked.csv, mode, dryRun: false }))
    setBusy(null)
    if (!result.ok) {
      setError(result.error)
      return
    }
    if (!result.data.imported) {
      setChecked({ ...checked, result: result.data, rows: previewRows(checked.csv, result.data) })
      return
    }
    toast(`Imported ${result.data.productCount} products (${result.data.variantCount} variants)`)
    onClose()
  }

  const result = checked?.result
  const bad = result ? result.rowCount - result.goodRowCount : 0
  const canImport = result !== undefined && result.productCount > 0 && (mode === 'good-rows-only' || result.errors.length === 0)
  const problems = checked ? fileProblems(checked.rows, checked.result) : []
  const rowProblems = checked ? checked.rows.filter((row) => row.status === 'error') : []

  return (
    <Dialog
      title="Import products from a CSV file"
      onClose={onClose}
      error={error}
      testId="csv-import"
      width="wide"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={!canImport} busy={busy === 'importing'} onClick={() => void runImport()} data-testid="csv-import-run">
            {result && canImport ? `Import ${result.productCount} products` : 'Import'}
          </Button>
        </>
      }
    >
      <div className="csv-choose">
        <label className="button button--primary csv-file">
          <span>{checked ? 'Choose another file' : 'Choose a CSV file'}</span>
          <input type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(event) => void chooseFile(event.target.files?.[0])} data-testid="csv-import-file" />
        </label>
        <span className="muted" data-testid="csv-import-file-name">
          {busy === 'checking' ? 'Checking every row…' : (checked?.fileName ?? 'Columns: name, sku, price, and optionally category, tax_rate, barcode, stock, options.')}
        </span>
      </div>
      <ChoiceGroup legend="When some rows have problems" value={mode} onChange={changeMode} choices={MODES} testId="csv-import-mode" />
      <ErrorNotice error={error} testId="csv-import-error" />
      {checked && result ? (
        <>
          <p className="notice notice--info" data-testid="csv-import-summary">
            {`${result.rowCount} rows: ${result.goodRowCount} ready${bad > 0 ? `, ${bad} with problems` : ''}. `}
            {result.productCount > 0
              ? `Importing ${mode === 'good-rows-only' && bad > 0 ? 'the good rows ' : ''}adds ${result.productCount} products with ${result.variantCount} variants. Nothing has been written yet.`
              : 'Nothing would be imported.'}
            {mode === 'all-or-nothing' && result.errors.length > 0 ? ' Fix the file, or choose “Only the good rows”.' : ''}
          </p>
          {problems.map((problem) => (
            <p key={problem} className="field__error" data-testid="csv-file-problem">
              {problem}
            </p>
          ))}
          {rowProblems.length > 0 ? (
            <ul className="csv-problems" aria-label="Problems found" data-testid="csv-problems">
              {rowProblems.slice(0, MAX_LISTED_PROBLEMS).map((row) => (
                <li key={row.line}>
                  <strong>Line {row.line}</strong> {row.problems.join('; ')}
                </li>
              ))}
              {rowProblems.length > MAX_LISTED_PROBLEMS ? <li className="muted">…and {rowProblems.length - MAX_LISTED_PROBLEMS} more rows with problems, marked in the table.</li> : null}
            </ul>
          ) : null}
          <div className="csv-preview">
            <VirtualTable label="Rows in the file" testId="csv-preview" rows={checked.rows} columns={COLUMNS} rowKey={(row) => row.line} rowHeight={44} rowTestId={(row) => `csv-row-${row.status}`} empty="The file has no rows." />
          </div>
        </>
      ) : null}
    </Dialog>
  )
}
