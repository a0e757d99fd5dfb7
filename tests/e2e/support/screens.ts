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

export interface ScreenSize {
  width: number
  height: number
}

/** The sizes every screen is looked at in: the small counter, the everyday laptop, a full-HD monitor. */
export const SCREENSHOT_SIZES: readonly ScreenSize[] = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]

/** The page at each screenshot size, `check` first, then captured as `<name>-<width>`; back at 1280x800 after. */
export async function captureAtSizes(page: Page, name: string, testInfo: TestInfo, check?: (size: ScreenSize) => Promise<void>): Promise<void> {
  for (const size of SCREENSHOT_SIZES) {
    await page.setViewportSize(size)
    await check?.(size)
    await captureScreen(page, `${name}-${size.width}`, testInfo)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}
