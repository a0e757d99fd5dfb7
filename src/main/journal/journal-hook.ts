import { coalesceIdEvents, type CommandHook, type CommandScope, type EmittedEvent } from '../core/command'
import { finalOrderRecord, findOrderRecord } from '../orders/order-record'
import { canonicalJson } from './canonical-json'
import { appendJournalEntry } from './journal-append'
import { orderDigest } from './journal-entry'
import { orderSnapshot, type OrderSnapshot } from './order-snapshot'
import { chainOnce, isFinalSale, saleFields, zFields } from './sales-chain'

/** Events that say how far long work has got: progress, not a change of anything. */
const NOT_CHANGES = new Set<EmittedEvent['name']>(['orders.exportProgress'])

const ID_CHUNK = 500

/**
 * The journal's command hook: every command that changed anything writes one entry in its own
 * transaction, after every other hook, with the named command, who ran it and who approved it,
 * the events it emitted, and the state it left behind (each changed order whole, the stock and
 * price of each changed variant). No command can forget it, because no command calls it.
 */
export function createJournalHook(): CommandHook {
  const journalHook: CommandHook = async (scope, emitted) => {
    const events = coalesceIdEvents(emitted.filter((event) => !NOT_CHANGES.has(event.name)))
    if (events.length === 0) return
    const closedShifts = new Set<number>()
    const orderIds = new Set<number>()
    const variantIds = new Set<number>()
    const productIds = new Set<number>()
    for (const event of events) {
      if (event.name === 'order.changed') orderIds.add(event.payload.orderId)
      else if (event.name === 'stock.changed') for (const id of event.payload.variantIds) variantIds.add(id)
      else if (event.name === 'catalog.changed') for (const id of event.payload.productIds) productIds.add(id)
      else if (event.name === 'shift.changed' && event.payload.change === 'closed') closedShifts.add(event.payload.shiftId)
    }
    const zReports = closedShifts.size
      ? await scope.trx
          .selectFrom('z_reports')
          .selectAll()
          .where('shift_id', 'in', [...closedShifts])
          .orderBy('number')
          .execute()
      : []
    const orders = await orderSnapshots(scope, [...orderIds])
    // Each order is written once: its text gives its digest and goes into the body as it is.
    const orderTexts = new Map<object, string>()
    const refs = orders.map((order) => {
      const text = canonicalJson(order)
      orderTexts.set(order, text)
      return { id: order.id, digest: orderDigest(text) }
    })
    for (const order of orders) if (isFinalSale(order)) chainOnce(scope.sql, 'order', order.id, scope.now, saleFields(order))
    for (const z of zReports) chainOnce(scope.sql, 'z', z.number, scope.now, zFields(z))
    appendJournalEntry(scope.sql, {
      at: scope.now,
      command: scope.command,
      staffId: scope.actor.id,
      approverId: scope.approver?.id ?? null,
      orders: refs,
      data: {
        actor: scope.actor,
        approver: scope.approver,
        events: events.map(({ name, payload }) => ({ name, payload })),
        orders,
        stock: stockOf(scope, [...variantIds]),
        prices: await pricesOf(scope, [...productIds]),
        zReports: zReports.map(zFields)
      },
      written: orderTexts
    })
  }
  return journalHook
}

async function orderSnapshots(scope: CommandScope, ids: readonly number[]): Promise<OrderSnapshot[]> {
  const snapshots: OrderSnapshot[] = []
  for (const id of ids) {
    const record = finalOrderRecord(scope, id) ?? (await findOrderRecord(scope.trx, id))
    if (record) snapshots.push(orderSnapshot(record))
  }
  return snapshots
}

/** Every sale asks this: fixed SQL text per count of variants, run by the command's synchronous runner. */
function stockOf(scope: CommandScope, ids: readonly number[]): Array<{ variant: number; stock: number }> {
  const rows: Array<{ variant: number; stock: number }> = []
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    const chunk = ids.slice(start, start + ID_CHUNK)
    const text = `SELECT id, stock FROM variants WHERE id IN (${chunk.map(() => '?').join(', ')}) ORDER BY id`
    for (const row of scope.sql.all<{ id: number; stock: number }>(text, chunk)) rows.push({ variant: row.id, stock: row.stock })
  }
  return rows
}

async function pricesOf(scope: CommandScope, productIds: readonly number[]) {
  const rows: Array<{
    product: number
    name: string
    taxRateBp: number
    archived: boolean
    variant: number
    sku: string
    barcode: string | null
    price: number
  }> = []
  for (let start = 0; start < productIds.length; start += ID_CHUNK) {
    const chunk = await scope.trx
      .selectFrom('variants')
      .innerJoin('products', 'products.id', 'variants.product_id')
      .select([
        'products.id as product',
        'products.name',
        'products.tax_rate_bp',
        'products.archived',
        'variants.id as variant',
        'variants.sku',
        'variants.barcode',
        'variants.price'
      ])
      .where('variants.product_id', 'in', productIds.slice(start, start + ID_CHUNK))
      .orderBy('variants.id')
      .execute()
    for (const row of chunk) {
      rows.push({
        product: row.product,
        name: row.name,
        taxRateBp: row.tax_rate_bp,
        archived: row.archived === 1,
        variant: row.variant,
        sku: row.sku,
        barcode: row.barcode,
        price: row.price
      })
    }
  }
  return rows
}
