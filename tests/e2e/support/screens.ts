import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

/**
 * One picture of each screen as the shopkeeper sees it, kept after every run (CI artifacts) in
 * `<outputDir>/screens`: test-results/screens, or wherever `--output` points.
 */
export function screensDir(testInfo: TestInfo): string {
  return join(testInfo.project.outputDir, 'screens')
}

export async function captureScreen(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Screenshot names are lowercase words and dashes: ${name}`)
  const dir = screensDir(testInfo)
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled' })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
