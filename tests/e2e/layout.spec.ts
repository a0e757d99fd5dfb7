import { sellAtCounter, takePickup } from '../support/sales'
import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { addProduct, setUpShop } from './support/shop'
import { COUNTER_SIZES, expectAllInReach, expectNotCut, sizeName } from './support/viewport'

/**
 * Every screen at every counter size, small landscape to full HD and a portrait tablet: each
 * screenshotted, with no control out of reach (outside the window and in no box that scrolls).
 */
for (const size of COUNTER_SIZES) {
  const at = sizeName(size)

  test(`every screen works at ${at}`, async ({ page, till, capture }) => {
    await setUpShop(till, { sample: true })
    const long = await addProduct(till, 'Extra Virgin Olive Oil Cold Pressed 750 ml', { sku: 'OIL-750', price: 1299, stock: 5000 }, { category: 'Pantry' })
    const oil = long.variants[0]!.id
    // A big day, so Stats shows money figures as wide as a shop's.
    for (let sale = 0; sale < 3; sale++) await sellAtCounter(till, [{ variantId: oil, quantity: 900 - sale * 300 }])
    await takePickup(till, [{ variantId: oil }])
    await page.setViewportSize(size)
    const check = async (name: string) => {
      await expectAllInReach(page, `${name} at ${at}`)
      await capture(page, `${name}-${at}`)
    }

    await page.goto('/#/sell')
    await expect(page.getByTestId('sell-product').first()).toBeVisible()
    for (const tile of await page
      .getByTestId('sell-product')
      .all()
      .then((tiles) => tiles.slice(0, 4)))
      await tile.click()
    await page.getByTestId('sell-search').fill('olive')
    await page.getByTestId('sell-product').filter({ hasText: 'Olive Oil' }).click()
    await expect(page.getByTestId('cart-line')).toHaveCount(5)
    await check('layout-sell')
    // The nav's staff badge: the name, the role and the owner-PIN button each fit their box.
    for (const id of ['staff-badge', 'set-owner-pin']) await expectNotCut(page, id, `nav at ${at}`)
    await expect(page.getByTestId('cart-pay')).toBeInViewport()
    await page.getByTestId('cart-pay').click()
    await expect(page.getByTestId('pay-dialog')).toBeVisible()
    await check('layout-pay')
    await page.getByTestId('pay-payments-0-tendered').fill('500')
    await page.getByTestId('pay-dialog-complete').click()
    await expect(page.getByTestId('sale-complete')).toBeVisible()
    await check('layout-sale-complete')
    await page.getByTestId('sale-complete-next').click()
    await expect(page.getByTestId('sale-complete')).toBeHidden()
    await expectAllInReach(page, `sell after a sale at ${at}`)

    await page.getByTestId('nav-orders').click()
    await page.getByTestId('order-row').first().click()
    await expect(page.getByTestId('order-detail')).toBeVisible()
    await check('layout-orders')

    await page.getByTestId('nav-products').click()
    await page.getByTestId('product-row').first().click()
    await expect(page.getByTestId('product-detail')).toBeVisible()
    await check('layout-products')
    await expectNotCut(page, 'product-row-name', `products at ${at}`)
    await page.keyboard.press('Alt+N')
    await expect(page.getByTestId('product-form')).toBeVisible()
    await check('layout-product-form')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('product-form')).toBeHidden()
    // The page must not have shifted under the dialog: the nav is still there.
    await expect(page.getByTestId('nav-sell')).toBeInViewport()
    await expectAllInReach(page, `products after a dialog at ${at}`)

    for (const tab of ['shop', 'printers', 'sync', 'staff', 'journal', 'backups', 'updates'] as const) {
      await page.getByTestId('nav-settings').click()
      await page.getByTestId(`settings-tab-${tab}`).click()
      await check(`layout-settings-${tab}`)
    }

    await page.getByTestId('nav-shift').click()
    await expect(page.getByTestId('shift-screen')).toBeVisible()
    await check('layout-shift')

    await page.getByTestId('nav-stats').click()
    await expect(page.getByTestId('stats-revenue-value')).toBeVisible()
    await check('layout-stats')
    for (const card of ['revenue', 'orders', 'average', 'refunds', 'net', 'discounts', 'tax']) {
      const value = page.getByTestId(`stats-${card}-value`)
      if ((await value.count()) > 0) await expectNotCut(page, `stats-${card}-value`, `stats at ${at}`)
    }
  })

  test(`Coupons and the counter's dialogs work at ${at}`, async ({ page, till, capture }) => {
    await setUpShop(till)
    const [beans, milk] = await stockShelves(till)
    await till.ok('coupons.create', { code: 'SPRING-WINDOW-2026', description: 'Ten percent off through the spring window', kind: 'percent', value: 1000 })
    await till.ok('coupons.create', { code: 'EASTER', kind: 'amount', value: 250, minSpend: 2000, validFrom: '2026-04-01', usageLimit: 500 })
    await page.setViewportSize(size)
    const check = async (name: string) => {
      await expectAllInReach(page, `${name} at ${at}`)
      await capture(page, `${name}-${at}`)
    }

    await openSell(page)
    await scan(page, beans!.barcode)
    await scan(page, milk!.barcode)
    await expect(page.getByTestId('cart-line')).toHaveCount(2)
    for (const [button, dialog] of [
      ['cart-discount', 'discount-dialog'],
      ['cart-coupon', 'coupon-dialog'],
      ['cart-customer', 'customer-dialog']
    ] as const) {
      await page.getByTestId(button).click()
      await expect(page.getByTestId(dialog)).toBeVisible()
      await check(`layout-${dialog}`)
      await page.keyboard.press('Escape')
      await expect(page.getByTestId(dialog)).toBeHidden()
    }
    await page.getByTestId('cart-line-name').first().click()
    await expect(page.getByTestId('line-dialog')).toBeVisible()
    await check('layout-line-dialog')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('line-dialog')).toBeHidden()
    await page.keyboard.press('F1')
    await expect(page.getByTestId('shortcuts')).toBeVisible()
    await check('layout-shortcuts')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('shortcuts')).toBeHidden()
    await scan(page, '5012345678900')
    await expect(page.getByTestId('sell-unknown-add')).toBeVisible()
    await check('layout-sell-unknown-code')
    await page.getByTestId('sell-unknown-add').click()
    await expect(page.getByTestId('quick-add')).toBeVisible()
    await check('layout-quick-add')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('quick-add')).toBeHidden()

    await page.getByTestId('nav-coupons').click()
    await expect(page.getByTestId('coupon-row')).toHaveCount(2)
    await check('layout-coupons')
    await page.getByTestId('coupon-row').filter({ hasText: 'SPRING' }).getByTestId('coupon-row-open').click()
    await expect(page.getByTestId('coupon-form')).toBeVisible()
    await check('layout-coupon-form')
  })

  test(`the first run works at ${at}`, async ({ page, capture }) => {
    await page.setViewportSize(size)
    await page.goto('/')
    await expect(page.getByTestId('first-run')).toBeVisible()
    await expectAllInReach(page, `first run at ${at}`)
    await capture(page, `layout-first-run-${at}`)
  })
}
