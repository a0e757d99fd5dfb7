import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

const WITH_A_BAD_ROW = [
  'product_key,name,category,tax_rate,sku,barcode,price,stock',
  'MUG,Enamel Mug,Kitchen,20,MUG-1,,9.50,6',
  'JAR,Glass Jar,Kitchen,20,JAR-1,,abc,4'
].join('\n')

/** Buttons, headers and labels of the scope whose text is wider than their box (cut off or spilling out). */
async function clippedTexts(scope: Locator): Promise<string[]> {
  return scope
    .locator('button:visible, th:visible, [role="columnheader"]:visible, label:visible, legend:visible')
    .evaluateAll((elements) => elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent?.trim() ?? ''))
}

/** Where an element starts on the screen, from the left. */
async function leftOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return box.x
}

async function expectNothingClipped(page: Page, testId: string) {
  expect(await clippedTexts(page.getByTestId(testId)), `cut text in ${testId}`).toEqual([])
}

const WORDS = {
  de: {
    dir: 'ltr',
    onSale: 'Im Verkauf',
    product: 'Artikel',
    editDetails: 'Details bearbeiten',
    stockOf: 'Bestand von',
    quantityRequired: 'Erhaltene Einheiten: Angabe fehlt.',
    reason: 'Lieferung erhalten',
    newProduct: 'Neuer Artikel',
    csvTitle: 'Artikel aus einer CSV-Datei importieren',
    csvSummary: '2 Zeilen: 1 bereit, 1 mit Problemen.',
    csvProblem: 'price: „abc“ ist kein Betrag: Schreiben Sie ihn in Ziffern'
  },
  ar: {
    dir: 'rtl',
    onSale: 'للبيع',
    product: 'المنتج',
    editDetails: 'تعديل التفاصيل',
    stockOf: 'مخزون',
    quantityRequired: 'يلزم إدخال الوحدات المستلمة.',
    reason: 'استلام شحنة',
    newProduct: 'منتج جديد',
    csvTitle: 'استيراد منتجات من ملف CSV',
    csvSummary: 'سطران: سطر واحد جاهز، سطر واحد به مشكلات.',
    csvProblem: 'price: «abc» ليس مبلغًا: اكتبه بالأرقام'
  }
} as const

test.beforeEach(async ({ till }) => setUpShop(till))

for (const language of ['de', 'ar'] as const) {
  const words = WORDS[language]
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 }
  ]) {
    test(`Products, its stock, product and CSV dialogs in ${language} at ${size.width}x${size.height}`, async ({ page, till, capture }) => {
      await page.setViewportSize(size)
      await till.ok('settings.updateTill', { screenLanguage: language })
      await stockShelves(till)
      await page.goto('/#/products')
      await expect(page.locator('html')).toHaveAttribute('dir', words.dir)
      await expect(page.getByTestId('products-view-active')).toHaveText(words.onSale)
      await expect(page.getByTestId('product-list')).toContainText(words.product)
      await expectNothingClipped(page, 'products-screen')
      await capture(page, `languages-products-list-${language}-${size.width}`)

      await page.getByTestId('product-row').first().click()
      await expect(page.getByTestId('product-edit')).toHaveText(words.editDetails)
      if (size.width >= 1280) {
        // Side by side: the list starts the line, so in Arabic it stands on the right of the panel.
        const listLeft = await leftOf(page.getByTestId('product-list'))
        const detailLeft = await leftOf(page.getByTestId('product-detail'))
        expect(language === 'ar' ? listLeft > detailLeft : listLeft < detailLeft).toBe(true)
      }
      await expectNothingClipped(page, 'product-detail')
      await capture(page, `languages-products-detail-${language}-${size.width}`)

      await page.getByTestId('variant-adjust-stock').first().click()
      await expect(page.getByTestId('stock-form')).toContainText(words.stockOf)
      await expect(page.getByTestId('stock-form-reason')).toContainText(words.reason)
      await page.getByTestId('stock-form-save').click()
      await expect(page.getByTestId('stock-form-quantity-error')).toHaveText(words.quantityRequired)
      await expectNothingClipped(page, 'stock-form')
      await capture(page, `languages-products-stock-${language}-${size.width}`)
      await page.keyboard.press('Escape')
      await expect(page.getByTestId('stock-form')).toBeHidden()

      await page.getByTestId('products-new').click()
      await expect(page.getByTestId('product-form')).toContainText(words.newProduct)
      await page.getByTestId('product-has-options').check()
      await page.getByTestId('option-name-0').fill('Farbe')
      await page.getByTestId('option-values-0').fill('Rot, Blau')
      await expect(page.getByTestId('variant-editor').locator('tbody tr')).toHaveCount(2)
      await expectNothingClipped(page, 'product-form')
      await capture(page, `languages-products-form-${language}-${size.width}`)
      await page.getByTestId('product-form-cancel').click()
      await expect(page.getByTestId('product-form')).toBeHidden()

      await page.getByTestId('products-import').click()
      await expect(page.getByTestId('csv-import')).toContainText(words.csvTitle)
      await page.getByTestId('csv-import-file').setInputFiles({ name: 'kitchen.csv', mimeType: 'text/csv', buffer: Buffer.from(WITH_A_BAD_ROW, 'utf8') })
      await expect(page.getByTestId('csv-mapping')).toBeVisible()
      await capture(page, `languages-products-csv-mapping-${language}-${size.width}`)
      await page.getByTestId('csv-check').click()
      await expect(page.getByTestId('csv-import-summary')).toContainText(words.csvSummary)
      // main sends the row's problem as a code with its values; the screen words it
      await expect(page.getByTestId('csv-problems')).toContainText(words.csvProblem)
      await capture(page, `languages-products-csv-preview-${language}-${size.width}`)
    })
  }
}
