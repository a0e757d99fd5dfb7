import { SCREEN_IDS, type ScreenId } from '../../src/renderer/src/screens/screen-ids'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till, { sample: true }))

/** The nav gives each screen Alt+<its place>, so these follow SCREEN_IDS as screens are added. */
const altFor = (screen: ScreenId) => `Alt+${SCREEN_IDS.indexOf(screen) + 1}`

test('every screen is reachable from the keyboard, with its shortcut shown in the nav', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  await expect(page.getByTestId('nav-products')).toContainText(altFor('products').replace('+', ''))
  await page.keyboard.press(altFor('products'))
  await expect(page.getByTestId('products-screen')).toBeVisible()
  await expect(page.getByTestId('nav-products')).toHaveAttribute('aria-current', 'page')
  await page.keyboard.press(altFor('settings'))
  await expect(page.getByTestId('settings-form')).toBeVisible()
  await page.keyboard.press(altFor('sell'))
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  expect(page.url()).toMatch(/#\/sell$/)
})

test('a hotkey under an open dialog does nothing until the dialog is closed', async ({ page }) => {
  await page.goto('/#/products')
  // The key is the button's: press it once the screen (and so the button) is there.
  await expect(page.getByTestId('products-new')).toBeEnabled()
  await page.keyboard.press('Alt+N')
  await expect(page.getByTestId('product-form')).toBeVisible()
  await page.keyboard.press(altFor('settings'))
  await expect(page.getByTestId('products-screen')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('product-form')).toBeHidden()
  await page.keyboard.press(altFor('settings'))
  await expect(page.getByTestId('settings-form')).toBeVisible()
})

test('the focused control always shows a focus ring', async ({ page }) => {
  await page.goto('/#/products')
  await page.getByTestId('products-search').focus()
  await page.keyboard.press('Shift+Tab')
  const outline = await page.evaluate(() => {
    const active = document.activeElement
    return active ? getComputedStyle(active).outlineStyle + ' ' + getComputedStyle(active).outlineWidth : ''
  })
  expect(outline).toBe('solid 3px')
})

for (const screen of ['sell', 'products', 'settings'] as const) {
  test(`the ${screen} screen fits 1024x768 without sideways scrolling`, async ({ page, capture }) => {
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.goto(`/#/${screen}`)
    await expect(page.getByTestId(`screen-${screen}`)).toBeVisible()
    if (screen === 'products') {
      await page.getByTestId('product-row').first().click()
      await expect(page.getByTestId('product-detail')).toBeVisible()
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await capture(page, `${screen}-1024x768`)
  })
}
