import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, type WebContents } from 'electron'
import type { SystemPrinter } from '../../shared/print'
import { fitPageScript, mmToInches, mmToMicrons, type PageSpec, type PrintBackend, type PrintHtmlOptions, type PrintOutcome } from '../print/print-backend'

const CSS_PX_PER_MM = 96 / 25.4

/**
 * Electron glue for printing: each document is loaded from a temporary file into a hidden,
 * sandboxed window the width of the paper, measured, then printed or turned into a PDF.
 * A file rather than a data: URL, so a long order never meets a URL length limit.
 */
export function electronPrintBackend(): PrintBackend {
  return {
    async listPrinters(): Promise<SystemPrinter[]> {
      return withHiddenWindow(async (contents) => {
        const printers = await contents.getPrintersAsync()
        return printers.map((printer) => ({ name: printer.name, displayName: printer.displayName || printer.name, description: printer.description }))
      })
    },
    printHtml(html: string, options: PrintHtmlOptions): Promise<PrintOutcome> {
      return withDocument(html, options.page, (contents, heightMm) => printContents(contents, options, heightMm))
    },
    htmlToPdf(html: string, page: PageSpec): Promise<Uint8Array> {
      return withDocument(html, page, async (contents, heightMm) => {
        const pdf = await contents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          pageSize: { width: mmToInches(page.widthMm), height: mmToInches(heightMm) },
          margins: { top: 0, bottom: 0, left: 0, right: 0 }
        })
        return new Uint8Array(pdf)
      })
    }
  }
}

function printContents(contents: WebContents, options: PrintHtmlOptions, heightMm: number): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    contents.print(
      {
        silent: options.silent,
        deviceName: options.deviceName || undefined,
        printBackground: true,
        margins: { marginType: 'none' },
        pageSize: { width: mmToMicrons(options.page.widthMm), height: mmToMicrons(heightMm) }
      },
      (success, failureReason) => {
        if (success) resolve('printed')
        else if (/cancel/i.test(failureReason)) resolve('cancelled')
        else reject(new Error(failureReason || 'Print job failed'))
      }
    )
  })
}

async function withDocument<T>(html: string, page: PageSpec, use: (contents: WebContents, heightMm: number) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'tillpoint-print-'))
  try {
    const file = join(folder, 'document.html')
    await writeFile(file, html, 'utf8')
    return await withHiddenWindow(
      async (contents) => {
        await contents.loadFile(file)
        const heightMm = Number(await contents.executeJavaScript(fitPageScript(page)))
        return use(contents, heightMm)
      },
      Math.ceil(page.widthMm * CSS_PX_PER_MM)
    )
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

async function withHiddenWindow<T>(use: (contents: WebContents) => Promise<T>, widthPx = 800): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    width: widthPx,
    height: 800,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true }
  })
  try {
    return await use(window.webContents)
  } finally {
    window.destroy()
  }
}
