import { openTestTill, TEST_OWNER_PIN, type TestTill } from '../support/test-till'
import { SET_UP_SHOP, writeOlderTill } from '../support/older-till'
import { expect, test as base } from './support/fixtures'
import { expectAllInReach } from './support/viewport'

/** Each test's till is one a version from before staff accounts set up, started by this version. */
const test = base.extend<{ till: TestTill }>({
  till: async ({}, use, testInfo) => {
    const dir = testInfo.outputPath('till-data')
    writeOlderTill(dir, 9, SET_UP_SHOP)
    const till = openTestTill({ dir })
    await use(till)
    await till.cleanup()
  }
})

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]

test('an upgraded till asks the owner for a PIN at its next start, and locks from then on', async ({ page, till, capture }) => {
  await page.goto('/')
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  const dialog = page.getByTestId('owner-pin-dialog')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('owner-pin-upgraded')).toBeVisible()
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `owner PIN prompt at ${size.width}`)
    await capture(page, `staff-upgrade-prompt-${size.width}`)
  }
  await page.getByTestId('owner-pin-name').fill('Olive Owner')
  await page.getByTestId('owner-pin-pin').fill(TEST_OWNER_PIN)
  await page.getByTestId('owner-pin-dialog-submit').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('staff-name')).toHaveText('Olive Owner')
  await expect(page.getByTestId('lock-switch')).toBeVisible()
  expect(till.sqlite.prepare('SELECT name, pin_prompt, pin_hash IS NOT NULL AS has_pin FROM staff').all()).toEqual([
    { name: 'Olive Owner', pin_prompt: 0, has_pin: 1 }
  ])
  // Every other window now starts locked.
  expect(await till.call('catalog.isEmpty')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
  await page.getByTestId('lock-switch').click()
  await expect(page.getByTestId('lock-screen')).toBeVisible()
})

test('“Not now” keeps the upgraded till working as before and is not asked again', async ({ page, till }) => {
  await page.goto('/')
  await expect(page.getByTestId('owner-pin-dialog')).toBeVisible()
  await page.getByTestId('owner-pin-dialog-submit-cancel').click()
  await expect(page.getByTestId('owner-pin-dialog')).toBeHidden()
  await expect(page.getByTestId('set-owner-pin')).toBeVisible()
  await expect.poll(async () => (await till.ok('staff.session')).ownerPinPrompt).toBe(false)
  expect(await till.ok('catalog.isEmpty')).toBe(true)

  await page.reload()
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  await expect(page.getByTestId('set-owner-pin')).toBeVisible()
  await expect(page.getByTestId('owner-pin-dialog')).toHaveCount(0)
  // The nav still offers it.
  await page.getByTestId('set-owner-pin').click()
  await expect(page.getByTestId('owner-pin-dialog')).toBeVisible()
  await expect(page.getByTestId('owner-pin-upgraded')).toHaveCount(0)
})
