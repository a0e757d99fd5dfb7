import { z } from 'zod'
import { freeText } from './free-text'
import { PERMISSIONS, type Permission } from './permissions'
import { schemaMessage } from './i18n/schema-message'

/** The account migration 0009 creates on every till, old or new: it acts as today until it has a PIN. */
export const FIRST_OWNER_ID = 'owner'

export const BUILT_IN_ROLES = ['owner', 'manager', 'cashier'] as const
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number]

export const PIN_MIN_DIGITS = 4
export const PIN_MAX_DIGITS = 8

/** Why a PIN is too easy to guess, or null: one digit repeated, or a run up or down (1234, 9876). */
export function trivialPinReason(pin: string): string | null {
  const digits = [...pin].map(Number)
  if (digits.every((digit) => digit === digits[0])) return schemaMessage('staff.pinRepeated')
  const steps = digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0))
  if (steps.every((step) => step === 1) || steps.every((step) => step === -1)) return schemaMessage('staff.pinRun')
  const half = pin.length / 2
  if (pin.length % 2 === 0 && pin.slice(0, half) === pin.slice(half) && half >= 2) return schemaMessage('staff.pinTwice')
  return null
}

/** A PIN typed on the pad: checked as it is set. An unlock takes any digits and answers wrong or right. */
export const newPinSchema = z
  .string()
  .regex(/^\d+$/, { error: schemaMessage('staff.pinDigits') })
  .min(PIN_MIN_DIGITS, { error: schemaMessage('staff.pinMin', { min: PIN_MIN_DIGITS }) })
  .max(PIN_MAX_DIGITS, { error: schemaMessage('staff.pinMax', { max: PIN_MAX_DIGITS }) })
  .superRefine((pin, context) => {
    const reason = trivialPinReason(pin)
    if (reason) context.addIssue({ code: 'custom', message: reason })
  })

const enteredPinSchema = z.string().regex(/^\d{1,8}$/, { error: schemaMessage('staff.pinRange', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }) })
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
/** 'owner' (the first owner) or the UUID main gave the account. */
const staffIdSchema = z.string().regex(new RegExp(`^(owner|${UUID})$`), { error: schemaMessage('staff.member') })
/** A built-in role's name, or `role-<uuid>` for a custom one. */
export const roleIdSchema = z.string().regex(new RegExp(`^(owner|manager|cashier|role-${UUID})$`), { error: schemaMessage('staff.role') })
const staffNameSchema = freeText(60, { required: schemaMessage('staff.nameRequired'), tooLong: schemaMessage('staff.nameTooLong', { max: 60 }) })

/** A manager's (or owner's) PIN typed for one command a cashier may not run alone. */
export const approvalSchema = z.object({ staffId: staffIdSchema, pin: enteredPinSchema }).strict()
export type Approval = z.infer<typeof approvalSchema>

export const unlockSchema = z.object({ staffId: staffIdSchema, pin: enteredPinSchema }).strict()
export const setupOwnerSchema = z.object({ name: staffNameSchema, pin: newPinSchema }).strict()
export const createStaffSchema = z.object({ name: staffNameSchema, roleId: roleIdSchema, pin: newPinSchema }).strict()
export const updateStaffSchema = z
  .object({ staffId: staffIdSchema, name: staffNameSchema.optional(), roleId: roleIdSchema.optional(), active: z.boolean().optional() })
  .strict()
export const resetPinSchema = z.object({ staffId: staffIdSchema, pin: newPinSchema }).strict()
export const saveRoleSchema = z
  .object({
    /** Absent for a new custom role. */
    roleId: roleIdSchema.optional(),
    name: freeText(40, { required: schemaMessage('staff.roleName') }),
    permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length),
    /** The biggest discount this role gives alone, in basis points of the price (1000 = 10%). */
    discountLimitBp: z.number().int().min(0).max(10000)
  })
  .strict()

export type NewStaff = z.infer<typeof createStaffSchema>
export type StaffUpdate = z.infer<typeof updateStaffSchema>
export type RoleInput = z.infer<typeof saveRoleSchema>

export interface Role {
  id: string
  name: string
  builtIn: boolean
  permissions: Permission[]
  discountLimitBp: number
}

export interface StaffMember {
  id: string
  name: string
  roleId: string
  roleName: string
  active: boolean
  hasPin: boolean
}

/** What a locked window may know: who can unlock it. Never a PIN or anything derived from one. */
export interface LockScreen {
  staff: Array<{ id: string; name: string; roleName: string }>
  /** No one has a PIN yet (a new or just-upgraded till): every window acts as the owner. */
  pinless: boolean
}

/** The calling window's session. */
export interface Session {
  locked: boolean
  pinless: boolean
  /** A till set up before it had PINs: ask the owner for one now (once; "Not now" stops asking). */
  ownerPinPrompt: boolean
  staff: { id: string; name: string; roleId: string; roleName: string } | null
  permissions: Permission[]
  discountLimitBp: number
}
