import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { CsvImportMode, CsvImportProgress, CsvImportResult, CsvInspection, CsvMapping, DecimalMark } from '../../../../shared/catalog-import'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatCount } from '../../i18n/use-locale'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { CsvMappingStep } from './CsvMappingStep'
import { CsvPreviewStep } from './CsvPreviewStep'
import { readFileBase64 } from './read-file'

/** The catalog key of each mode's words. */
const MODE_KEYS = { 'all-or-nothing': 'allOrNothing', 'good-rows-only': 'goodRowsOnly' } as const satisfies Record<CsvImportMode, string>
const MODES = Object.keys(MODE_KEYS) as CsvImportMode[]

interface Chosen {
  fileName: string
  file: string
  inspection: CsvInspection
}

/**
 * Choose a file; match its columns to Tillpoint's fields (suggested for the known exports, editable,
 * saveable); see every row from a dry run, with changes to existing products as old → new; then
 * import it, with a progress bar for big files.
 */
export function CsvImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const formatCount = useFormatCount()
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [mapping, setMapping] = useState<CsvMapping>([])
  const [decimalMark, setDecimalMark] = useState<DecimalMark>('point')
  const [saveMapping, setSaveMapping] = useState(false)
  const [updateExisting, setUpdateExisting] = useState(false)
  const [mode, setMode] = useState<CsvImportMode>('all-or-nothing')
  const [result, setResult] = useState<CsvImportResult | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState<'reading' | 'checking' | 'importing' | null>(null)
  const [progress, setProgress] = useState<CsvImportProgress | null>(null)

  useEffect(() => window.api.on('catalog.importProgress', setProgress), [])

  const chooseFile = async (file: File | undefined) => {
    if (!file) return
    setBusy('reading')
    setProgress(null)
    setResult(null)
    const base64 = await readFileBase64(file)
    const inspected = await call(() => window.api.catalog.inspectCsv({ file: base64 }))
    setBusy(null)
    setProgress(null)
    setError(inspected.ok ? null : inspected.error)
    if (!inspected.ok) return setChosen(null)
    setChosen({ fileName: file.name, file: base64, inspection: inspected.data })
    setMapping(inspected.data.mapping)
    setDecimalMark(inspected.data.decimalMark)
  }

  const run = async (dryRun: boolean, runMode = mode) => {
    if (!chosen) return
    setBusy(dryRun ? 'checking' : 'importing')
    setProgress(null)
    if (dryRun && saveMapping) {
      await call(() => window.api.catalog.saveImportMapping({ headers: chosen.inspection.headers, mapping }))
    }
    const answer = await call(() => window.api.catalog.importCsv({ file: chosen.file, mapping, decimalMark, updateExisting, mode: runMode, dryRun }))
    setBusy(null)
    setProgress(null)
    setError(answer.ok ? null : answer.error)
    if (!answer.ok) return
    if (!dryRun && answer.data.imported) {
      const { productCount, updatedCount } = answer.data
      const products = t('products.csv.productCount', { count: productCount, n: formatCount(productCount) })
      toast(
        updatedCount > 0
          ? t('products.csv.importedAndUpdated', { products, variants: t('products.list.variantCount', { count: updatedCount, n: formatCount(updatedCount) }) })
          : t('products.csv.imported', { products })
      )
      onClose()
      return
    }
    setResult(answer.data)
  }

  const changeMode = (next: CsvImportMode) => {
    setMode(next)
    if (result) void run(true, next)
  }

  /** The check or import runs in the main process's worker: stopping it writes nothing. */
  const stop = () => void call(() => window.api.catalog.cancelImport())
  const close = () => {
    if (busy === 'checking' || busy === 'importing') stop()
    onClose()
  }

  const canImport = result !== null && result.productCount + result.updatedCount > 0 && (mode === 'good-rows-only' || result.errors.length === 0)
  const step = !chosen ? 'choose' : result ? 'preview' : 'map'

  return (
    <Dialog
      title={t('products.csv.title')}
      onClose={close}
      error={error}
      testId="csv-import"
      width="wide"
      footer={
        <>
          <Button onClick={close}>{t('common.cancel')}</Button>
          {step === 'preview' ? (
            <Button onClick={() => setResult(null)} data-testid="csv-back-to-mapping">
              {t('products.csv.changeMapping')}
            </Button>
          ) : null}
          {step === 'map' ? (
            <Button variant="primary" busy={busy === 'checking'} onClick={() => void run(true)} data-testid="csv-check">
              {t('products.csv.checkRows')}
            </Button>
          ) : (
            <Button
              variant="primary"
              disabled={!canImport || busy === 'checking'}
              busy={busy === 'importing'}
              onClick={() => void run(false)}
              data-testid="csv-import-run"
            >
              {result && canImport ? importLabel(result, t, formatCount) : t('products.csv.import')}
            </Button>
          )}
        </>
      }
    >
      <div className="csv-choose">
        <label className="button button--primary csv-file">
          <span>{chosen ? t('products.csv.chooseAnother') : t('products.csv.choose')}</span>
          <input
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            className="visually-hidden"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
            data-testid="csv-import-file"
          />
        </label>
        <span className="muted" data-testid="csv-import-file-name">
          {busy === 'reading' ? t('products.csv.reading') : (chosen?.fileName ?? t('products.csv.sources'))}
        </span>
      </div>
      <ErrorNotice error={error} testId="csv-import-error" />
      {progress && busy ? (
        <div className="csv-progress" data-testid="csv-progress">
          <span>{t(`products.csvImport.progress.${progress.stage}`, { done: formatCount(progress.done), total: formatCount(progress.total) })}</span>
          <progress max={progress.total} value={progress.done} aria-label={t(`products.csvImport.stage.${progress.stage}`)} />
          {busy === 'reading' ? null : (
            <Button onClick={stop} data-testid="csv-progress-stop">
              {busy === 'importing' ? t('products.csvImport.stopImport') : t('products.csvImport.stopChecking')}
            </Button>
          )}
        </div>
      ) : null}
      {step === 'map' && chosen ? (
        <>
          <CsvMappingStep inspection={chosen.inspection} mapping={mapping} decimalMark={decimalMark} onMapping={setMapping} onDecimalMark={setDecimalMark} />
          <label className="checkbox">
            <input type="checkbox" checked={saveMapping} onChange={(event) => setSaveMapping(event.target.checked)} data-testid="csv-save-mapping" />
            <span>{t('products.csv.rememberMapping')}</span>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={updateExisting} onChange={(event) => setUpdateExisting(event.target.checked)} data-testid="csv-update-existing" />
            <span>{t('products.csv.updateExisting')}</span>
          </label>
        </>
      ) : null}
      {step === 'preview' && result ? (
        <>
          <ChoiceGroup
            legend={t('products.csv.modeLegend')}
            value={mode}
            onChange={changeMode}
            choices={MODES.map((value) => ({ value, label: t(`products.csv.mode.${MODE_KEYS[value]}`), hint: t(`products.csv.modeHint.${MODE_KEYS[value]}`) }))}
            testId="csv-import-mode"
          />
          <CsvPreviewStep result={result} mode={mode} />
        </>
      ) : null}
    </Dialog>
  )
}

/** "Add 2 products", "Update 3 variants" or both: what the import button will do. */
function importLabel(result: CsvImportResult, t: TFunction, formatCount: (value: number) => string): string {
  const products = t('products.csv.productCount', { count: result.productCount, n: formatCount(result.productCount) })
  const variants = t('products.list.variantCount', { count: result.updatedCount, n: formatCount(result.updatedCount) })
  if (result.productCount > 0 && result.updatedCount > 0) return t('products.csv.addAndUpdate', { products, variants })
  return result.productCount > 0 ? t('products.csv.add', { products }) : t('products.csv.update', { variants })
}
