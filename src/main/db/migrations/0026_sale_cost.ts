import type { Migration } from '../migration'

/**
 * Margin in Stats (issue 16): what the goods sold cost the shop.
 * - order_lines.unit_cost: the variant's cost when it was sold (minor units per unit), kept on the
 *   line so a later change of cost never moves a past day's margin. NULL when the catalog had no
 *   cost for it; every line sold before this migration is NULL (its cost then is not known).
 * - stats_days.cost: the cost of the goods sold on the day, less that of goods returned on it;
 *   stats_days.costed_sales: the net sales (after discounts, without tax) of those same lines, so
 *   the margin (costed_sales − cost) compares a cost with the sales it belongs to. Zero before:
 *   no line had a cost, which is what the rollups then say.
 */
export const m0026SaleCost: Migration = {
  id: 26,
  name: 'sale_cost',
  statements: [
    `ALTER TABLE order_lines ADD COLUMN unit_cost INTEGER CHECK (unit_cost IS NULL OR unit_cost >= 0)`,
    `ALTER TABLE stats_days ADD COLUMN cost INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE stats_days ADD COLUMN costed_sales INTEGER NOT NULL DEFAULT 0`
  ]
}
