import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importFile } from '../../bench/import-bench'
import type { Page } from '@playwright/test'
import { CSV_FIELDS } from '../../src/shared/catalog-import'
import { snapshotDatabase } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { openSell } from './support/counter'
import { addProduct, setUpShop } from './support/shop'
import { expectAllInReach, expectTargetsAtLeast } from './support/viewport'

const SIZES = [
  [800, 600],
  [1280, 800],
  [1920, 1080]
] as const

const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer })

test.beforeEach(async ({ till }) => {
  await setUpShop(till)
})

test('a Shopify export is recognised, its columns shown with their first values, and it imports as Shopify means it', async ({ page, till, capture }) => {
  await page.goto('/#/products')
  await page.getByTestId('products-import').click()
  await page
    .getByTestId('csv-import-file')
    .setInputFiles(file('products_export.csv', await readFile(join(__dirname, '../fixtures/catalog-imports/shopify-products.csv'))))
  await expect(page.getByTestId('csv-detected')).toContainText('a Shopify product export: 6 rows, UTF-8, separated by commas')
  const skuRow = page.getByTestId('csv-mapping').getByRole('row').filter({ hasText: 'Variant SKU' })
  await expect(skuRow.getByRole('combobox')).toHaveValue('sku')
  await expect(skuRow).toContainText('OBS-S · OBS-M')
  await expect(page.getByTestId('csv-ignored')).toContainText('Body (HTML)')
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height })
    await capture(page, `catalog-import-shopify-mapping-${width}x${height}`)
  }
  await page.getByTestId('csv-check').click()
  await expect(page.getByTestId('csv-import-summary')).toContainText('5 rows: 5 ready')
  await expect(page.getByTestId('csv-import-summary')).toContainText('1 row with nothing to import')
  await capture(page, 'catalog-import-shopify-preview-1920x1080')
  await page.getByTestId('csv-import-run').click()
  await expect(page.getByTestId('toast')).toHaveText('Imported 3 products')
  const [shirt] = await till.ok('catalog.search', { text: 'OBS-S' })
  expect(shirt).toMatchObject({ productName: 'Ocean Blue Shirt', price: 5000, stock: 5 })
  const [mug] = await till.ok('catalog.search', { text: 'MUG-01' })
  expect(mug).toMatchObject({ productName: 'Classic Enamel Mug', label: '' })
})

/** The mapping's menus that show less than their whole field name: narrower than they would be if free. */
function cutMenus(page: Page): Promise<string[]> {
  return page
    .getByTestId('csv-mapping')
    .locator('select')
    .evaluateAll((menus) =>
      menus.flatMap((menu) => {
        const free = menu.cloneNode(true) as HTMLSelectElement
        free.style.cssText = 'position: absolute; width: auto; max-width: none; visibility: hidden'
        free.value = (menu as HTMLSelectElement).value
        menu.parentElement?.append(free)
        const needed = free.getBoundingClientRect().width
        free.remove()
        const shown = menu.getBoundingClientRect().width
        return shown + 0.5 < needed ? [`${(menu as HTMLSelectElement).selectedOptions[0]?.text ?? ''}: ${Math.round(shown)} of ${Math.round(needed)} px`] : []
      })
    )
}

test('the mapping step works at 800x600: every menu shows its whole field name, is a finger tall, and every column is in reach', async ({ page, capture }) => {
  await page.setViewportSize({ width: 800, height: 600 })
  await page.goto('/#/products')
  await page.getByTestId('products-import').click()
  await page
    .getByTestId('csv-import-file')
    .setInputFiles(file('products_export.csv', await readFile(join(__dirname, '../fixtures/catalog-imports/shopify-products.csv'))))
  await expect(page.getByTestId('csv-detected')).toContainText('a Shopify product export')
  const handle = page.getByTestId('csv-map-0')
  await expect(handle).toHaveValue('product_key')
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    expect(await cutMenus(page), `${width}x${height}`).toEqual([])
    await expectTargetsAtLeast(page, 44, `the mapping step at ${width}x${height}`)
    await expectAllInReach(page, `the mapping step at ${width}x${height}`)
  }
  await page.setViewportSize({ width: 800, height: 600 })
  // The last column scrolls into view with the dialog, and its menu changes by keyboard.
  const rows = page.getByTestId('csv-mapping').getByRole('row')
  const last = rows.last()
  await last.scrollIntoViewIfNeeded()
  await expect(last).toBeInViewport()
  await expect(page.getByTestId('csv-mapping').getByRole('columnheader').first()).toBeInViewport()
  const menu = last.getByRole('combobox')
  await menu.selectOption('')
  await menu.focus()
  await page.keyboard.press('ArrowDown')
  await expect(menu).toHaveValue(CSV_FIELDS[0])
  expect(await cutMenus(page)).toEqual([])
  await capture(page, 'catalog-import-mapping-scrolled-800x600')
})

/**
 * The preview table's headings that are cut off (text wider or taller than the box) or that break
 * inside a word: narrower than a clone of them laid out at its longest word, words kept whole.
 */
function cutHeadings(page: Page): Promise<string[]> {
  return page
    .getByTestId('csv-preview')
    .getByRole('columnheader')
    .evaluateAll((headings) =>
      headings.flatMap((heading) => {
        const whole = heading.cloneNode(true) as HTMLElement
        whole.style.cssText = 'position: absolute; visibility: hidden; width: min-content; overflow-wrap: normal; hyphens: manual'
        heading.parentElement?.append(whole)
        const needed = whole.getBoundingClientRect().width
        whole.remove()
        const shown = heading.getBoundingClientRect().width
        const cut = heading.scrollWidth > heading.clientWidth + 1 || heading.scrollHeight > heading.clientHeight + 1
        return cut || shown + 0.5 < needed ? [`${heading.textContent ?? ''}: ${Math.round(shown)} of ${Math.round(needed)} px`] : []
      })
    )
}

const TEES = 'product_key,name,option1_name,option1_value,sku,price,stock\nTEE,T-Shirt,Size,M,TEE-M,12.00,4\nTEE,T-Shirt,Size,L,TEE-L,12.00,3\n'

for (const language of ['en', 'de', 'fr', 'es', 'ar'] as const) {
  test(`the preview table's headings are whole at 800x600 and 1280x800 in ${language}, each with its title`, async ({ page, till, capture }) => {
    await till.ok('settings.updateTill', { screenLanguage: language })
    await page.setViewportSize({ width: 800, height: 600 })
    await page.goto('/#/products')
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await page.getByTestId('products-import').click()
    await page.getByTestId('csv-import-file').setInputFiles(file('tees.csv', Buffer.from(TEES, 'utf8')))
    await expect(page.getByTestId('csv-mapping')).toBeVisible()
    await page.getByTestId('csv-check').click()
    await expect(page.getByTestId('csv-row-new')).toHaveCount(2)
    const headings = page.getByTestId('csv-preview').getByRole('columnheader')
    expect(
      await headings.evaluateAll((cells) => cells.filter((cell) => !cell.getAttribute('title') || cell.getAttribute('title') !== cell.textContent).length)
    ).toBe(0)
    for (const [width, height] of [
      [800, 600],
      [1280, 800]
    ] as const) {
      await page.setViewportSize({ width, height })
      expect(await cutHeadings(page), `${language} at ${width}x${height}`).toEqual([])
      await capture(page, `catalog-import-preview-headings-${language}-${width}x${height}`)
    }
  })
}

test('an Excel sheet saved as CSV in Germany (Windows-1252, semicolons, decimal commas) maps by its headers; a changed mapping is used', async ({
  page,
  till,
  capture
}) => {
  const text = 'Artikel;Artikelnummer;EAN;Preis;Bestand;MwSt\r\nCafé Crème;CC-1;4006381333931;3,50;10;19\r\nBrötchen;BR-1;;0,45;100;7\r\n'
  await page.goto('/#/products')
  await page.getByTestId('products-import').click()
  await page.getByTestId('csv-import-file').setInputFiles(file('Artikel.csv', Buffer.from(text, 'latin1')))
  await expect(page.getByTestId('csv-detected')).toContainText('2 rows, WINDOWS-1252, separated by semicolons')
  await expect(page.getByTestId('csv-decimal-mark')).toHaveValue('comma')
  // The shopkeeper keeps stock counts out of this import.
  await page.getByTestId('csv-map-4').selectOption('')
  await expect(page.getByTestId('csv-ignored')).toContainText('Bestand')
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height })
    await capture(page, `catalog-import-excel-mapping-${width}x${height}`)
  }
  await page.getByTestId('csv-check').click()
  await expect(page.getByTestId('csv-import-summary')).toContainText('2 rows: 2 ready')
  await page.getByTestId('csv-import-run').click()
  await expect(page.getByTestId('toast')).toHaveText('Imported 2 products')
  const [cafe] = await till.ok('catalog.search', { text: 'CC-1' })
  expect(cafe).toMatchObject({ productName: 'Café Crème', price: 350, stock: 0, taxRateBp: 1900 })
})

test('an .xlsx workbook is refused with how to save it as CSV, and nothing is written', async ({ page, till }) => {
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)
  await page.getByTestId('products-import').click()
  await page.getByTestId('csv-import-file').setInputFiles(file('Artikel.xlsx', Buffer.from('PK\u0003\u0004 workbook', 'latin1')))
  await expect(page.getByTestId('csv-import-error-code')).toHaveText('CSV_INVALID')
  await expect(page.getByTestId('csv-import-error-sentence')).toContainText('CSV')
  expect(await snapshotDatabase(till)).toEqual(before)
})

test('50,000 rows: the check and the import count rows on a progress bar with a Stop button, and the list shows the catalog after', async ({
  page,
  till,
  capture
}) => {
  test.setTimeout(240_000)
  await page.goto('/#/products')
  await page.getByTestId('products-import').click()
  // Every text the progress line shows, kept as it changes: reading is over too soon to poll.
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { progressTexts: seen })
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="csv-progress"] span')?.textContent
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.getByTestId('csv-import-file').setInputFiles(file('big.csv', Buffer.from(importFile(50_000), 'utf8')))
  await expect(page.getByTestId('csv-detected')).toContainText('50,000 rows', { timeout: 60_000 })
  // Reading the file for the mapping step counts rows, with the shop's thousands separator.
  const readingTexts = (await page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts)).filter((text) =>
    text.startsWith('Reading')
  )
  expect(readingTexts.length).toBeGreaterThan(0)
  for (const text of readingTexts) expect(text).toMatch(/^Reading the file… row \d{1,3}(,\d{3})* of 50,000$/)
  await page.getByTestId('csv-check').click()
  await expect(page.getByTestId('csv-progress')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('csv-progress-stop')).toHaveText('Stop checking')
  await capture(page, 'catalog-import-50k-checking-1280x800')
  await expect(page.getByTestId('csv-import-summary')).toContainText('50,000 rows: 50,000 ready', { timeout: 120_000 })
  await page.getByTestId('csv-import-run').click()
  const progress = page.getByTestId('csv-progress')
  await expect(progress).toContainText(/Importing products… [\d,]+ of 50,000|Reading the file|Checking rows/, { timeout: 60_000 })
  await expect(page.getByTestId('csv-progress-stop')).toHaveText('Stop the import')
  await page.setViewportSize({ width: 800, height: 600 })
  await capture(page, 'catalog-import-50k-importing-800x600')
  await expect(page.getByTestId('toast')).toHaveText('Imported 50,000 products', { timeout: 180_000 })
  await expect(page.getByTestId('product-row-name').first()).toBeVisible()
  expect((await till.ok('catalog.search', { text: 'IMP-049999' }))[0]).toMatchObject({ productName: 'Imported item 49999' })
})

test('a stopped import writes nothing and the dialog says so', async ({ page, till }) => {
  test.setTimeout(120_000)
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)
  await page.getByTestId('products-import').click()
  await page.getByTestId('csv-import-file').setInputFiles(file('big.csv', Buffer.from(importFile(20_000), 'utf8')))
  await page.getByTestId('csv-check').click()
  await page.getByTestId('csv-progress-stop').click({ timeout: 30_000 })
  await expect(page.getByTestId('csv-import-error-code')).toHaveText('IMPORT_CANCELLED')
  expect(await snapshotDatabase(till)).toEqual(before)
})

test('Sell finds a product by any part of its name in any script: 茶 finds 乌龙茶 and 抹茶ラテ, ラテ finds 抹茶ラテ', async ({ page, till, capture }) => {
  await addProduct(till, '乌龙茶', { sku: 'TEA-OOLONG' })
  await addProduct(till, '抹茶ラテ', { sku: 'TEA-MATCHA' })
  await addProduct(till, 'Flat White', { sku: 'COF-FW' })
  await openSell(page)
  const search = page.getByTestId('sell-search')
  await search.fill('茶')
  await expect(page.getByTestId('sell-product')).toHaveCount(2)
  await expect(page.getByTestId('sell-product')).toContainText(['乌龙茶', '抹茶ラテ'], { useInnerText: true })
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height })
    await capture(page, `catalog-search-cjk-${width}x${height}`)
  }
  await search.fill('ラテ')
  await expect(page.getByTestId('sell-product')).toHaveCount(1)
  await expect(page.getByTestId('sell-product')).toContainText('抹茶ラテ')
  await search.fill('hite')
  await expect(page.getByTestId('sell-product')).toHaveCount(1)
  await expect(page.getByTestId('sell-product')).toContainText('Flat White')
})
