import type { Page } from '@playwright/test'
import type { TestTill } from '../support/test-till'
import { MILK, MUG, openSell, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'
import { expectAllInReach } from './support/viewport'

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]

/** A shop with the counter's three products, Coupons opened by its key, and the new-promotion form open with the cursor in its name. */
async function openNewPromotion(page: Page, till: TestTill): Promise<void> {
  await setUpShop(till)
  await stockShelves(till)
  await page.goto('/')
  await expect(page.getByTestId('nav-coupons')).toBeEnabled()
  await page.keyboard.press('Alt+7')
  await expect(page.getByTestId('promotions-empty')).toBeVisible()

  await page.getByTestId('promotions-new').click()
  await expect(page.getByTestId('promotion-form-name')).toBeFocused()
}

test('a manager sets "3 for 6.00" beside the coupons; Sell applies it by itself on the third milk and names it', async ({ page, till, capture }) => {
  await openNewPromotion(page, till)
  await page.keyboard.type('3 milk for 6.00')
  await page.getByTestId('promotion-form-product').fill('Oat')
  await page.getByTestId('promotion-form-pick').filter({ hasText: MILK.name }).click()
  await expect(page.getByTestId('promotion-form')).toContainText(`Applies to ${MILK.name}`)
  await page.getByTestId('promotion-form-quantity').fill('3')
  await page.getByTestId('promotion-form-price').fill('6.00')
  await page.getByTestId('promotion-form-save').click()
  await expect(page.getByTestId('promotion-form')).toBeHidden()
  const row = page.getByTestId('promotion-row').filter({ hasText: '3 milk for 6.00' })
  await expect(row.getByTestId('promotion-row-deal')).toHaveText('3 for $6.00')
  await expect(row.getByTestId('promotion-row-standing')).toHaveText('Works')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `Coupons with a promotion at ${size.width}x${size.height}`)
    await capture(page, `promotions-${size.width}x${size.height}`)
  }

  await openSell(page)
  // Tapped on its tile, each milk waited for: a scan typed on this loaded machine can split.
  const milk = page.getByTestId('sell-product').filter({ hasText: MILK.name })
  await milk.click()
  await expect(page.getByTestId('cart-total')).toHaveText('$2.50')
  await milk.click()
  await expect(page.getByTestId('cart-total')).toHaveText('$5.00')
  await expect(page.getByTestId('cart-line-promotion')).toHaveCount(0)
  await milk.click()
  // The third milk completes a group: 7.50 becomes 6.00, on the line and by name in the totals.
  await expect(page.getByTestId('cart-total')).toHaveText('$6.00')
  await expect(page.getByTestId('cart-line-promotion')).toHaveText('3 milk for 6.00 −$1.50')
  await expect(page.getByTestId('cart-promotion')).toContainText('3 milk for 6.00')
  await expect(page.getByTestId('cart-promotion-discount')).toHaveText('$1.50')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `Sell with a promotion at ${size.width}x${size.height}`)
    await capture(page, `sell-promotion-${size.width}x${size.height}`)
  }
})

test('a manager sets "buy 2 get 1 free" on a whole category; at the till the third item of it is free, the cheapest', async ({ page, till, capture }) => {
  await openNewPromotion(page, till)
  await page.keyboard.type('Counter 2+1')
  await page.getByTestId('promotion-form-target-category').click()
  await expect(page.getByTestId('promotion-form-product')).toBeHidden()
  await page.getByTestId('promotion-form-category').selectOption('Counter')
  await page.getByTestId('promotion-form-kind-buy_get').click()
  await page.getByTestId('promotion-form-quantity').fill('2')
  await page.getByTestId('promotion-form-free').fill('1')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `The promotion editor at ${size.width}x${size.height}`)
    await capture(page, `promotion-editor-${size.width}x${size.height}`)
  }
  await page.getByTestId('promotion-form-save').click()
  await expect(page.getByTestId('promotion-form')).toBeHidden()
  const row = page.getByTestId('promotion-row').filter({ hasText: 'Counter 2+1' })
  await expect(row.getByTestId('promotion-row-target')).toHaveText('Category Counter')
  await expect(row.getByTestId('promotion-row-deal')).toHaveText('Buy 2, get 1 free')

  await openSell(page)
  const tile = (name: string) => page.getByTestId('sell-product').filter({ hasText: name })
  await tile(MUG.name).click()
  await expect(page.getByTestId('cart-total')).toHaveText('$9.00')
  await tile(MILK.name).click()
  await expect(page.getByTestId('cart-total')).toHaveText('$11.50')
  await expect(page.getByTestId('cart-line-promotion')).toHaveCount(0)
  await tile(MILK.name).click()
  // A mug and two milks are three of the category: the cheapest, a milk (2.50), is free, spread
  // over the two lines by what each put in the group (9.00 and 5.00 of 14.00: 1.61 and 0.89).
  await expect(page.getByTestId('cart-total')).toHaveText('$11.50')
  await expect(page.getByTestId('cart-line-promotion')).toHaveText(['Counter 2+1 −$1.61', 'Counter 2+1 −$0.89'])
  await expect(page.getByTestId('cart-promotion')).toContainText('Counter 2+1')
  await expect(page.getByTestId('cart-promotion-discount')).toHaveText('$2.50')
  await page.setViewportSize(SIZES[0]!)
  await expectAllInReach(page, 'Sell with a category promotion at 800x600')
  await capture(page, 'sell-category-promotion-800x600')
})
