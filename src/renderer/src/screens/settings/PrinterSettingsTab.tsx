import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { CODE_PAGES, type PrintJob, type PrintSettings, type SystemPrinter } from '../../../../shared/print'
import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SelectField, TextField } from '../../components/Field'
import { ScreenHeader } from '../../components/ScreenHeader'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { AUTO_PRINT_CHOICES, PAPER_CHOICES, PRINTER_KIND_CHOICES } from '../../lib/print-words'
import { useLiveQuery } from '../../lib/use-live-query'
import { toast } from '../../stores/toast-store'
import { printerFormOf, printerPatchOf, systemPrinterChoices, type PrinterForm } from './printer-form'
import { SettingsForm } from './SettingsForm'
import { SettingsTabs } from './SettingsTabs'
import { useSettingsDraft } from './use-settings-draft'
import './settings.css'
import { useTranslation } from 'react-i18next'
import { t } from '../../i18n/i18n'

const SHOWN_FIELDS = /^(printerKind|systemPrinterName|networkHost|networkPort|paper|silent|autoPrint|codePage|openDrawerOnCash)$/
const CODE_PAGE_CHOICES = CODE_PAGES.map((page) => ({ value: page.id, label: page.label }))
const PRINT_MODE_CHOICES = [
  {
    value: 'silent',
    get label() {
      return t('settings.printStraightAway')
    },
    get hint() {
      return t('settings.noDialogTheFastest')
    }
  },
  {
    value: 'dialog',
    get label() {
      return t('settings.showThePrintDialog')
    },
    get hint() {
      return t('settings.chooseCopiesAndPrinter')
    }
  }
] as const

/** Settings → Printers: which printer, which paper, what prints after a sale, and a test page. */
export function PrinterSettingsTab() {
  const { t } = useTranslation()
  const saved = useLiveQuery<PrintSettings>(() => window.api.print.getSettings(), [], ['print.changed'])
  if (!saved.data) {
    return (
      <div className="screen" data-testid="printer-settings">
        <ScreenHeader title={t('settings.settings')} />
        <SettingsTabs current="printers" />
        <ErrorNotice error={saved.error} testId="printer-settings-error" />
      </div>
    )
  }
  return <PrinterSettingsForm saved={saved.data} />
}

function PrinterSettingsForm({ saved }: { saved: PrintSettings }) {
  const { t } = useTranslation()
  const printers = useLiveQuery<SystemPrinter[]>(() => window.api.print.listPrinters(), [], [])
  const draft = useSettingsDraft(printerFormOf(saved))
  const { form, set, dirty } = draft
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState<'save' | 'test' | null>(null)
  const [testJob, setTestJob] = useState<PrintJob | null>(null)
  const fields = fieldErrors(error)

  const save = async (): Promise<boolean> => {
    const prepared = printerPatchOf(form)
    if ('error' in prepared) {
      setError(prepared.error)
      return false
    }
    const result = await call(() => window.api.print.updateSettings(prepared.patch))
    if (!result.ok) {
      setError(result.error)
      return false
    }
    setError(null)
    draft.accept(printerFormOf(result.data))
    return true
  }

  const submit = async () => {
    setBusy('save')
    if (await save()) toast(t('settings.printerSettingsSaved'))
    setBusy(null)
  }

  const printTestPage = async () => {
    setBusy('test')
    setTestJob(null)
    if (dirty && !(await save())) return setBusy(null)
    const result = await call(() => window.api.print.testPage())
    setBusy(null)
    if (!result.ok) return setError(result.error)
    setError(null)
    setTestJob(result.data)
  }

  const network = form.printerKind === 'network'
  const system = form.printerKind === 'system'
  return (
    <SettingsForm
      tab="printers"
      requires="print.configure"
      subtitle={t('settings.whereReceiptsAndOrder')}
      saveLabel={t('settings.savePrinterSettings')}
      dirty={dirty}
      onDiscard={draft.discard}
      onSave={() => void submit()}
      saving={busy === 'save'}
      otherBusy={busy === 'test'}
      error={error}
      shownFields={SHOWN_FIELDS}
      testIds={{ form: 'printer-settings', discard: 'printer-discard', save: 'printer-save', error: 'printer-settings-error' }}
    >
      <div className="settings-columns">
        <div className="stack">
          <section className="card settings-section" aria-labelledby="printer-which">
            <h2 id="printer-which">{t('settings.printer')}</h2>
            <div className="choices-in-column">
              <ChoiceGroup
                legend={t('settings.printTo')}
                value={form.printerKind}
                onChange={set('printerKind')}
                choices={PRINTER_KIND_CHOICES}
                error={fields.printerKind}
                testId="printer-kind"
              />
            </div>
            {system ? (
              <>
                <SelectField
                  label={t('settings.systemPrinter')}
                  value={form.systemPrinterName}
                  onChange={set('systemPrinterName')}
                  options={systemPrinterChoices(printers.data ?? [], form.systemPrinterName)}
                  error={fields.systemPrinterName}
                  testId="printer-system-name"
                  hint={printers.data && printers.data.length === 0 ? t('settings.noPrintersWereFound') : t('settings.printersInstalledOnThis')}
                />
                <div>
                  <Button size="small" variant="ghost" onClick={printers.reload} busy={printers.loading} data-testid="printer-list-reload">
                    {t('settings.lookForPrintersAgain')}
                  </Button>
                </div>
                <ChoiceGroup
                  legend={t('settings.whenPrinting')}
                  value={form.printMode}
                  onChange={set('printMode')}
                  choices={PRINT_MODE_CHOICES}
                  error={fields.silent}
                  testId="printer-mode"
                />
              </>
            ) : null}
            {network ? (
              <>
                <TextField
                  label={t('settings.printerAddress')}
                  value={form.networkHost}
                  onChange={set('networkHost')}
                  error={fields.networkHost}
                  testId="printer-host"
                  placeholder="192.168.1.50"
                  maxLength={253}
                  spellCheck={false}
                  hint={t('settings.theIpAddressOn')}
                />
                <TextField
                  label={t('settings.port')}
                  value={form.networkPort}
                  onChange={set('networkPort')}
                  error={fields.networkPort}
                  testId="printer-port"
                  inputMode="numeric"
                  maxLength={9}
                  hint={t('settings.x9100ForAlmostEvery')}
                />
                <SelectField
                  label={t('settings.codePage')}
                  value={form.codePage}
                  onChange={(value) => set('codePage')(value as PrinterForm['codePage'])}
                  options={CODE_PAGE_CHOICES}
                  error={fields.codePage}
                  testId="printer-code-page"
                  hint={t('settings.thePrinterSCharacter')}
                />
              </>
            ) : null}
            {form.printerKind === 'none' ? <p className="muted">{t('settings.nothingPrintsReceiptsAnd')}</p> : null}
          </section>
          <section className="card settings-section" aria-labelledby="printer-test">
            <h2 id="printer-test">{t('settings.testPage')}</h2>
            <p className="muted">{t('settings.printsTheShopS')}</p>
            <div className="settings-actions">
              <Button
                onClick={() => void printTestPage()}
                busy={busy === 'test'}
                disabled={form.printerKind === 'none' || busy === 'save'}
                data-testid="printer-test-page"
              >
                {dirty ? t('settings.saveAndPrintA') : t('settings.printATestPage')}
              </Button>
            </div>
            {testJob ? <TestPageOutcome job={testJob} /> : null}
          </section>
        </div>
        <div className="stack">
          <section className="card settings-section" aria-labelledby="printer-paper">
            <h2 id="printer-paper">{t('settings.paper')}</h2>
            <div className="choices-in-column">
              <ChoiceGroup
                legend={t('settings.paperInThePrinter')}
                value={form.paper}
                onChange={set('paper')}
                choices={PAPER_CHOICES}
                error={fields.paper}
                testId="printer-paper"
              />
            </div>
          </section>
          <section className="card settings-section" aria-labelledby="printer-after-sale">
            <h2 id="printer-after-sale">{t('settings.afterASale')}</h2>
            <ChoiceGroup
              legend={t('settings.printAutomatically')}
              value={form.autoPrint}
              onChange={set('autoPrint')}
              choices={AUTO_PRINT_CHOICES}
              error={fields.autoPrint}
              testId="printer-auto-print"
            />
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.openDrawerOnCash}
                  onChange={(event) => set('openDrawerOnCash')(event.target.checked)}
                  data-testid="printer-open-drawer"
                />
                <span>{t('settings.openTheCashDrawer')}</span>
              </label>
              <span className="field__hint">{t('settings.forADrawerPlugged')}</span>
              {fields.openDrawerOnCash ? <span className="field__error">{fields.openDrawerOnCash}</span> : null}
            </div>
          </section>
        </div>
      </div>
    </SettingsForm>
  )
}

function TestPageOutcome({ job }: { job: PrintJob }) {
  const { t } = useTranslation()
  if (job.state === 'done') {
    return (
      <p className="notice notice--info" role="status" data-testid="printer-test-result">
        {t('settings.theTestPageWent', { target: job.target })}
      </p>
    )
  }
  return (
    <div className="notice notice--error" role="alert" data-testid="printer-test-result">
      <p className="notice__sentence">{job.lastError ?? t('settings.theTestPageDid', { target: job.target })}</p>
      <span className="muted">{t('settings.itWaitsInThe')}</span>
    </div>
  )
}
