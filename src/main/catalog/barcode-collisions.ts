import type { BarcodeCollision } from '../../shared/catalog'
import type { Db } from '../db/schema'
import { displayName } from './catalog-rows'

/**
 * Variants whose barcodes are one code in two forms (UPC-A and its EAN-13, say), which a catalog
 * from before migration 0011 can hold: the migration noted their keys. They are reported for the
 * shopkeeper to fix, never merged (a scan finds the exact form first); a key stops being reported
 * once only one variant holds it. Each is read through the barcode_key index.
 */
export async function barcodeCollisions(db: Db): Promise<BarcodeCollision[]> {
  const keys = await db.selectFrom('barcode_collisions').select('barcode_key').orderBy('barcode_key').execute()
  const collisions: BarcodeCollision[] = []
  for (const { barcode_key: key } of keys) {
    const holders = await db
      .selectFrom('variants')
      .innerJoin('products', 'products.id', 'variants.product_id')
      .select(['variants.id', 'variants.barcode', 'variants.label', 'products.name'])
      .where('variants.barcode_key', '=', key)
      .orderBy('variants.id')
      .execute()
    if (holders.length < 2) continue
    collisions.push({ code: key, variants: holders.map((row) => ({ variantId: row.id, barcode: row.barcode ?? '', name: displayName(row.name, row.label) })) })
  }
  return collisions
}
