import type { Migration } from '../migration'

/**
 * Who approved a shift action a cashier could not do alone: a pay in/out or no sale, a recount,
 * a close. 0010 was applied before manager approval existed, so the columns come here; a row
 * written before this migration (or by someone with the permission) has none.
 * z_reports gains the index on closed_at that the over/short view filters on.
 */
export const m0019ShiftApprovers: Migration = {
  id: 19,
  name: 'shift_approvers',
  statements: [
    `ALTER TABLE shift_cash_movements ADD COLUMN approver_id TEXT`,
    `ALTER TABLE shift_cash_movements ADD COLUMN approver_name TEXT`,
    `ALTER TABLE shift_counts ADD COLUMN approver_id TEXT`,
    `ALTER TABLE shift_counts ADD COLUMN approver_name TEXT`,
    `ALTER TABLE shifts ADD COLUMN closed_approver_id TEXT`,
    `ALTER TABLE shifts ADD COLUMN closed_approver_name TEXT`,
    `CREATE INDEX z_reports_closed_at ON z_reports (closed_at)`
  ]
}
