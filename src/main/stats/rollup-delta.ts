import { sql } from 'kysely'
import type { Trx } from '../db/schema'

interface DayFigures {
  orders: number
  revenue: number
  discounts: number
  tax: number
  items: number
  refunds: number
  returned_items: number
}

interface Sales {
  orders: number
  revenue: number
}

interface ProductSales {
  units: number
  revenue: number
}

const zeroProduct = (): ProductSales => ({ units: 0, revenue: 0 })

interface PaymentFigures {
  payments: number
  paid: number
  refunded: number
}

const zeroDay = (): DayFigures => ({ orders: 0, revenue: 0, discounts: 0, tax: 0, items: 0, refunds: 0, returned_items: 0 })

function bump<T extends object>(map: Map<string, T>, key: string, zero: () => T, change: Partial<Record<keyof T, number>>): void {
  let row = map.get(key)
  if (!row) map.set(key, (row = zero()))
  const target = row as Record<keyof T, number>
  for (const name of Object.keys(change) as Array<keyof T>) target[name] += change[name] ?? 0
}

/**
 * What one fold adds to (or, for a cancelled order, takes off) each rollup row, gathered first so
 * that every row is written once per command, whatever the number of orders or lines behind it.
 */
export class RollupDelta {
  private readonly days = new Map<string, DayFigures>()
  private readonly hours = new Map<string, Sales>()
  private readonly payments = new Map<string, PaymentFigures>()
  private readonly productDays = new Map<string, ProductSales>()
  private readonly statuses = new Map<string, number>()

  day(day: string, change: Partial<DayFigures>): void {
    bump(this.days, day, zeroDay, change)
  }

  hour(day: string, hour: number, orders: number, revenue: number): void {
    bump(this.hours, `${day}|${hour}`, () => ({ orders: 0, revenue: 0 }), { orders, revenue })
  }

  payment(day: string, method: string, change: Partial<PaymentFigures>): void {
    bump(this.payments, `${day}|${method}`, () => ({ payments: 0, paid: 0, refunded: 0 }), change)
  }

  /** Units and revenue of a product on a day; its month follows from the day. */
  product(day: string, productId: number, units: number, revenue: number): void {
    bump(this.productDays, `${productId}|${day}`, zeroProduct, { units, revenue })
  }

  status(status: string, change: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + change)
  }

  async write(trx: Trx): Promise<void> {
    const add = (column: string) => sql<number>`${sql.ref(column)} + excluded.${sql.ref(column)}`
    if (this.days.size > 0) {
      await trx
        .insertInto('stats_days')
        .values([...this.days].map(([day, figures]) => ({ day, ...figures })))
        .onConflict((conflict) =>
          conflict.column('day').doUpdateSet({
            orders: add('orders'),
            revenue: add('revenue'),
            discounts: add('discounts'),
            tax: add('tax'),
            items: add('items'),
            refunds: add('refunds'),
            returned_items: add('returned_items')
          })
        )
        .execute()
    }
    if (this.hours.size > 0) {
      await trx
        .insertInto('stats_hours')
        .values([...this.hours].map(([key, sales]) => ({ day: key.slice(0, 10), hour: Number(key.slice(11)), ...sales })))
        .onConflict((conflict) => conflict.columns(['day', 'hour']).doUpdateSet({ orders: add('orders'), revenue: add('revenue') }))
        .execute()
    }
    if (this.payments.size > 0) {
      await trx
        .insertInto('stats_payments')
        .values([...this.payments].map(([key, figures]) => ({ day: key.slice(0, 10), method: key.slice(11), ...figures })))
        .onConflict((conflict) =>
          conflict.columns(['day', 'method']).doUpdateSet({ payments: add('payments'), paid: add('paid'), refunded: add('refunded') })
        )
        .execute()
    }
    if (this.productDays.size > 0) {
      const rows = [...this.productDays].map(([key, sales]) => {
        const [productId, day] = key.split('|') as [string, string]
        return { product_id: Number(productId), day, ...sales }
      })
      await trx
        .insertInto('stats_product_days')
        .values(rows)
        .onConflict((conflict) => conflict.columns(['product_id', 'day']).doUpdateSet({ units: add('units'), revenue: add('revenue') }))
        .execute()
      const months = new Map<string, ProductSales>()
      for (const row of rows) bump(months, `${row.product_id}|${row.day.slice(0, 7)}`, zeroProduct, { units: row.units, revenue: row.revenue })
      await trx
        .insertInto('stats_product_months')
        .values(
          [...months].map(([key, sales]) => {
            const [productId, month] = key.split('|') as [string, string]
            return { product_id: Number(productId), month, ...sales }
          })
        )
        .onConflict((conflict) => conflict.columns(['product_id', 'month']).doUpdateSet({ units: add('units'), revenue: add('revenue') }))
        .execute()
    }
    const statuses = [...this.statuses].filter(([, change]) => change !== 0)
    if (statuses.length > 0) {
      await trx
        .insertInto('stats_statuses')
        .values(statuses.map(([status, orders]) => ({ status, orders })))
        .onConflict((conflict) => conflict.column('status').doUpdateSet({ orders: add('orders') }))
        .execute()
    }
  }
}
