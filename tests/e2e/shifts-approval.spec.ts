import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

const CASHIER_PIN = '4826'
const MANAGER_PIN = '7391'

async function unlockAs(page: Page, name: string, pin: string): Promise<void> {
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('lock-staff').filter({ hasText: name }).click()
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-name')).toHaveText(name)
}

/** The approval dialog over a shift dialog: the manager picks their name and types their PIN. */
async function approveAs(page: Page, name: string, pin: string, permission: string): Promise<void> {
  await expect(page.getByTestId('approval-dialog')).toBeVisible()
  await expect(page.getByTestId('approval-reason')).toContainText(permission)
  await page.getByTestId('approval-staff').filter({ hasText: name }).click()
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('approval-dialog')).toBeHidden()
}

test('a cashier pays out and closes the shift with a manager approving each on the same screen', async ({ page, till, captureAtSizes }) => {
  await setUpShop(till)
  const cashierId = await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  const managerId = await till.addStaff('Max Manager', 'manager', MANAGER_PIN)

  await page.goto('/#/shift')
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await page.getByTestId('shift-open').click()
  await page.getByTestId('open-shift-float-total').fill('50')
  await page.getByTestId('open-shift-submit').click()
  await expect(page.getByTestId('open-shift')).toBeHidden()

  await page.getByTestId('shift-paid-out').click()
  await page.getByTestId('cash-movement-amount').fill('3')
  await page.getByTestId('cash-movement-reason').fill('Window cleaner')
  await page.getByTestId('cash-movement-submit').click()
  await expect(page.getByTestId('approval-dialog')).toBeVisible()
  await captureAtSizes(page, 'shift-approval')
  await approveAs(page, 'Max Manager', MANAGER_PIN, 'Pay in and pay out cash')
  await expect(page.getByTestId('cash-movement')).toBeHidden()
  await expect(page.getByTestId('x-report-figures-paid-out')).toHaveText('-$3.00')

  await page.getByTestId('shift-close').click()
  await page.getByTestId('close-shift-counted-total').fill('0')
  await page.getByTestId('close-shift-count').click()
  await expect(page.getByTestId('close-shift-over-short')).toBeVisible()
  await page.getByTestId('close-shift-reason').fill('Float taken to the bank')
  await page.getByTestId('close-shift-submit').click()
  await approveAs(page, 'Max Manager', MANAGER_PIN, 'Close a shift')
  await expect(page.getByTestId('z-dialog')).toBeVisible()

  const movement = await till.context.db.selectFrom('shift_cash_movements').select(['actor_id', 'approver_id']).executeTakeFirstOrThrow()
  expect(movement).toEqual({ actor_id: cashierId, approver_id: managerId })
  const shift = await till.context.db.selectFrom('shifts').select(['closed_by_id', 'closed_approver_id']).executeTakeFirstOrThrow()
  expect(shift).toEqual({ closed_by_id: cashierId, closed_approver_id: managerId })
})
