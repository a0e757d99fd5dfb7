import type { Selectable } from 'kysely'
import { OWNER_ONLY, PERMISSIONS, isPermission, type Permission } from '../../shared/permissions'
import type { BuiltInRole, Role } from '../../shared/staff'
import type { RolesTable } from '../db/tables/staff.table'

/**
 * What the built-in roles may do, decided here rather than stored so that a permission added to
 * PERMISSIONS reaches the owner at once. A manager runs the shop but not its settings, sync or restores;
 * a cashier sells, takes payments, moves orders along and reprints, and asks a manager for the rest.
 */
export const BUILT_IN_PERMISSIONS: Record<BuiltInRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  // the shop's settings, sync, and restoring a backup (it replaces the whole database, issue 22): the owner's decisions
  manager: PERMISSIONS.filter((permission) => !OWNER_ONLY.includes(permission)),
  cashier: []
}

export function isBuiltInRole(id: string): id is BuiltInRole {
  return Object.hasOwn(BUILT_IN_PERMISSIONS, id)
}

export function toRole(row: Selectable<RolesTable>): Role {
  const permissions = isBuiltInRole(row.id) ? [...BUILT_IN_PERMISSIONS[row.id]] : (JSON.parse(row.permissions) as string[]).filter(isPermission)
  return { id: row.id, name: row.name, builtIn: row.built_in === 1, permissions, discountLimitBp: row.discount_limit_bp }
}
