import type { TFunction } from 'i18next'
import type { AutoPrintChoice, PaperSize, PrintJob, PrintJobState, PrinterKind } from '../../../shared/print'
import type { BadgeTone } from '../components/Badge'

export const JOB_STATE_TONES: Record<PrintJobState, BadgeTone> = {
  queued: 'accent',
  printing: 'accent',
  done: 'success',
  failed: 'danger',
  cancelled: 'neutral'
}

export const PRINTER_KIND_CHOICES: ReadonlyArray<{ value: PrinterKind; label: string; hint: string }> = [
  { value: 'none', label: 'No printer', hint: 'Nothing prints; receipts can still be saved as PDF' },
  { value: 'system', label: 'System printer', hint: 'Any printer installed on this computer, with its driver' },
  { value: 'network', label: 'Network thermal printer', hint: 'An ESC/POS receipt printer with an IP address (port 9100)' }
]

export const PAPER_CHOICES: ReadonlyArray<{ value: PaperSize; label: string; hint: string }> = [
  { value: '58mm', label: '58 mm roll', hint: 'Narrow receipt printers' },
  { value: '80mm', label: '80 mm roll', hint: 'Most receipt printers' },
  { value: 'A4', label: 'A4 sheet', hint: 'Office printers' }
]

export const AUTO_PRINT_CHOICES: ReadonlyArray<{ value: AutoPrintChoice; label: string; hint: string }> = [
  { value: 'none', label: 'Nothing', hint: 'Print from the sale or the order when asked' },
  { value: 'receipt', label: 'Receipt', hint: 'For the customer' },
  { value: 'slip', label: 'Order slip', hint: 'To pick, pack or prepare' },
  { value: 'both', label: 'Receipt and slip', hint: 'One after the other' }
]

/** "Receipt A-1042" or "Test page": what a job is, as the queue lists it, in the screen language. */
export function jobTitle(job: PrintJob, t: TFunction): string {
  const document = t(`printQueue.document.${job.document}`)
  return job.orderNumber ? t('printQueue.jobTitle', { document, number: job.orderNumber }) : document
}
