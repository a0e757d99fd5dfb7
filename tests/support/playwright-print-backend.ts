import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium'
import type { SystemPrinter } from '../../src/shared/print'
import { fitPageScript, type PageSpec, type PrintBackend, type PrintHtmlOptions, type PrintOutcome } from '../../src/main/print/print-backend'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

export interface SpooledPrint {
  deviceName: string
  silent: boolean
  pdfPath: string
}

export interface TestPrintBackend extends PrintBackend {
  /** What reached the pretend spooler, as PDF files. */
  spooled: SpooledPrint[]
  /** Printers that fail every job, as a printer that is off or out of paper does. */
  offline: Set<string>
  /** What the shopkeeper does in the print dialog when a print is not silent. */
  dialogAnswer: PrintOutcome
}

/**
 * The tests' stand-in for Electron: the same Chromium engine renders the page to PDF, and a
 * "printed" page is that PDF written into a folder, so tests can read back what was printed.
 */
export function playwrightPrintBackend(browser: Browser, spoolDir: string, printers: SystemPrinter[]): TestPrintBackend {
  const spooled: SpooledPrint[] = []
  const offline = new Set<string>()
  const render = async (markup: string, page: PageSpec): Promise<Uint8Array> => {
    const context = await browser.newContext({ javaScriptEnabled: true })
    try {
      const tab = await context.newPage()
      await tab.setContent(markup, { waitUntil: 'load' })
      await tab.evaluate(fitPageScript(page))
      return await tab.pdf({ preferCSSPageSize: true, printBackground: true })
    } finally {
      await context.close()
    }
  }
  const backend: TestPrintBackend = {
    spooled,
    offline,
    dialogAnswer: 'printed',
    listPrinters: async () => printers,
    htmlToPdf: render,
    async printHtml(markup: string, options: PrintHtmlOptions): Promise<PrintOutcome> {
      const deviceName = options.deviceName || (printers[0]?.name ?? '')
      if (offline.has(deviceName)) throw new Error('Print job failed')
      if (!options.silent && backend.dialogAnswer === 'cancelled') return 'cancelled'
      const pdfPath = join(spoolDir, `spooled-${spooled.length + 1}.pdf`)
      writeFileSync(pdfPath, await render(markup, options.page))
      spooled.push({ deviceName, silent: options.silent, pdfPath })
      return 'printed'
    }
  }
  return backend
}
