import { existsSync } from 'node:fs'
import { pendingRestorePath } from '../../src/main/backups/restore'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => {
  await setUpShop(till)
  await addProduct(till, 'Oat milk', { price: 320, stock: 12 })
})

test('Settings → Backups: the nav warns until the first backup; "Back up now" shows its progress and lists a verified backup', async ({
  page,
  tillEvents,
  capture,
  captureAtSizes
}) => {
  await page.goto('/#/sell')
  const status = page.getByTestId('backup-status')
  await expect(status).toHaveAttribute('data-state', 'warning')
  await expect(status).toContainText('No backup yet')
  await status.click()
  await expect(page).toHaveURL(/#\/settings\/backups$/)
  await expect(page.getByTestId('backups-empty')).toBeVisible()
  await capture(page, 'backups-settings-empty')

  await page.getByTestId('backups-now').click()
  await expect(page.getByTestId('backups-row')).toHaveCount(1)
  await expect(page.getByTestId('backups-row')).toContainText('Verified')
  await expect(page.getByTestId('backups-row')).toContainText('By hand')
  await expect(status).toHaveAttribute('data-state', 'ok')
  const fractions = tillEvents
    .filter((event) => event.name === 'backups.progress')
    .map((event) => (event.payload as { progress: { fraction: number } }).progress.fraction)
  expect(fractions.length).toBeGreaterThan(1)
  expect(fractions.at(-1)).toBe(1)
  await captureAtSizes(page, 'backups-settings-listed')
})

test('a second folder chosen in the picker that cannot be written is reported in Settings and in the nav foot; the local backup still counts', async ({
  page,
  till,
  captureAtSizes
}) => {
  // the shopkeeper picks it in the main process's folder dialog: a path under a file, like a drive
  // letter that is not there, which can never be created
  till.services.backups.useDialogs({ chooseFolder: async () => `${till.dbPath}/usb`, chooseDatabaseFile: async () => null })
  await page.goto('/#/settings/backups')
  await expect(page.getByTestId('backups-second-folder')).toHaveAttribute('readonly', '')
  await page.getByTestId('backups-choose-folder').click()
  await expect(page.getByTestId('backups-second-folder')).toHaveValue(`${till.dbPath}/usb`)
  await page.getByTestId('backups-save').click()
  await expect.poll(async () => (await till.ok('backups.settings')).secondFolder).toBe(`${till.dbPath}/usb`)
  await expect(page.getByTestId('backups-second-unreachable')).toBeVisible()
  await page.getByTestId('backups-now').click()
  await expect(page.getByTestId('backups-failure-second')).toBeVisible()
  await expect(page.getByTestId('backups-row')).toHaveCount(1)
  await expect(page.getByTestId('backup-status')).toContainText('Second backup folder unreachable')
  expect((await till.ok('backups.status')).lastGoodAt).not.toBeNull()
  await captureAtSizes(page, 'backups-second-folder')
})

test('restore: choose a backup, read what it holds, confirm; it is staged for the restart and the current database kept', async ({ page, till, capture }) => {
  await till.ok('backups.now')
  await page.goto('/#/settings/backups')
  await page.getByTestId('backups-restore').click()
  const dialog = page.getByTestId('restore-dialog')
  await expect(dialog.getByTestId('restore-summary')).toBeVisible()
  await expect(dialog.getByTestId('restore-count-products')).toHaveText('1 products')
  await expect(dialog.getByTestId('restore-last-order')).toHaveText('Last order: none')
  await capture(page, 'backups-restore-summary')
  await dialog.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('backups-restarting')).toBeVisible()
  await capture(page, 'backups-restore-restarting')
  expect(existsSync(pendingRestorePath(till.dbPath))).toBe(true)
  expect(existsSync(till.dbPath)).toBe(true)
})
