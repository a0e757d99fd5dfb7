import type { Generated } from 'kysely'

export interface RolesTable {
  id: string
  name: string
  built_in: 0 | 1
  /** JSON array of permission names; for a built-in role the code decides (roles.ts) and this is []. */
  permissions: string
  discount_limit_bp: number
  created_at: number
  updated_at: number
}

export interface StaffTable {
  id: string
  name: string
  role_id: string
  active: Generated<0 | 1>
  /** scrypt(pin, pin_salt); both null until a PIN is set. */
  pin_hash: Buffer | null
  pin_salt: Buffer | null
  /** Wrong PINs since the last right one or the last lockout. */
  failed_pins: Generated<number>
  /** Lockouts since the last right PIN: each one doubles the next. */
  lockouts: Generated<number>
  locked_until: number | null
  /** 1: the owner of a till set up before PINs is asked to set one at the next start (migration 30). */
  pin_prompt: Generated<0 | 1>
  created_at: number
  updated_at: number
}

export interface StaffTables {
  roles: RolesTable
  staff: StaffTable
}
