import { isWeighed, type SoldBy } from '../../shared/sold-by'

// How a sold (or returned) quantity counts in the stats. A product sold by weight keeps every
// quantity in thousandths of its unit (src/shared/sold-by.ts), so a 1.250 kg line is 1250: its cost
// is the unit cost times 1.250, and it is one item (a weighing), as the cart counts it. The same
// rules are written as SQL in rebuild-stats.ts and migration 32; the rollup property test keeps
// the fold, the rebuild and a plain recomputation equal.

/**
 * The cost of `quantity` at `unitCost` per unit, in minor units. A weighed quantity's cost is
 * unitCost x thousandths / 1000 rounded half up (costs are never negative: a CHECK of migration 26),
 * in BigInt so that a large cost times a large weight stays exact; SQL's integer
 * `(c * q + 500) / 1000` gives the same.
 */
export function quantityCost(unitCost: number, quantity: number, soldBy: SoldBy): number {
  if (!isWeighed(soldBy)) return unitCost * quantity
  return Number((BigInt(unitCost) * BigInt(quantity) + 500n) / 1000n)
}

/** Items as a day counts them: a counted line its units, a weighed line (or a return of it) one. */
export function quantityItems(quantity: number, soldBy: SoldBy): number {
  return isWeighed(soldBy) ? 1 : quantity
}
