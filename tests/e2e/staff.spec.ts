import type { Page } from '@playwright/test'
import { TEST_OWNER_PIN } from '../support/test-till'
import { openSell, scan, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'
import { expectAllInReach } from './support/viewport'

const CASHIER_PIN = '4826'
const MANAGER_PIN = '7391'

/** Taps a name on the lock screen and types the PIN on the keyboard, as at the counter. */
async function unlockAs(page: Page, name: string, pin: string): Promise<void> {
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('lock-staff').filter({ hasText: name }).click()
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-name')).toHaveText(name)
}

test('the owner adds a cashier; the cashier sells, is refused a refund, and a manager approves it on the same screen', async ({
  page,
  till,
  captureAtSizes
}) => {
  /** The screen at the three sizes, every control in reach at each. */
  const captureInReach = (name: string) => captureAtSizes(page, name, (size) => expectAllInReach(page, `${name} at ${size.width}x${size.height}`))
  await setUpShop(till)
  const [beans] = await stockShelves(till)
  const managerId = await till.addStaff('Max Manager', 'manager', MANAGER_PIN)

  await page.goto('/#/settings/staff')
  await expect(page.getByTestId('lock-staff')).toHaveText([/Max Manager/, /Olive Owner/])
  await captureInReach('staff-lock-screen')
  // A wrong PIN by touch is refused in words; the right one by keyboard opens the till.
  await page.getByTestId('lock-staff').filter({ hasText: 'Olive Owner' }).click()
  for (const digit of '9999') await page.getByTestId(`lock-pin-key-${digit}`).click()
  await page.getByTestId('lock-pin-ok').click()
  await expect(page.getByTestId('lock-error')).toContainText('That PIN is not right. 4 tries left')
  await page.keyboard.type(TEST_OWNER_PIN)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-settings')).toBeVisible()

  await page.getByTestId('staff-add').click()
  await page.getByTestId('staff-dialog-name').fill('Cara Cashier')
  await page.getByTestId('staff-dialog-role').selectOption('cashier')
  await page.getByTestId('staff-dialog-pin').fill('1111')
  await page.getByTestId('staff-dialog-save').click()
  await expect(page.getByTestId('staff-dialog-pin-error')).toContainText('too easy to guess')
  await page.getByTestId('staff-dialog-pin').fill(CASHIER_PIN)
  await page.getByTestId('staff-dialog-save').click()
  await expect(page.getByTestId('staff-row').filter({ hasText: 'Cara Cashier' })).toContainText('Cashier')
  await captureInReach('staff-settings')

  await page.getByTestId('lock-switch').click()
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  // What a cashier may not open is shown, disabled, with the reason.
  await expect(page.getByTestId('nav-stats')).toBeDisabled()
  await expect(page.getByTestId('nav-stats')).toContainText('ask a manager')

  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  // Cash handed over left empty: exactly the amount.
  await page.keyboard.press('F4')
  const number = (await page.getByTestId('sale-complete-number').textContent()) ?? ''
  await page.keyboard.press('Enter')

  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: number }).click()
  await page.getByTestId('order-action-return').click()
  await page.getByTestId('return-line').filter({ hasText: beans!.name }).getByTestId('return-line-quantity').fill('1')
  await page.getByTestId('return-dialog-confirm').click()
  await expect(page.getByTestId('approval-dialog')).toBeVisible()
  await expect(page.getByTestId('approval-reason')).toContainText('Refund and return')
  await page.getByTestId('approval-staff').filter({ hasText: 'Max Manager' }).click()
  await captureInReach('staff-approval-dialog')
  await page.keyboard.type(MANAGER_PIN)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('approval-dialog')).toBeHidden()
  await expect(page.getByTestId('order-detail-status')).toHaveText('Returned')
  // The order's history names who did each step, and who approved the return.
  await expect(page.getByTestId('order-event').first()).toContainText('Cara Cashier · approved by Max Manager')
  await expect(page.getByTestId('order-event').last()).toContainText('Cara Cashier')

  const cashier = (await till.ok('staff.list')).find((member) => member.name === 'Cara Cashier')!
  const rows = await till.context.db.selectFrom('order_returns').select(['actor_id', 'approver_id']).execute()
  expect(rows).toEqual([{ actor_id: cashier.id, approver_id: managerId }])
  const sale = await till.context.db.selectFrom('orders').select(['created_by', 'approver_id']).where('number', '=', number).executeTakeFirstOrThrow()
  expect(sale).toEqual({ created_by: cashier.id, approver_id: null })
})

test('an idle till locks itself, never in the middle of a payment, and the cart waits through a switch of user', async ({
  page,
  till,
  advanceTime,
  capture
}) => {
  await setUpShop(till, { settings: { autoLockMinutes: 1 } })
  const [beans, milk] = await stockShelves(till)
  await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  await till.addStaff('Max Manager', 'manager', MANAGER_PIN)

  await page.goto('/#/sell')
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await openSell(page)
  await scan(page, beans!.barcode)
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)

  // A payment in progress is never interrupted by the idle lock.
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await advanceTime(3 * 60_000)
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('pay-dialog')).toBeHidden()

  await advanceTime(61_000)
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await capture(page, 'staff-idle-locked')

  // Another person unlocks: the cart that was being rung up is still there.
  await unlockAs(page, 'Max Manager', MANAGER_PIN)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  // And the switch by shortcut works too.
  await page.keyboard.press('Control+l')
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
})

test('with carts per person, each person’s cart is set aside at a switch of user and comes back at their unlock', async ({ page, till }) => {
  await setUpShop(till)
  const [beans, milk] = await stockShelves(till)
  await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  await till.addStaff('Max Manager', 'manager', MANAGER_PIN)

  await page.goto('/#/settings/staff')
  await unlockAs(page, 'Olive Owner', TEST_OWNER_PIN)
  await page.getByTestId('settings-carts-per-person').check()
  await expect.poll(async () => (await till.ok('settings.get')).cartsPerPerson).toBe(true)
  await page.keyboard.press('Control+l')

  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveText([new RegExp(beans!.name)])
  await page.keyboard.press('Control+l')

  await unlockAs(page, 'Max Manager', MANAGER_PIN)
  await expect(page.getByTestId('cart-line')).toHaveCount(0)
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveText([new RegExp(milk!.name)])
  await page.keyboard.press('Control+l')

  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await expect(page.getByTestId('cart-line')).toHaveText([new RegExp(beans!.name)])
  await page.getByTestId('lock-switch').click()
  await unlockAs(page, 'Max Manager', MANAGER_PIN)
  await expect(page.getByTestId('cart-line')).toHaveText([new RegExp(milk!.name)])
})

test('an idle till locks after 5 minutes by default, each scan starts the time again, and “never” never locks', async ({ page, till, advanceTime }) => {
  await setUpShop(till)
  const [beans, milk] = await stockShelves(till)
  await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  expect((await till.ok('settings.get')).autoLockMinutes).toBe(5)

  await page.goto('/#/sell')
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  // A scan four minutes on still reaches the sale and starts the five minutes again: four more
  // minutes (eight since the first scan) and the till is still open. The page's clock also runs on
  // by itself, hence a minute to spare rather than a second.
  await advanceTime(4 * 60_000)
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  await advanceTime(4 * 60_000)
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-line').filter({ hasText: milk!.name }).getByTestId('cart-line-quantity')).toHaveValue('2')
  await advanceTime(5 * 60_000 + 1_000)
  await expect(page.getByTestId('lock-screen')).toBeVisible()

  // Off ("never"), as the next start reads it: an hour without a key and the till is still open.
  await till.ok('settings.update', { autoLockMinutes: 0 })
  await page.reload()
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await openSell(page)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  await advanceTime(60 * 60_000)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line').filter({ hasText: beans!.name }).getByTestId('cart-line-quantity')).toHaveValue('2')
  await expect(page.getByTestId('lock-screen')).toHaveCount(0)
})
