/**
 * What a role may do. Every channel in the contract names one of these, or 'none' (any unlocked
 * window) or 'lock-screen' (also a locked window: what the lock screen itself needs).
 */
export const PERMISSIONS = [
  'orders.refund',
  'orders.cancel',
  'orders.export',
  'cart.discountOverLimit',
  'cart.overridePrice',
  'drawer.noSale',
  'cash.payInOut',
  'shifts.close',
  'shifts.recount',
  'catalog.edit',
  'catalog.import',
  'coupons.manage',
  'stock.adjust',
  'stock.sellBelowZero',
  'settings.edit',
  'staff.manage',
  'stats.view',
  'sync.configure',
  'print.configure',
  'journal.view',
  'backups.restore'
] as const

export type Permission = (typeof PERMISSIONS)[number]

/** What only an owner may do: a manager has every other permission (src/main/staff/roles.ts). */
export const OWNER_ONLY: readonly Permission[] = ['settings.edit', 'sync.configure', 'backups.restore']

/** What a channel requires of the window that calls it. */
export type Requirement = Permission | 'none' | 'lock-screen'

/** Words a shopkeeper reads: in the role editor, and in "needs <permission>" reasons. */
export const PERMISSION_LABELS: Record<Permission, string> = {
  'orders.refund': 'Refund and return',
  'orders.cancel': 'Cancel an order',
  'orders.export': 'Export orders',
  'cart.discountOverLimit': 'Discount above the role’s limit',
  'cart.overridePrice': 'Change a line’s price (with a reason)',
  'drawer.noSale': 'Open the drawer without a sale',
  'cash.payInOut': 'Pay in and pay out cash',
  'shifts.close': 'Close a shift (Z report)',
  'shifts.recount': 'Count the drawer again after seeing the result',
  'catalog.edit': 'Edit the catalog',
  'catalog.import': 'Import and export the catalog (CSV)',
  'coupons.manage': 'Create and change coupons',
  'stock.adjust': 'Change stock by hand',
  'stock.sellBelowZero': 'Sell more than is in stock (sell anyway)',
  'settings.edit': 'Change settings',
  'staff.manage': 'Manage staff and roles',
  'stats.view': 'See stats',
  'sync.configure': 'Configure sync',
  'print.configure': 'Configure printers',
  'journal.view': 'Read, verify and export the journal',
  'backups.restore': 'Restore a backup (replaces the whole database)'
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value)
}
