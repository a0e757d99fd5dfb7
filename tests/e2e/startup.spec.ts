import { mkdirSync } from 'node:fs'
import { manualClock } from '../../src/main/core/clock'
import { openShop, type Shop } from '../../src/main/open-shop'
import { TOOL_WINDOW } from '../../src/main/tillpoint'
import { overwritePages } from '../support/damaged-files'
import { openTestTill, TEST_EPOCH } from '../support/test-till'
import { sellAtCounter } from '../support/sales'
import { expectAccessible } from './support/a11y'
import { expect, test as base } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

interface DamagedShop {
  shop: Shop
  dbPath: string
  revealed: string[]
}

/**
 * The app started as Electron starts it (openShop) on a database whose pages were overwritten
 * after a verified backup of 5 sales, and 2 more sales the backup lacks.
 */
const test = base.extend<{ damaged: DamagedShop }>({
  damaged: async ({}, use, testInfo) => {
    const dir = testInfo.outputPath('till-data')
    mkdirSync(dir, { recursive: true })
    const till = openTestTill({ dir })
    await setUpShop(till)
    const oat = await addProduct(till, 'Oat milk', { price: 320, stock: 50 })
    for (let sale = 0; sale < 5; sale += 1) await sellAtCounter(till, [{ variantId: oat.variants[0]!.id }])
    await till.ok('backups.now')
    for (let sale = 0; sale < 2; sale += 1) await sellAtCounter(till, [{ variantId: oat.variants[0]!.id }])
    await till.close()
    overwritePages(till.dbPath)
    const revealed: string[] = []
    const shop = await openShop({
      dbPath: till.dbPath,
      clock: manualClock(TEST_EPOCH + 3_600_000),
      logError: () => undefined,
      revealFile: (path) => revealed.push(path)
    })
    await use({ shop, dbPath: till.dbPath, revealed })
    await shop.close()
  },
  wiring: async ({ damaged }, use) => use({ dispatch: damaged.shop.dispatch, bus: damaged.shop.bus })
})

test('a damaged database at start: the start-up screen says so, shows the newest good backup and where the file is, and one click restores it and opens the till', async ({
  page,
  damaged,
  capture
}) => {
  await page.goto('/')
  const screen = page.getByTestId('startup-screen')
  await expect(screen).toHaveAttribute('data-kind', 'damaged')
  await expect(page.getByTestId('startup-title')).toHaveText("The shop's database is damaged")
  await expect(page.getByTestId('startup-backup-orders')).toHaveText('5')
  await expect(page.getByTestId('startup-backup-products')).toHaveText('1')
  await expect(page.getByTestId('startup-db-path')).toHaveText(damaged.dbPath)
  await expectAccessible(page, 'the start-up screen')
  for (const [width, height] of [
    [800, 600],
    [1280, 800],
    [1920, 1080]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `startup-damaged-${width}`)
  }

  await page.getByTestId('startup-show-file').click()
  await expect.poll(() => damaged.revealed).toEqual([damaged.dbPath])

  await page.getByTestId('startup-restore').click()
  await expect(page.getByTestId('sell-grid')).toBeVisible()
  await expect(screen).toHaveCount(0)
  expect(damaged.shop.till()).not.toBeNull()
  const orders = await damaged.shop.dispatch('orders.list', { input: { limit: 50 } }, TOOL_WINDOW)
  expect(orders).toMatchObject({ ok: true, data: { orders: expect.any(Array) } })
  expect(orders.ok && (orders.data as { orders: unknown[] }).orders).toHaveLength(5)
})

test.describe('in Arabic', () => {
  test.use({ locale: 'ar' })

  test('the start-up screen speaks the system language and reads right to left', async ({ page, damaged, capture }) => {
    void damaged
    await page.goto('/')
    await expect(page.getByTestId('startup-screen')).toHaveAttribute('data-kind', 'damaged')
    await expect(page.getByTestId('startup-title')).toHaveText('قاعدة بيانات المتجر تالفة')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await page.setViewportSize({ width: 1280, height: 800 })
    await capture(page, 'startup-damaged-ar-1280')
  })
})
