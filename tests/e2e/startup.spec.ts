import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { manualClock } from '../../src/main/core/clock'
import { openShop, type Shop } from '../../src/main/open-shop'
import { TOOL_WINDOW } from '../../src/main/tillpoint'
import { overwritePages, readOnlyInPlace } from '../support/damaged-files'
import type { TestFolder } from '../support/small-fs'
import { openTestTill, TEST_EPOCH } from '../support/test-till'
import { sellAtCounter } from '../support/sales'
import { expectAccessible } from './support/a11y'
import { expect, test as base } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

/** What happens to the closed shop's files before the app starts on them. */
type Damage = 'pages-overwritten' | 'folder-read-only'

interface DamagedShop {
  shop: Shop
  dbPath: string
  /** SHA-256 of the database file as the app found it. */
  foundSha: string
  revealed: string[]
  /** The read-only mount of the shop's folder, while it lasts. */
  readOnly: TestFolder | null
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * The app started as Electron starts it (openShop) on a shop with a verified backup of 5 sales and
 * 2 more sales the backup lacks, after `damage` was done to its files.
 */
const test = base.extend<{ damage: Damage; damaged: DamagedShop }>({
  damage: ['pages-overwritten', { option: true }],
  damaged: async ({ damage }, use, testInfo) => {
    const dir = testInfo.outputPath('till-data')
    mkdirSync(dir, { recursive: true })
    const till = openTestTill({ dir })
    await setUpShop(till)
    const oat = await addProduct(till, 'Oat milk', { price: 320, stock: 50 })
    for (let sale = 0; sale < 5; sale += 1) await sellAtCounter(till, [{ variantId: oat.variants[0]!.id }])
    await till.ok('backups.now')
    for (let sale = 0; sale < 2; sale += 1) await sellAtCounter(till, [{ variantId: oat.variants[0]!.id }])
    await till.close()
    if (damage === 'pages-overwritten') overwritePages(till.dbPath)
    const readOnly = damage === 'folder-read-only' ? readOnlyInPlace(dirname(till.dbPath)) : null
    const foundSha = sha256(till.dbPath)
    const revealed: string[] = []
    const shop = await openShop({
      dbPath: till.dbPath,
      clock: manualClock(TEST_EPOCH + 3_600_000),
      logError: () => undefined,
      revealFile: (path) => revealed.push(path)
    })
    const damaged: DamagedShop = { shop, dbPath: till.dbPath, foundSha, revealed, readOnly }
    try {
      await use(damaged)
    } finally {
      await damaged.readOnly?.[Symbol.asyncDispose]()
      await shop.close()
    }
  },
  wiring: async ({ damaged }, use) => use({ dispatch: damaged.shop.dispatch, bus: damaged.shop.bus })
})

async function ordersOf(shop: Shop): Promise<number> {
  const orders = await shop.dispatch('orders.list', { input: { limit: 50 } }, TOOL_WINDOW)
  if (!orders.ok) throw new Error(`orders.list refused: ${orders.error.code}`)
  return (orders.data as { orders: unknown[] }).orders.length
}

test('a damaged database at start: the start-up screen says what is wrong, shows the newest good backup and where the file is; one click restores it, opens the till, and the damaged file is kept', async ({
  page,
  damaged,
  capture,
  captureAtSizes
}) => {
  await page.goto('/')
  const screen = page.getByTestId('startup-screen')
  await expect(screen).toHaveAttribute('data-kind', 'damaged')
  await expect(page.getByTestId('startup-title')).toHaveText("The shop's database is damaged")
  await expect(page.getByTestId('startup-why')).toContainText('Nothing has been changed.')
  await expect(page.getByTestId('startup-backup-orders')).toHaveText('5')
  await expect(page.getByTestId('startup-backup-products')).toHaveText('1')
  await expect(page.getByTestId('startup-db-path')).toHaveText(damaged.dbPath)
  // SQLite's own words are there for whoever helps the shop, folded away
  await page.getByText('What the computer said').click()
  await expect(page.getByTestId('startup-detail')).toContainText('malformed')
  await expectAccessible(page, 'the start-up screen')
  await captureAtSizes(page, 'startup-damaged')
  // on a small screen the card scrolls: its last button can be reached
  await page.setViewportSize({ width: 800, height: 600 })
  await page.getByTestId('startup-try-again').scrollIntoViewIfNeeded()
  await expect(page.getByTestId('startup-try-again')).toBeInViewport()
  await capture(page, 'startup-damaged-800-scrolled')

  await page.getByTestId('startup-show-file').click()
  await expect.poll(() => damaged.revealed).toEqual([damaged.dbPath])

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByTestId('startup-restore').click()
  await expect(page.getByTestId('sell-grid')).toBeVisible()
  await expect(screen).toHaveCount(0)
  await capture(page, 'startup-restored-1280')
  expect(damaged.shop.till()).not.toBeNull()
  expect(await ordersOf(damaged.shop)).toBe(5)
  // the damaged file is kept, byte for byte, beside the backups
  const aside = join(dirname(damaged.dbPath), 'backups', 'set-aside')
  const kept = readdirSync(aside).filter((name) => name.endsWith('-before-restore.sqlite'))
  expect(kept).toHaveLength(1)
  expect(sha256(join(aside, kept[0]!))).toBe(damaged.foundSha)
})

test.describe('a folder that cannot be written', () => {
  test.use({ damage: 'folder-read-only' })

  test('the start-up screen says read-only and offers no restore; Try again says it is still so, and opens the till with every sale once the folder is writable', async ({
    page,
    damaged,
    captureAtSizes
  }) => {
    await page.goto('/')
    await expect(page.getByTestId('startup-screen')).toHaveAttribute('data-kind', 'read-only')
    await expect(page.getByTestId('startup-title')).toHaveText('Tillpoint cannot write to its database')
    await expect(page.getByTestId('startup-backup')).toHaveCount(0)
    await expect(page.getByTestId('startup-restore')).toHaveCount(0)
    await expect(page.getByTestId('startup-db-path')).toHaveText(damaged.dbPath)
    await expectAccessible(page, 'the read-only start-up screen')
    await page.getByTestId('startup-try-again').click()
    await expect(page.getByTestId('startup-still-wrong')).toBeVisible()
    await expect(page.getByTestId('startup-try-again')).toBeEnabled()
    await captureAtSizes(page, 'startup-read-only')

    await damaged.readOnly![Symbol.asyncDispose]()
    damaged.readOnly = null
    await page.getByTestId('startup-try-again').click()
    await expect(page.getByTestId('sell-grid')).toBeVisible()
    await expect(page.getByTestId('startup-screen')).toHaveCount(0)
    expect(await ordersOf(damaged.shop)).toBe(7)
  })
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
