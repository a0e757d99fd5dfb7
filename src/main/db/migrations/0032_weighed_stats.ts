import type { Migration } from '../migration'

/**
 * Stats of weighed products (issue 13). Until now the stats fold counted a weighed line's quantity
 * (thousandths of its unit, migration 23) as units: its margin cost was unit cost x 1250 for a 1.250
 * kg line, 1000 times too much, and a weighed return counted 1250 returned items. From now on the
 * cost is unit cost x thousandths / 1000 rounded half up, and a weighed return is one item (as a
 * weighing is one item of the order's count). This corrects the days already folded that hold a
 * weighed line or return: their cost and returned items are recomputed from the order tables with
 * the same rules as the rebuild. Product units stay each product's own quantities (thousandths for
 * a weighed product, shown as its weight), so those rows were right and are left alone.
 * The SQL is written out here, not shared with the rebuild, so the checksum cannot change.
 */
export const m0032WeighedStats: Migration = {
  id: 32,
  name: 'weighed_stats',
  statements: [
    `UPDATE stats_days SET
      cost = coalesce((
        SELECT sum(CASE l.sold_by WHEN 'each' THEN l.unit_cost * l.quantity ELSE (l.unit_cost * l.quantity + 500) / 1000 END)
        FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE o.business_day = stats_days.day AND o.status <> 'cancelled' AND l.unit_cost IS NOT NULL), 0)
      - coalesce((
        SELECT sum(CASE l.sold_by WHEN 'each' THEN l.unit_cost * r.quantity ELSE (l.unit_cost * r.quantity + 500) / 1000 END)
        FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id
        WHERE r.business_day = stats_days.day AND l.unit_cost IS NOT NULL), 0),
      returned_items = coalesce((
        SELECT sum(CASE l.sold_by WHEN 'each' THEN r.quantity ELSE 1 END)
        FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id
        WHERE r.business_day = stats_days.day), 0)
    WHERE day IN (
      SELECT o.business_day FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.sold_by <> 'each'
      UNION SELECT r.business_day FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id WHERE l.sold_by <> 'each')`
  ]
}
