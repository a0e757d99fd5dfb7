import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import type { BackupStatus } from '../../src/shared/backups'
import type { Result } from '../../src/shared/errors'
import { launchBuiltApp, type BuiltApp } from '../support/built-app'
import { openTestTill, TEST_OWNER_PIN, type TestTill } from '../support/test-till'
import { sellAtCounter } from '../support/sales'
import { expect, test as base } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

/**
 * Closes the test's till and starts the built app (`out/main/index.js`: run `npx electron-vite build`
 * first) on its files in its own process, as a shop starts it: a restart is then Electron's
 * (app.relaunch, the process exits, a new one starts), and the app runs on the real clock.
 */
async function launchBuiltAppOn(till: TestTill): Promise<BuiltApp> {
  await till.close()
  // the app's database is <user data>/tillpoint.sqlite, beside its backups folder; a staged restore goes with it
  for (const suffix of ['', '-wal', '-shm', '.restore', '.restore.json']) {
    if (existsSync(`${till.dbPath}${suffix}`)) renameSync(`${till.dbPath}${suffix}`, join(till.dir, `tillpoint.sqlite${suffix}`))
  }
  return launchBuiltApp(till.dir)
}

function tillIn(testInfo: TestInfo): TestTill {
  const dir = testInfo.outputPath('till-data')
  mkdirSync(dir, { recursive: true })
  return openTestTill({ dir })
}

interface ShopWithBackup {
  app: BuiltApp
  /** The order numbers in the backup, and those sold after it. */
  inBackup: string[]
  afterBackup: string[]
  /** The backup's file name, as the notice after the restore names it. */
  backupFile: string
}

/** A shop with a verified backup of 3 sales and 2 more sales the backup lacks, run by the built app. */
const test = base.extend<{ shop: ShopWithBackup }>({
  shop: async ({}, use, testInfo) => {
    const till = tillIn(testInfo)
    await setUpShop(till)
    const oat = (await addProduct(till, 'Oat milk', { price: 320, stock: 50 })).variants[0]!.id
    const sell = async (count: number): Promise<string[]> => {
      const numbers: string[] = []
      for (let sale = 0; sale < count; sale += 1) numbers.push((await sellAtCounter(till, [{ variantId: oat }])).number)
      return numbers
    }
    const inBackup = await sell(3)
    const { local } = await till.ok('backups.now')
    const afterBackup = await sell(2)
    const app = await launchBuiltAppOn(till)
    try {
      await use({ app, inBackup, afterBackup, backupFile: basename(local.path) })
    } finally {
      await app.close()
    }
  },
  wiring: async ({ shop }, use) => use(shop.app.wiring)
})

interface RestoredAtNextStart {
  app: BuiltApp
  backupFile: string
}

/**
 * A restore staged (as Restore does before the restart) of a backup of a shop with staff PINs, or of
 * one not yet set up (`setUp: false`), then the built app started on it: it starts on the backup.
 */
const restoredTest = base.extend<{ setUp: boolean; restored: RestoredAtNextStart }>({
  setUp: [true, { option: true }],
  restored: async ({ setUp }, use, testInfo) => {
    const till = tillIn(testInfo)
    if (setUp) {
      await setUpShop(till)
      await till.addStaff('Cara Cashier', 'cashier', '4826')
    }
    const { local } = await till.ok('backups.now')
    await till.ok('backups.restore', { backupId: local.id })
    const app = await launchBuiltAppOn(till)
    try {
      await use({ app, backupFile: basename(local.path) })
    } finally {
      await app.close()
    }
  },
  wiring: async ({ restored }, use) => use(restored.app.wiring)
})

// each start of the built app is its own Node process (10-30 s on the shared machine under load), three in the test
test.describe.configure({ timeout: 240_000 })

async function orderNumbersShown(page: Page): Promise<string[]> {
  await page.goto('/#/orders')
  // a fresh start answers while its own start-up backup and integrity check run beside it
  await expect(page.getByTestId('order-row').first()).toBeVisible({ timeout: 20_000 })
  return (await page.getByTestId('order-row-number').allTextContents()).map((text) => text.trim()).sort()
}

test('restore, then the app restarts onto the backup: its orders are there and the later sales are not; undo restarts back onto them', async ({
  page,
  shop,
  capture,
  captureAtSizes
}) => {
  const every = [...shop.inBackup, ...shop.afterBackup].sort()
  expect(await orderNumbersShown(page)).toEqual(every)
  // a first start on the shop's own database names no restore
  await expect(page.getByTestId('restored-notice')).toHaveCount(0)

  await page.goto('/#/settings/backups')
  // the app runs on the real clock, so its own start-up and quit backups are newer than the shop's: pick this one by its file
  await page
    .getByTestId('backups-row')
    .filter({ has: page.locator(`td[title$="${shop.backupFile}"]`) })
    .getByTestId('backups-restore')
    .click()
  const dialog = page.getByTestId('restore-dialog')
  // the backup is checked again in a worker (integrity, hash) before its summary shows
  await expect(dialog.getByTestId('restore-count-orders')).toHaveText('3 orders', { timeout: 20_000 })
  await dialog.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('backups-restarting')).toBeVisible()
  await shop.app.started(2)
  expect(new Set(shop.app.pids).size).toBe(2)

  // the relaunch opens a new window: the page loads again, on the restored database
  await page.reload()
  expect(await orderNumbersShown(page)).toEqual([...shop.inBackup].sort())
  // every screen names the backup it now runs on, and its date (TEST_EPOCH, UTC) in the screen language
  const notice = page.getByTestId('restored-notice')
  await expect(notice).toHaveAttribute('data-kind', 'backup')
  await expect(notice).toContainText(shop.backupFile)
  await expect(notice).toContainText('March 2, 2026')
  await page.setViewportSize({ width: 1280, height: 800 })
  await capture(page, 'backups-restarted-orders-1280')
  await page.goto('/#/settings/backups')
  await expect(page.getByTestId('backups-undo-restore')).toBeVisible()
  await expect(notice).toContainText(shop.backupFile)
  await captureAtSizes(page, 'backups-restarted-settings')
  const tillLanguage = (screenLanguage: 'de' | 'en') => shop.app.wiring.dispatch('settings.updateTill', { input: { screenLanguage } }, 1)
  await tillLanguage('de')
  await expect(notice).toContainText('2. März 2026')
  await tillLanguage('en')
  await expect(notice).toContainText('March 2, 2026')

  // OK hides it, on every screen and after a reload
  await notice.getByTestId('restored-notice-ok').click()
  await expect(notice).toHaveCount(0)
  await page.reload()
  expect(await orderNumbersShown(page)).toEqual([...shop.inBackup].sort())
  await expect(notice).toHaveCount(0)

  await page.goto('/#/settings/backups')
  const status = (await shop.app.wiring.dispatch('backups.status', { input: undefined }, 1)) as Result<BackupStatus>
  if (!status.ok || !status.data.undoable) throw new Error('no restore to undo')
  const setAsideFile = basename(status.data.undoable.setAsidePath)

  await page.getByTestId('backups-undo-restore').click()
  await expect(page.getByTestId('backups-restarting')).toBeVisible()
  await shop.app.started(3)
  expect(new Set(shop.app.pids).size).toBe(3)
  await page.reload()
  expect(await orderNumbersShown(page)).toEqual(every)
  // after the undo the notice names the set-aside file the till runs on again
  await expect(notice).toHaveAttribute('data-kind', 'set-aside')
  await expect(notice).toContainText(setAsideFile)
  await page.setViewportSize({ width: 800, height: 600 })
  await capture(page, 'backups-undone-orders-800')
})

restoredTest(
  'the lock screen names the restored backup until OK, which main remembers: not after a reload, nor once unlocked',
  async ({ page, restored, captureAtSizes }) => {
    await page.goto('/')
    const lock = page.getByTestId('lock-screen')
    await expect(lock).toBeVisible()
    const notice = lock.getByTestId('restored-notice')
    await expect(notice).toHaveAttribute('data-kind', 'backup')
    await expect(notice).toContainText(restored.backupFile)
    await expect(notice).toContainText('March 2, 2026')
    await captureAtSizes(page, 'backups-restored-lock')
    await notice.getByTestId('restored-notice-ok').click()
    await expect(notice).toHaveCount(0)
    await page.reload()
    await expect(lock).toBeVisible()
    await expect(page.getByTestId('lock-staff').first()).toBeVisible()
    await expect(page.getByTestId('restored-notice')).toHaveCount(0)
    await page.getByTestId('lock-staff').filter({ hasText: 'Olive Owner' }).click()
    await page.keyboard.type(TEST_OWNER_PIN)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('staff-name')).toHaveText('Olive Owner')
    await expect(page.getByTestId('restored-notice')).toHaveCount(0)
  }
)

restoredTest.describe('a shop not set up yet', () => {
  restoredTest.use({ setUp: false })
  restoredTest('the first-run screen names the restored backup until OK', async ({ page, restored, captureAtSizes }) => {
    await page.goto('/')
    const firstRun = page.getByTestId('first-run')
    await expect(firstRun).toBeVisible()
    const notice = firstRun.getByTestId('restored-notice')
    await expect(notice).toContainText(restored.backupFile)
    await captureAtSizes(page, 'backups-restored-first-run')
    await notice.getByTestId('restored-notice-ok').click()
    await expect(notice).toHaveCount(0)
    await page.reload()
    await expect(firstRun).toBeVisible()
    await expect(page.getByTestId('restored-notice')).toHaveCount(0)
  })
})
