import { readFile } from 'node:fs/promises'
import { snapshotDatabase } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

const WITH_A_BAD_ROW = [
  'product_key,name,category,tax_rate,sku,barcode,price,stock',
  'MUG,Enamel Mug,Kitchen,20,MUG-1,,9.50,6',
  'JAR,Glass Jar,Kitchen,20,JAR-1,,abc,4',
  'TOWEL,Tea Towel,Kitchen,20,TOWEL-1,,6.00,10'
].join('\n')

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })

test.beforeEach(async ({ till }) => setUpShop(till))

test('a CSV import is previewed row by row with its problems, and nothing is written until Import', async ({ page, till, capture }) => {
  await addProduct(till, 'Oat Milk 1 L', { sku: 'OAT-1L' })
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)

  await page.getByTestId('products-import').click()
  await page.getByTestId('csv-import-file').setInputFiles(csvFile('kitchen.csv', WITH_A_BAD_ROW))
  await expect(page.getByTestId('csv-detected')).toContainText('a Tillpoint export: 3 rows, UTF-8, separated by commas')
  await page.getByTestId('csv-check').click()
  await expect(page.getByTestId('csv-import-summary')).toContainText('3 rows: 2 ready, 1 with problems')
  await expect(page.getByTestId('csv-row-new')).toHaveCount(2)
  const bad = page.getByTestId('csv-row-error')
  await expect(bad).toHaveCount(1)
  await expect(bad).toContainText('3')
  await expect(bad.getByTestId('csv-row-problem')).toContainText('"abc" is not an amount')
  await expect(page.getByTestId('csv-import-run')).toBeDisabled()
  await capture(page, 'products-csv-preview')
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('csv-import-mode-good-rows-only').check()
  await expect(page.getByTestId('csv-import-run')).toHaveText('Add 2 products')
  expect(await snapshotDatabase(till)).toEqual(before)
  await page.getByTestId('csv-import-run').click()
  await expect(page.getByTestId('toast')).toHaveText('Imported 2 products')
  await expect(page.getByTestId('csv-import')).toBeHidden()
  await expect(page.getByTestId('product-row-name')).toHaveText(['Enamel Mug', 'Oat Milk 1 L', 'Tea Towel'])
  const [mug] = await till.ok('catalog.search', { text: 'MUG-1' })
  expect(mug).toMatchObject({ productName: 'Enamel Mug', price: 950, stock: 6, taxRateBp: 2000 })
  expect(await till.call('catalog.findByBarcode', { code: 'JAR-1' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('a file that is not a catalog is refused in words and nothing is written', async ({ page, till }) => {
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)
  await page.getByTestId('products-import').click()
  await page.getByTestId('csv-import-file').setInputFiles(csvFile('notes.csv', 'colour,size\nred,big\n'))
  await expect(page.getByTestId('csv-ignored')).toHaveText('Ignored: colour, size.')
  await page.getByTestId('csv-check').click()
  await expect(page.getByTestId('csv-import-error-sentence')).toContainText('No column is matched to name, sku, price')
  await expect(page.getByTestId('csv-import-error-code')).toHaveText('CSV_INVALID')
  await expect(page.getByTestId('csv-import-run')).toHaveCount(0)
  expect(await snapshotDatabase(till)).toEqual(before)
})

test('the catalog downloads as a CSV file with one row per variant', async ({ page, till }) => {
  await setUpShop(till, { sample: true })
  await page.goto('/#/products')
  const download = page.waitForEvent('download')
  await page.getByTestId('products-export').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile(await file.path(), 'utf8')
  const exported = await till.ok('catalog.exportCsv')
  expect(csv).toBe(exported.csv)
  const [header, ...rows] = csv.trim().split(/\r?\n/)
  expect(header).toContain('name')
  expect(header).toContain('sku')
  expect(rows).toHaveLength(exported.variantCount)
  expect(csv).toContain('COF-HOUSE-250')
  await expect(page.getByTestId('toast')).toHaveText(`Exported ${exported.productCount} products (${exported.variantCount} variants)`)
})
