import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { barcodeKey, barcodeProblem } from '../../src/shared/barcode'
import { simpleProduct } from '../support/catalog-fixtures'
import { openTestTill, type TestTill } from '../support/test-till'

const tills: TestTill[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const till of tills.splice(0)) await till.cleanup()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('barcode forms', () => {
  it('give UPC-A, its EAN-13 and GTIN-14 forms, and an EAN-8 and its padded forms, one key; other codes fold case', () => {
    expect(new Set(['036000291452', '0036000291452', '00036000291452'].map(barcodeKey)).size).toBe(1)
    expect(new Set(['96385074', '0000096385074', '00000096385074'].map(barcodeKey)).size).toBe(1)
    expect(barcodeKey('Abc-123')).toBe(barcodeKey('aBC-123'))
    expect(barcodeKey('4006381333931')).not.toBe(barcodeKey('5901234123457'))
  })

  it('check EAN/UPC check digits and keep other codes as typed', () => {
    expect(barcodeProblem('4006381333931')).toBeNull()
    expect(barcodeProblem('036000291452')).toBeNull()
    expect(barcodeProblem('96385074')).toBeNull()
    expect(barcodeProblem('4006381333932')).toMatch(/EAN-13 code but its check digit is wrong \(it would end in 1\)/)
    expect(barcodeProblem('036000291453')).toMatch(/UPC-A/)
    expect(barcodeProblem('96385075')).toMatch(/EAN-8/)
    expect(barcodeProblem('12345')).toBeNull()
    expect(barcodeProblem('INT-00042')).toBeNull()
  })
})

describe('scanning and saving barcodes', () => {
  it('find a product by any form of its code and any letter case; refuse a second product with another form', async () => {
    const till = openTestTill()
    tills.push(till)
    await till.ok('catalog.createProduct', simpleProduct('Cola', { sku: 'COLA', barcode: '036000291452' }))
    await till.ok('catalog.createProduct', simpleProduct('Shelf label', { sku: 'LABEL', barcode: 'Shelf-A7' }))
    await till.ok('catalog.createProduct', simpleProduct('Gum', { sku: 'GUM', barcode: '96385074' }))
    expect((await till.ok('catalog.findByBarcode', { code: '0036000291452' })).sku).toBe('COLA')
    expect((await till.ok('catalog.findByBarcode', { code: '00036000291452' })).sku).toBe('COLA')
    expect((await till.ok('catalog.findByBarcode', { code: 'SHELF-a7' })).sku).toBe('LABEL')
    expect((await till.ok('catalog.findByBarcode', { code: '0000096385074' })).sku).toBe('GUM')
    expect((await till.ok('catalog.search', { text: '0036000291452' })).map((hit) => hit.sku)).toEqual(['COLA'])
    const twin = await till.call('catalog.createProduct', simpleProduct('Cola again', { sku: 'COLA-2', barcode: '0036000291452' }))
    expect(twin).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Barcode 0036000291452 is already used by Cola as 036000291452, the same code in another form.' }
    })
    const gum = (await till.ok('catalog.findByBarcode', { code: 'GUM' })).variantId
    expect(await till.call('catalog.updateVariant', { id: gum, barcode: '036000291452' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await till.call('catalog.updateVariant', { id: gum, barcode: '96385075' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('migration 0011 keeps an old catalog’s two forms of one code apart and reports them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-barcodes-'))
    dirs.push(dir)
    const path = join(dir, 'till.sqlite')
    const sqlite = openSqlite(path)
    migrate(
      sqlite,
      MIGRATIONS.filter((migration) => migration.id < 11),
      () => 1
    )
    sqlite.exec(`INSERT INTO products (id, name, tax_rate_bp, created_at, updated_at) VALUES (1, 'Cola can', 0, 1, 1), (2, 'Cola (old label)', 0, 1, 1)`)
    sqlite.exec(
      `INSERT INTO variants (id, product_id, sku, barcode, price, created_at, updated_at) VALUES (1, 1, 'C-1', '036000291452', 100, 1, 1), (2, 2, 'C-2', '0036000291452', 100, 1, 1)`
    )
    sqlite.close()
    const till = openTestTill({ dir })
    tills.push(till)
    expect(await till.ok('catalog.barcodeCollisions')).toEqual([
      {
        code: '00036000291452',
        variants: [
          { variantId: 1, barcode: '036000291452', name: 'Cola can' },
          { variantId: 2, barcode: '0036000291452', name: 'Cola (old label)' }
        ]
      }
    ])
    expect((await till.ok('catalog.findByBarcode', { code: '0036000291452' })).sku).toBe('C-2')
    expect((await till.ok('catalog.findByBarcode', { code: '036000291452' })).sku).toBe('C-1')
    await till.ok('catalog.updateVariant', { id: 2, barcode: null })
    expect(await till.ok('catalog.barcodeCollisions')).toEqual([])
  })
})
