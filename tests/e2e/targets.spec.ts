import { expect, test } from './support/fixtures'
import { stockShelves } from './support/counter'
import { setUpShop } from './support/shop'
import { expectTargetsAtLeast } from './support/viewport'

/**
 * Issue 13: on a till worked by keyboard and mouse every button and field of the counter is at
 * least 44 px (48 on a touch till: touch.spec.ts), at the smallest and a common size.
 */
for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]) {
  test(`the counter's targets are at least 44 px on a keyboard till at ${size.width}x${size.height}`, async ({ page, till, capture }) => {
    await page.setViewportSize(size)
    await setUpShop(till, { settings: { touchMode: 'off' } })
    const [beans, milk] = await stockShelves(till)
    await page.goto('/#/sell')
    const tile = (sku: string) => page.locator(`[data-testid="sell-product"][data-sku="${sku}"]`)
    await tile(beans!.sku).click()
    await tile(milk!.sku).click()
    await expect(page.getByTestId('cart-count')).toHaveText('2 lines · 2 items')
    await expect(page.locator('html')).not.toHaveClass(/touch/)
    await expectTargetsAtLeast(page, 44, `Sell at ${size.width}x${size.height}`)

    await page.getByTestId('cart-pay').click()
    await expect(page.getByTestId('pay-dialog')).toBeVisible()
    await expectTargetsAtLeast(page, 44, `Pay at ${size.width}x${size.height}`)
    await capture(page, `targets-pay-${size.width}`)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('pay-dialog')).toHaveCount(0)

    await page.locator(`[data-testid="cart-line"][data-sku="${milk!.sku}"]`).getByTestId('cart-line-name').click()
    await expect(page.getByTestId('line-dialog')).toBeVisible()
    await expectTargetsAtLeast(page, 44, `the line window at ${size.width}x${size.height}`)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('line-dialog')).toHaveCount(0)

    await page.keyboard.press('F8')
    await expect(page.getByTestId('park-dialog-label')).toBeFocused()
    await page.getByTestId('park-dialog-label').fill('Table 2')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('cart-empty')).toBeVisible()
    await page.keyboard.press('F9')
    await expect(page.getByTestId('parked-cart')).toHaveCount(1)
    await expectTargetsAtLeast(page, 44, `the parked sales at ${size.width}x${size.height}`)
    await capture(page, `targets-parked-${size.width}`)
  })
}
