import type BetterSqlite3 from 'better-sqlite3'
import type { JournalProblem } from '../../shared/journal'
import type { Selectable } from 'kysely'
import type { SalesChainTable } from '../db/tables/journal.table'
import type { ZReportsTable } from '../db/tables/shifts.table'
import { canonicalJson } from './canonical-json'
import { GENESIS_PREVIOUS } from './journal-entry'
import { saleFields, salesLinkHash, zFields } from './sales-chain'
import { storedOrdersWithIds } from './stored-orders'

const CHUNK = 500

/**
 * Every link of the sales chain: its number, its link to the one before, its hash, and for a sale
 * the inspector's fields as the stored order has them now.
 */
export async function verifySalesChain(
  sqlite: BetterSqlite3.Database,
  pause: () => Promise<unknown>
): Promise<{ links: number; head: string | null } | JournalProblem> {
  const read = sqlite.prepare('SELECT * FROM sales_chain WHERE seq > ? ORDER BY seq LIMIT ?')
  let expected = 1
  let previous = GENESIS_PREVIOUS
  for (;;) {
    const links = read.all(expected - 1, CHUNK) as SalesChainTable[]
    if (links.length === 0) break
    const zNumbers = links.filter((link) => link.kind === 'z').map((link) => link.ref_id)
    const zRows = sqlite.prepare(`SELECT * FROM z_reports WHERE number IN (${zNumbers.map(() => '?').join(', ')})`).all(...zNumbers) as Array<
      Selectable<ZReportsTable>
    >
    const zs = new Map(zRows.map((z) => [z.number, z]))
    const orders = new Map(
      storedOrdersWithIds(
        sqlite,
        links.filter((link) => link.kind === 'order').map((link) => link.ref_id)
      ).map((order) => [order.id, order])
    )
    for (const link of links) {
      const where = link.kind === 'order' ? `sale ${orders.get(link.ref_id)?.number ?? link.ref_id}` : `Z report ${link.ref_id}`
      if (link.seq !== expected) return { seq: null, kind: 'sales-chain', message: `Link ${expected} of the sales chain is missing.` }
      if (link.prev_hash !== previous)
        return { seq: null, kind: 'sales-chain', message: `The sales chain breaks before ${where}: a link was replaced or moved.` }
      if (salesLinkHash(link.prev_hash, link.kind, link.ref_id, link.body) !== link.hash) {
        return { seq: null, kind: 'sales-chain', message: `The sales-chain link of ${where} was changed after it was written.` }
      }
      if (link.kind === 'order') {
        const order = orders.get(link.ref_id)
        if (!order) return { seq: null, orderId: link.ref_id, kind: 'sales-chain', message: `${where} is in the sales chain but gone from the database.` }
        if (canonicalJson(saleFields(order.snapshot)) !== link.body) {
          return {
            seq: null,
            orderId: link.ref_id,
            kind: 'sales-chain',
            message: `The stored ${where} no longer has the lines, taxes or payments it was chained with.`
          }
        }
      }
      if (link.kind === 'z') {
        const z = zs.get(link.ref_id)
        if (!z) return { seq: null, kind: 'sales-chain', message: `${where} is in the sales chain but gone from the database.` }
        if (canonicalJson(zFields(z)) !== link.body)
          return { seq: null, kind: 'sales-chain', message: `The stored ${where} no longer has the figures it was chained with.` }
      }
      previous = link.hash
      expected += 1
    }
    await pause()
  }
  return { links: expected - 1, head: expected > 1 ? previous : null }
}
