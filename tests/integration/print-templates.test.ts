import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { money } from '../../src/shared/money'
import { PAPER_SIZES, type PaperSize, type PrintDocument } from '../../src/shared/print'
import { PAPER_LAYOUTS } from '../../src/main/print/paper'
import { renderOrderHtml } from '../../src/main/print/render-documents'
import { renderTestPage } from '../../src/main/print/templates/test-page'
import { launchChromium, playwrightPrintBackend, type TestPrintBackend } from '../support/playwright-print-backend'
import { pdfInfo, pdfText, pdfToPngs } from '../support/pdf-tools'
import { printableOrderFixture } from '../support/printable-order-fixture'
import { soak } from '../support/soak'

let browser: Browser
let backend: TestPrintBackend
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tillpoint-print-'))
  browser = await launchChromium()
  backend = playwrightPrintBackend(browser, dir, [])
}, 60_000)

afterAll(async () => {
  await browser?.close()
  if (dir && !process.env.KEEP_PRINTS) rmSync(dir, { recursive: true, force: true })
})

async function renderToPdf(document: PrintDocument, paper: PaperSize, order = printableOrderFixture()): Promise<string> {
  const html = await renderOrderHtml(order, document, paper, false)
  const pdfPath = join(dir, `${document}-${paper}.pdf`)
  writeFileSync(pdfPath, await backend.htmlToPdf(html, PAPER_LAYOUTS[paper].page))
  return pdfPath
}

const everyCase = (['receipt', 'slip'] as const).flatMap((document) => PAPER_SIZES.map((paper) => [document, paper] as const))
/** The short run: each document once, on a roll and on A4; the soak run renders every layout. */
const cases = soak(
  everyCase.filter(([document, paper]) => (document === 'receipt' ? paper === '80mm' : paper === 'A4')),
  everyCase
)
/** Long names wrap worst on the narrowest roll. */
const papers = soak<readonly PaperSize[]>(
  PAPER_SIZES.filter((paper) => paper === '58mm'),
  PAPER_SIZES
)

describe('receipt and order slip templates rendered by Chromium', () => {
  it.each(cases)('%s on %s paper: right page width, one readable page, every script intact', async (document, paper) => {
    const pdfPath = await renderToPdf(document, paper)
    const info = pdfInfo(pdfPath)
    const page = PAPER_LAYOUTS[paper].page
    expect(info.widthMm).toBeCloseTo(page.widthMm, 0)
    expect(info.pages).toBe(1)
    if (page.heightMm === null) {
      // A roll is cut after the content: no blank A4 of paper fed behind a short receipt.
      expect(info.heightMm).toBeGreaterThan(60)
      expect(info.heightMm).toBeLessThan(260)
    } else {
      expect(info.heightMm).toBeCloseTo(page.heightMm, 0)
    }

    const text = pdfText(pdfPath)
    for (const expected of ['Café Zoë', 'A-0042', 'Crème brûlée', 'Пирожки', '東京', '抹茶ラテ', 'Москва', 'Renée Dupré', 'Oat / Hot']) {
      expect(text).toContain(expected)
    }
    // The note is shown as typed: its markup is text, never HTML.
    expect(text).toContain('<b>not</b>')

    if (document === 'receipt') {
      // A roll shows quantity x price then the discount; the A4 table shows the line after it.
      expect(text).toContain(paper === 'A4' ? '8,50 €' : '9,00 €')
      for (const expected of ['4,50 €', '-0,50 €', '19,67 €', '-1,00 €', '2,52 €', '18,67 €', '4242', 'Change', '20,00 €', '10,00 €']) {
        expect(text).toContain(expected)
      }
    } else {
      expect(text).not.toMatch(/€|Total|Subtotal/)
      for (const expected of ['ORDER SLIP', 'DELIVERY', 'CB-L', 'MATCHA-OH', '6 items on 3 lines']) expect(text).toContain(expected)
    }

    const [png, ...more] = pdfToPngs(pdfPath, 120)
    expect(more).toHaveLength(0)
    expect(png?.width).toBeCloseTo((page.widthMm / 25.4) * 120, -1)
    expect(png?.inkRatio).toBeGreaterThan(0.01)
  })

  it.each(papers)('keeps long unbroken names inside %s paper', async (paper) => {
    const long = printableOrderFixture({
      lines: [
        {
          name: 'Supercalifragilisticexpialidocious-Extra-Long-Product-Name',
          variantLabel: 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
          sku: 'SKU-0000000000000000000000000000000001',
          quantity: 12_345,
          unitPrice: money(123_456_789),
          lineDiscount: money(0),
          promotion: null,
          lineTotal: money(1_524_074_060_205)
        }
      ]
    })
    for (const kind of ['receipt', 'slip'] as const) {
      const html = await renderOrderHtml(long, kind, paper, true)
      const context = await browser.newContext()
      const tab = await context.newPage()
      await tab.setContent(html)
      const overflow = await tab.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
      await context.close()
      expect(overflow, `${kind} on ${paper}`).toBeLessThanOrEqual(0)
    }
  })

  it('escapes every value from the database', async () => {
    const html = await renderOrderHtml(
      printableOrderFixture({ customerName: '<img src=x onerror=alert(1)>', notes: '"><script>alert(1)</script>' }),
      'receipt',
      '80mm',
      false
    )
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  /** A roll and A4 (the two layouts); the soak run every paper. */
  const footerPapers = soak<readonly PaperSize[]>(['80mm', 'A4'], PAPER_SIZES)
  it(`prints the shop’s tax number and its own footer, line by line, on the receipt on ${footerPapers.length < PAPER_SIZES.length ? 'a roll and A4' : 'every paper'}`, async () => {
    const order = printableOrderFixture({ receiptFooter: 'Returns within 30 days\n\nThank you for shopping local' })
    for (const paper of footerPapers) {
      const text = pdfText(await renderToPdf('receipt', paper, order))
      expect(text, paper).toMatch(/Tax number FR 40 303\s?265 045/)
      expect(text, paper).toMatch(/Returns within 30 days\s+Thank you for\s+shopping local/)
      expect(text, paper).not.toContain('Thank you!')
    }
    // Without a footer the receipt still thanks the customer; without a tax number it prints none.
    const plain = pdfText(await renderToPdf('receipt', '80mm', printableOrderFixture({ shop: { ...order.shop, taxNumber: '' } })))
    expect(plain).toContain('Thank you!')
    expect(plain).not.toContain('Tax number')
  })

  it(`prints a test page in every script on ${papers.length > 1 ? 'each paper' : 'the 58 mm roll'}`, async () => {
    for (const paper of papers) {
      const html = renderTestPage({
        shop: { name: 'Café Zoë', address: '', phone: '', taxNumber: '' },
        printer: 'EPSON TM-T20III',
        paper,
        printedAt: Date.UTC(2026, 2, 2, 9),
        money: { currency: 'JPY', currencyDigits: 0, locale: 'ja-JP', timeZone: 'Asia/Tokyo' }
      })
      const pdfPath = join(dir, `test-page-${paper}.pdf`)
      writeFileSync(pdfPath, await backend.htmlToPdf(html, PAPER_LAYOUTS[paper].page))
      const text = pdfText(pdfPath)
      for (const expected of ['Test page', 'EPSON TM-T20III', '123,456', 'Москва', '東京', '서울', 'Αθήνα']) expect(text).toContain(expected)
      expect(pdfInfo(pdfPath).widthMm).toBeCloseTo(PAPER_LAYOUTS[paper].page.widthMm, 0)
    }
  })
})
