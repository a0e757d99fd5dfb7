import type { TFunction } from 'i18next'
import { t as translate } from '../i18n/i18n'
import type { AutoPrintChoice, PaperSize, PrintJob, PrintJobState, PrinterKind } from '../../../shared/print'
import type { BadgeTone } from '../components/Badge'

export const JOB_STATE_TONES: Record<PrintJobState, BadgeTone> = {
  queued: 'accent',
  printing: 'accent',
  done: 'success',
  failed: 'danger',
  cancelled: 'neutral'
}

type Choice<V extends string> = { value: V; readonly label: string; readonly hint: string }

/** Choices whose words are read when shown, so they follow the screen language as it changes. */
function choices<V extends string>(values: readonly V[], words: (value: V) => { label: string; hint: string }): ReadonlyArray<Choice<V>> {
  return values.map((value) => ({
    value,
    get label() {
      return words(value).label
    },
    get hint() {
      return words(value).hint
    }
  }))
}

export const PRINTER_KIND_CHOICES = choices<PrinterKind>(['none', 'system', 'network'], (kind) => ({
  label: translate(`printQueue.printerKind.${kind}.label`),
  hint: translate(`printQueue.printerKind.${kind}.hint`)
}))

export const PAPER_CHOICES = choices<PaperSize>(['58mm', '80mm', 'A4'], (paper) => ({
  label: translate(`printQueue.paper.${paper}.label`),
  hint: translate(`printQueue.paper.${paper}.hint`)
}))

export const AUTO_PRINT_CHOICES = choices<AutoPrintChoice>(['none', 'receipt', 'slip', 'both'], (choice) => ({
  label: translate(`printQueue.autoPrint.${choice}.label`),
  hint: translate(`printQueue.autoPrint.${choice}.hint`)
}))

/** "Receipt A-1042" or "Test page": what a job is, as the queue lists it, in the screen language. */
export function jobTitle(job: PrintJob, t: TFunction): string {
  const document = t(`printQueue.document.${job.document}`)
  return job.orderNumber ? t('printQueue.jobTitle', { document, number: job.orderNumber }) : document
}
