import { snapshotDatabase } from '../support/test-till'
import { cartWith } from '../support/sales'
import { expectAccessible } from './support/a11y'
import { stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'
import { expectAllInReach } from './support/viewport'

// The till's clock starts on 2026-03-02 (TEST_EPOCH).

test('the owner makes a coupon on the Coupons screen, sees it used, limits it and switches it off', async ({ page, till, capture }) => {
  await setUpShop(till)
  const [beans] = await stockShelves(till)
  await page.goto('/')
  // Alt+7 answers once the session says the owner may manage coupons.
  await expect(page.getByTestId('nav-coupons')).toBeEnabled()
  await page.keyboard.press('Alt+7')
  await expect(page.getByTestId('coupons-empty')).toBeVisible()
  await expectAccessible(page, 'Coupons, empty')

  await page.keyboard.press('Alt+N')
  await expect(page.getByTestId('coupon-form')).toBeVisible()
  await expect(page.getByTestId('coupon-form-code')).toBeFocused()
  await page.keyboard.type('spring-10')
  await page.getByTestId('coupon-form-description').fill('Spring window')
  await page.getByTestId('coupon-form-value').fill('ten')
  await page.getByTestId('coupon-form-save').click()
  // A typing mistake is caught beside its field before anything is sent.
  await expect(page.getByTestId('coupon-form-value-error')).toHaveText('Type the percentage, for example 10 or 12.5.')
  await page.getByTestId('coupon-form-value').fill('10')
  await page.getByTestId('coupon-form-valid-from').fill('2026-03-31')
  await page.getByTestId('coupon-form-valid-until').fill('2026-03-01')
  const before = await snapshotDatabase(till)
  await page.getByTestId('coupon-form-save').click()
  // The main process refuses the days the wrong way round, beside the last day, and writes nothing.
  await expect(page.getByTestId('coupon-form-valid-until-error')).toHaveText('The last day cannot come before the first day.')
  expect(await snapshotDatabase(till)).toEqual(before)
  await expectAccessible(page, 'the coupon form with a refusal')
  await page.getByTestId('coupon-form-valid-from').fill('2026-03-01')
  await page.getByTestId('coupon-form-valid-until').fill('2026-03-31')
  await page.getByTestId('coupon-form-usage-limit').fill('2')
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 }
  ]) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `the coupon form at ${size.width}x${size.height}`)
    await capture(page, `coupon-form-${size.width}x${size.height}`)
  }
  await page.getByTestId('coupon-form-save').click()
  await expect(page.getByTestId('coupon-form')).toBeHidden()

  const row = page.getByTestId('coupon-row').filter({ hasText: 'SPRING-10' })
  await expect(row.getByTestId('coupon-row-value')).toHaveText('10%')
  await expect(row.getByTestId('coupon-row-valid')).toHaveText('2026-03-01 to 2026-03-31')
  await expect(row.getByTestId('coupon-row-used')).toHaveText('0 of 2')
  await expect(row.getByTestId('coupon-row-standing')).toHaveText('Works')
  expect(await till.ok('coupons.list', {})).toMatchObject({
    coupons: [
      { code: 'SPRING-10', description: 'Spring window', kind: 'percent', value: 1000, validFrom: '2026-03-01', validUntil: '2026-03-31', usageLimit: 2 }
    ]
  })

  // Two sales use it (one from another till): the count follows without a reload, and it is used up.
  for (let sale = 0; sale < 2; sale++) {
    const cart = await cartWith(till, [{ variantId: beans!.variantId }])
    const discounted = await till.ok('cart.applyCoupon', { cartId: cart.id, code: 'spring-10' })
    await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: discounted.totals.total }] })
  }
  await expect(row.getByTestId('coupon-row-used')).toHaveText('2 of 2')
  await expect(row.getByTestId('coupon-row-standing')).toHaveText('Used up')
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 }
  ]) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `Coupons at ${size.width}x${size.height}`)
    await capture(page, `coupons-${size.width}x${size.height}`)
  }
  await expectAccessible(page, 'Coupons with a used-up coupon')

  // A used coupon cannot be deleted (no button), and its limit cannot go below its uses.
  await row.getByTestId('coupon-row-open').click()
  await expect(page.getByTestId('coupon-form-code')).toBeDisabled()
  await expect(page.getByTestId('coupon-form-delete')).toHaveCount(0)
  await page.getByTestId('coupon-form-usage-limit').fill('1')
  await page.getByTestId('coupon-form-save').click()
  await expect(page.getByTestId('coupon-form-usage-limit-error')).toContainText('already used 2 times')
  await page.getByTestId('coupon-form-usage-limit').fill('')
  await page.getByTestId('coupon-form-active').uncheck()
  await page.getByTestId('coupon-form-save').click()
  await expect(page.getByTestId('coupon-form')).toBeHidden()
  await expect(row.getByTestId('coupon-row-used')).toHaveText('2 (no limit)')
  await expect(row.getByTestId('coupon-row-standing')).toHaveText('Switched off')
  expect((await till.ok('coupons.list', {})).coupons[0]).toMatchObject({ usageLimit: null, active: false, timesUsed: 2 })
})

test('an unused coupon can be deleted; a coupon for later shows as not yet', async ({ page, till }) => {
  await setUpShop(till)
  await till.ok('coupons.create', { code: 'GONE', kind: 'amount', value: 100 })
  await till.ok('coupons.create', { code: 'EASTER', kind: 'amount', value: 250, minSpend: 2000, validFrom: '2026-04-01' })
  await page.goto('/#/coupons')
  const easter = page.getByTestId('coupon-row').filter({ hasText: 'EASTER' })
  await expect(easter.getByTestId('coupon-row-standing')).toHaveText('Not yet')
  await expect(easter.getByTestId('coupon-row-value')).toHaveText('$2.50 from $20.00')
  await expect(easter.getByTestId('coupon-row-valid')).toHaveText('From 2026-04-01')
  await page.getByTestId('coupon-row').filter({ hasText: 'GONE' }).getByTestId('coupon-row-open').click()
  await page.getByTestId('coupon-form-delete').click()
  await expect(page.getByTestId('coupon-form')).toBeHidden()
  await expect(page.getByTestId('coupon-row')).toHaveCount(1)
  expect((await till.ok('coupons.list', {})).coupons.map((coupon) => coupon.code)).toEqual(['EASTER'])
})

test('a cashier sees Coupons in the nav, disabled with why', async ({ page, till }) => {
  await setUpShop(till)
  await till.addStaff('Cara Cashier', 'cashier', '4826')
  await page.goto('/')
  await page.getByTestId('lock-staff').filter({ hasText: 'Cara Cashier' }).click()
  await page.keyboard.type('4826')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-name')).toHaveText('Cara Cashier')
  await expect(page.getByTestId('nav-coupons')).toBeDisabled()
  await expect(page.getByTestId('nav-coupons')).toContainText('Create and change coupons')
})
