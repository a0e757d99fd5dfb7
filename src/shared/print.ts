import { z } from 'zod'
import { saveTokenSchema } from './files'
import { freeText } from './free-text'
import type { Language } from './i18n/languages'
import type { Money } from './money'
import type { TaxRateTotals } from './pricing'
import type { OrderKind } from './orders'
import { schemaMessage } from './i18n/schema-message'

/** The shop as the head of a document names it; receipts add the tax number. */
export interface ShopHeading {
  name: string
  address: string
  phone: string
  taxNumber?: string
}

/**
 * Everything a receipt or an order slip shows, gathered once from the database. Templates and the
 * ESC/POS encoder read only this, so they never depend on how orders are stored.
 */
export interface PrintableOrder {
  shop: ShopHeading & { taxNumber: string }
  /** The shop's receipt footer (return policy, thank-you line); empty prints "Thank you!". */
  receiptFooter: string
  orderId: number
  orderNumber: string
  kind: OrderKind
  /** Set for delivery orders. */
  deliveryAddress: string | null
  customerName: string | null
  /** "Served by": the staff member who took the order, when the shop prints it (settings.receiptServedBy). */
  servedBy: string | null
  /** Epoch milliseconds. */
  createdAt: number
  lines: PrintableLine[]
  notes: string
  /** Sum of the line totals (each already net of its own line discount and promotion). */
  subtotal: Money
  /** Order-wide discounts and the coupon, as a positive amount taken off the subtotal. */
  discounts: Money
  tax: Money
  /** True when prices already include the tax (the receipt says "incl."). */
  taxIncluded: boolean
  total: Money
  /** Per tax rate as sold: rate, net, tax, gross (net + tax = gross), highest rate first. */
  taxRates: TaxRateTotals[]
  payments: PrintablePayment[]
  currency: string
  currencyDigits: number
  /** The shop's locale: amounts are written in it, dates in the receipt language with its region. */
  locale: string
  timeZone: string
  /** The shop's receipt language (settings.receiptLanguage): every word printed is in it. */
  language: Language
}

export interface PrintableLine {
  name: string
  /** '' for a simple product. */
  variantLabel: string
  sku: string
  quantity: number
  unitPrice: Money
  /** Positive amount taken off this line by its own discount. */
  lineDiscount: Money
  /** The quantity promotion that covers the line ("3 for 10.00") and its share of it, or null. */
  promotion: { name: string; discount: Money } | null
  /** unit price x quantity - line discount - promotion. */
  lineTotal: Money
}

export interface PrintablePayment {
  /** 'cash', 'card', or another method the checkout knows. */
  method: string
  /** Money given back to the customer (a return or a cancellation) rather than taken. */
  refund: boolean
  amount: Money
  /** Cash handed over, when the method is cash. */
  tendered: Money | null
  change: Money | null
  /** Cash only: the cash taken (or given back) less the amount, to the smallest coin; printed as its own line. */
  rounding: Money
  cardLastFour: string | null
}

export const PRINT_DOCUMENTS = ['receipt', 'slip'] as const
/** A receipt for the customer (prices, payments) or an order slip to pick and pack (no prices). */
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number]

export const PAPER_SIZES = ['58mm', '80mm', 'A4'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

export const PRINTER_KINDS = ['none', 'system', 'network'] as const
/** A printer the system knows (driver, by name), a thermal printer on the network (raw ESC/POS), or none. */
export type PrinterKind = (typeof PRINTER_KINDS)[number]

export const AUTO_PRINT_CHOICES = ['none', 'receipt', 'slip', 'both'] as const
export type AutoPrintChoice = (typeof AUTO_PRINT_CHOICES)[number]

/**
 * Code pages a network thermal printer can be told to use, by the names the ESC/POS encoder knows.
 * Text the chosen page cannot show falls back to another page the printer has, character by
 * character, rather than printing '?'.
 */
export const CODE_PAGES = [
  { id: 'cp437', label: 'CP437 (US, original IBM PC)' },
  { id: 'cp850', label: 'CP850 (Western Europe)' },
  { id: 'cp858', label: 'CP858 (Western Europe, with €)' },
  { id: 'windows1252', label: 'Windows-1252 (Western Europe)' },
  { id: 'iso8859-15', label: 'ISO 8859-15 (Latin-9)' },
  { id: 'cp852', label: 'CP852 (Central Europe)' },
  { id: 'windows1250', label: 'Windows-1250 (Central Europe)' },
  { id: 'cp860', label: 'CP860 (Portuguese)' },
  { id: 'cp863', label: 'CP863 (Canadian French)' },
  { id: 'cp865', label: 'CP865 (Nordic)' },
  { id: 'cp861', label: 'CP861 (Icelandic)' },
  { id: 'cp857', label: 'CP857 (Turkish)' },
  { id: 'windows1254', label: 'Windows-1254 (Turkish)' },
  { id: 'cp866', label: 'CP866 (Cyrillic)' },
  { id: 'windows1251', label: 'Windows-1251 (Cyrillic)' },
  { id: 'cp737', label: 'CP737 (Greek)' },
  { id: 'windows1253', label: 'Windows-1253 (Greek)' },
  { id: 'cp862', label: 'CP862 (Hebrew)' },
  { id: 'windows1255', label: 'Windows-1255 (Hebrew)' },
  { id: 'cp864', label: 'CP864 (Arabic)' },
  { id: 'windows1256', label: 'Windows-1256 (Arabic)' },
  { id: 'windows1257', label: 'Windows-1257 (Baltic)' },
  { id: 'windows1258', label: 'Windows-1258 (Vietnamese)' }
] as const
export type CodePage = (typeof CODE_PAGES)[number]['id']
const CODE_PAGE_IDS = CODE_PAGES.map((page) => page.id) as [CodePage, ...CodePage[]]

const hostPattern = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/

export const printSettingsSchema = z.object({
  printerKind: z.enum(PRINTER_KINDS, { error: schemaMessage('print.printerKind') }),
  /** The system printer's name as the OS knows it; '' means the system's default printer. */
  systemPrinterName: freeText(200),
  /** Host name or IP address of a network thermal printer. */
  networkHost: freeText(253).refine((host) => host === '' || hostPattern.test(host), { error: schemaMessage('print.host') }),
  networkPort: z
    .number()
    .int({ error: schemaMessage('print.portWhole') })
    .min(1, { error: schemaMessage('print.portRange', { min: 1, max: 65_535 }) })
    .max(65_535, { error: schemaMessage('print.portRange', { min: 1, max: 65_535 }) }),
  paper: z.enum(PAPER_SIZES, { error: schemaMessage('print.paper') }),
  /** Print straight to the printer, or show the system's print dialog each time. */
  silent: z.boolean(),
  autoPrint: z.enum(AUTO_PRINT_CHOICES, { error: schemaMessage('print.autoPrint') }),
  codePage: z.enum(CODE_PAGE_IDS, { error: schemaMessage('print.codePage') }),
  /** Kick the cash drawer wired to the receipt printer after a sale paid (partly) in cash. */
  openDrawerOnCash: z.boolean()
})

export type PrintSettings = z.infer<typeof printSettingsSchema>

export const printSettingsPatchSchema = printSettingsSchema.partial().strict()
export type PrintSettingsPatch = z.input<typeof printSettingsPatchSchema>

export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  printerKind: 'none',
  systemPrinterName: '',
  networkHost: '',
  networkPort: 9100,
  paper: '80mm',
  silent: true,
  autoPrint: 'none',
  codePage: 'cp858',
  openDrawerOnCash: true
}

export const PRINT_JOB_STATES = ['queued', 'printing', 'done', 'failed', 'cancelled'] as const
export type PrintJobState = (typeof PRINT_JOB_STATES)[number]

/** What a job puts on paper: an order's receipt or slip, a test page, or only the drawer kick. */
export const PRINT_JOB_DOCUMENTS = ['receipt', 'slip', 'test', 'drawer'] as const
export type PrintJobDocument = (typeof PRINT_JOB_DOCUMENTS)[number]

export interface PrintJob {
  id: number
  /** Null for a test page. */
  orderId: number | null
  orderNumber: string | null
  document: PrintJobDocument
  printerKind: Exclude<PrinterKind, 'none'>
  /** Which printer, as the shopkeeper knows it: "EPSON TM-T20" or "192.168.1.50:9100". */
  target: string
  state: PrintJobState
  attempts: number
  /** Why the last attempt failed, in words a shopkeeper can act on. */
  lastError: string | null
  /** A reprint says "COPY" on paper. */
  reprint: boolean
  /** Only the checkout's own print of a cash sale opens the drawer, never a print asked for later. */
  openDrawer: boolean
  requestedBy: string
  createdAt: number
  updatedAt: number
  printedAt: number | null
}

export interface SystemPrinter {
  name: string
  displayName: string
  description: string
}

const orderIdSchema = z.number().int().positive()

export const previewInputSchema = z
  .object({
    orderId: orderIdSchema,
    document: z.enum(PRINT_DOCUMENTS),
    /** Defaults to the paper in the print settings. */
    paper: z.enum(PAPER_SIZES).optional()
  })
  .strict()

export interface PrintPreview {
  html: string
  paper: PaperSize
  /** Width of the paper, so the preview can be drawn at its real size. */
  widthMm: number
}

export const printOrderInputSchema = z
  .object({
    orderId: orderIdSchema,
    document: z.enum([...PRINT_DOCUMENTS, 'both']),
    /** A reprint of something already handed out is marked "COPY" on paper. */
    reprint: z.boolean().default(false)
  })
  .strict()

export const savePdfInputSchema = z
  .object({
    orderId: orderIdSchema,
    document: z.enum(PRINT_DOCUMENTS),
    /** Where the shopkeeper chose to save the PDF (files.chooseSavePath). */
    saveToken: saveTokenSchema,
    paper: z.enum(PAPER_SIZES).optional()
  })
  .strict()

export interface SavedPdf {
  path: string
  bytes: number
}

export const printQueueQuerySchema = z
  .object({
    state: z.enum(PRINT_JOB_STATES).optional(),
    orderId: orderIdSchema.optional(),
    /** Keyset cursor: the id of the last job already shown (newest first). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()

export const printJobRefSchema = z.object({ jobId: z.number().int().positive() }).strict()

/** What changed in printing: one job's state, or the print settings. */
export type PrintChange = { kind: 'job'; jobId: number; orderId: number | null; state: PrintJobState } | { kind: 'settings'; settings: PrintSettings }
