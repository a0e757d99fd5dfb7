import type { AppErrorData } from '../../../../shared/errors'
import { localRefusal } from '../../lib/errors'
import type { AutoPrintChoice, CodePage, PaperSize, PrintSettings, PrintSettingsPatch, PrinterKind } from '../../../../shared/print'
import { t } from '../../i18n/i18n'

/** The printer settings as the form edits them: the port as typed, silent as a choice. */
export interface PrinterForm {
  printerKind: PrinterKind
  systemPrinterName: string
  networkHost: string
  networkPort: string
  paper: PaperSize
  printMode: 'silent' | 'dialog'
  autoPrint: AutoPrintChoice
  codePage: CodePage
  openDrawerOnCash: boolean
}

export function printerFormOf(settings: PrintSettings): PrinterForm {
  return {
    printerKind: settings.printerKind,
    systemPrinterName: settings.systemPrinterName,
    networkHost: settings.networkHost,
    networkPort: String(settings.networkPort),
    paper: settings.paper,
    printMode: settings.silent ? 'silent' : 'dialog',
    autoPrint: settings.autoPrint,
    codePage: settings.codePage,
    openDrawerOnCash: settings.openDrawerOnCash
  }
}

/**
 * The form as the main process expects it. Only a port that is not a number at all is caught
 * here; its range and everything else is the main process's to refuse, beside the fields.
 */
export function printerPatchOf(form: PrinterForm): { patch: PrintSettingsPatch } | { error: AppErrorData } {
  const port = form.networkPort.trim()
  if (!/^\d{1,9}$/.test(port)) {
    const message = t('settings.portWhole')
    return { error: localRefusal('networkPort', message) }
  }
  return {
    patch: {
      printerKind: form.printerKind,
      systemPrinterName: form.systemPrinterName,
      networkHost: form.networkHost.trim(),
      networkPort: Number(port),
      paper: form.paper,
      silent: form.printMode === 'silent',
      autoPrint: form.autoPrint,
      codePage: form.codePage,
      openDrawerOnCash: form.openDrawerOnCash
    }
  }
}

/** The system printers to choose from: the default first, and a saved printer kept even when it is not found now. */
export function systemPrinterChoices(printers: ReadonlyArray<{ name: string; displayName: string }>, saved: string): Array<{ value: string; label: string }> {
  const choices = [
    { value: '', label: t('settings.theSystemSDefault') },
    ...printers.map((printer) => ({ value: printer.name, label: printer.displayName || printer.name }))
  ]
  if (saved !== '' && !printers.some((printer) => printer.name === saved)) choices.push({ value: saved, label: t('settings.notFoundNow', { saved }) })
  return choices
}
