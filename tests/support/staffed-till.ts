import { openTestTill, type TestTill, type TillWindow } from './test-till'
import { quickPinHash } from './staff'

export const CASHIER_PIN = '4826'
export const MANAGER_PIN = '7391'

export interface StaffedTill {
  till: TestTill
  /** A second window, unlocked by the cashier. */
  cashier: TillWindow
  cashierId: string
  managerId: string
}

/** A fresh till with a cashier (signed in on window 2) and a manager who can approve (MANAGER_PIN). */
export async function openStaffedTill(): Promise<StaffedTill> {
  const till = openTestTill({ staff: { hashPin: quickPinHash } })
  return { till, ...(await addCashierAndManager(till)) }
}

/** Adds Cara Cashier and Max Manager to `till` and signs the cashier in on window 2. */
async function addCashierAndManager(till: TestTill): Promise<Omit<StaffedTill, 'till'>> {
  const cashierId = await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  const managerId = await till.addStaff('Max Manager', 'manager', MANAGER_PIN)
  const cashier = till.window(2)
  await cashier.unlock(cashierId, CASHIER_PIN)
  return { cashier, cashierId, managerId }
}

/** The cashier signed in on window 2 and the manager on window 3 of `till`: one is refused what the other may do. */
export async function signInCashierAndManager(till: TestTill): Promise<{ cashier: TillWindow; manager: TillWindow }> {
  const { cashier, managerId } = await addCashierAndManager(till)
  const manager = till.window(3)
  await manager.unlock(managerId, MANAGER_PIN)
  return { cashier, manager }
}
