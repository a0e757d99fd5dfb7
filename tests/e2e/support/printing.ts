import { mkdirSync } from 'node:fs'
import type { SystemPrinter } from '../../../src/shared/print'
import { playwrightPrintBackend, type TestPrintBackend } from '../../support/playwright-print-backend'
import { openTestTill } from '../../support/test-till'
import { test as base } from './fixtures'

export const SYSTEM_PRINTERS: SystemPrinter[] = [
  { name: 'EPSON_TM_T20III', displayName: 'EPSON TM-T20III', description: 'Receipt printer at the counter' },
  { name: 'Office_Laser', displayName: 'Office Laser', description: 'A4 in the back office' }
]

/**
 * The e2e fixtures with a print backend, as the app window has: system printers to list, and
 * PDFs rendered by the test's own Chromium (written into the test's folder).
 */
export const test = base.extend<{ printBackend: TestPrintBackend }>({
  printBackend: async ({ browser }, use, testInfo) => {
    const spool = testInfo.outputPath('spool')
    mkdirSync(spool, { recursive: true })
    await use(playwrightPrintBackend(browser, spool, SYSTEM_PRINTERS))
  },
  till: async ({ printBackend }, use, testInfo) => {
    const dir = testInfo.outputPath('till-data')
    mkdirSync(dir, { recursive: true })
    const till = openTestTill({ dir, printBackend })
    await use(till)
    await till.cleanup()
  }
})

export { expect } from './fixtures'
