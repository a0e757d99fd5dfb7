import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadPrintableOrder } from '../../src/main/print/load-printable-order'
import { receiptEscPos } from '../../src/main/print/escpos/render-escpos'
import { renderReceipt } from '../../src/main/print/templates/receipt'
import type { PaperSize } from '../../src/shared/print'
import { decodeEscPos } from '../support/escpos-decode'
import type { TestTill } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { screensDir } from './support/screens'
import { addProduct, setUpShop } from './support/shop'

/** A German shop's sale at 19% and 7%, with a discount and a split tender. */
async function mixedRateSale(till: TestTill) {
  await setUpShop(till, { settings: { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin', taxMode: 'inclusive' } })
  const coffee = await addProduct(till, 'Kaffee 500 g', { price: 899 }, { taxRateBp: 1900 })
  const bread = await addProduct(till, 'Roggenbrot', { price: 349 }, { taxRateBp: 700 })
  const milk = await addProduct(till, 'Hafermilch', { price: 199 }, { taxRateBp: 700 })
  const cart = await till.ok('cart.current')
  await till.ok('cart.addLine', { cartId: cart.id, variantId: coffee.variants[0]!.id, quantity: 2 })
  await till.ok('cart.addLine', { cartId: cart.id, variantId: bread.variants[0]!.id, quantity: 3 })
  await till.ok('cart.addLine', { cartId: cart.id, variantId: milk.variants[0]!.id, quantity: 1 })
  const priced = await till.ok('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'percent', value: 1000 } })
  return till.ok('cart.checkout', {
    cartId: cart.id,
    kind: 'counter',
    payments: [
      { method: 'card', amount: 2000, reference: 'T-7', lastFour: '4242' },
      { method: 'cash', amount: priced.totals.total - 2000, tendered: 1000 }
    ]
  })
}

test('every receipt layout prints the tax per rate: rate, net, tax and gross', async ({ page, till }) => {
  const order = await mixedRateSale(till)
  expect(order.taxByRate.map((rate) => rate.rateBp)).toEqual([1900, 700])
  for (const rate of order.taxByRate) expect(rate.net + rate.tax).toBe(rate.gross)
  const printable = await loadPrintableOrder(till.context.db, order.id)
  const dir = screensDir(test.info())
  mkdirSync(dir, { recursive: true })

  for (const paper of ['58mm', '80mm', 'A4'] as PaperSize[]) {
    await page.setContent(await renderReceipt(printable, { paper, reprint: false }))
    const table = page.locator('[data-tax-rates]')
    await expect(table).toBeVisible()
    // de-DE writes "19 %" and "12,34 €" with a no-break space: compare with plain spaces
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('19 %')
    expect(rows[1]).toContain('7 %')
    for (const rate of order.taxByRate) {
      const row = rows[order.taxByRate.indexOf(rate)]!
      for (const amount of [rate.net, rate.tax, rate.gross]) expect(row).toContain((amount / 100).toFixed(2).replace('.', ','))
    }
    await page.screenshot({ path: join(dir, `receipt-tax-rates-${paper.toLowerCase()}.png`), fullPage: true })
  }

  for (const columns of [32, 48]) {
    const printed = decodeEscPos(receiptEscPos(printable, { columns, codePage: 'cp858', reprint: false, openDrawer: false }))
    const at = printed.lines.indexOf('Tax rate / net / tax / gross')
    expect(at).toBeGreaterThan(0)
    expect(printed.lines[at + 1]).toMatch(/^19\s%\s+\d+,\d\d\s€$/)
    expect(printed.lines[at + 3]).toMatch(/^7\s%\s+\d+,\d\d\s€$/)
    for (const line of printed.lines) expect(line.length).toBeLessThanOrEqual(columns)
    await page.setContent(
      `<pre style="font: 14px/1.25 monospace; margin: 8px; width: ${columns}ch; border: 1px dashed #999; padding: 4px">${printed.lines
        .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
        .join('\n')}</pre>`
    )
    await page.screenshot({ path: join(dir, `receipt-tax-rates-escpos-${columns}.png`), fullPage: true })
  }
})
