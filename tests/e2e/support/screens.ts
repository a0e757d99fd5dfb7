import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

/** Kept after every run (CI artifacts): one picture of each screen as the shopkeeper sees it. */
export const SCREENS_DIR = resolve(__dirname, '../../../test-results/screens')

export async function captureScreen(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Screenshot names are lowercase words and dashes: ${name}`)
  mkdirSync(SCREENS_DIR, { recursive: true })
  const path = join(SCREENS_DIR, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled' })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
