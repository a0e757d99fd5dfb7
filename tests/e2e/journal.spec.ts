import { sellAtCounter } from '../support/sales'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => {
  await setUpShop(till)
  const milk = await addProduct(till, 'Oat milk', { price: 180, stock: 40 })
  const sale = await sellAtCounter(till, [{ variantId: milk.variants[0]!.id, quantity: 3 }])
  await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 2 }] })
})

test('the journal reads every change in words, verifies intact, and names the order edited behind its back', async ({ page, till, capture }) => {
  await page.goto('/#/settings/journal')
  const entries = page.getByTestId('journal-entry')
  await expect(entries.first()).toContainText('returned 2 × Oat milk on order')
  await expect(page.getByTestId('journal-entries')).toContainText('sold order')

  await page.getByTestId('journal-filter-command').fill('orders.return')
  await expect(entries).toHaveCount(1)
  await page.getByTestId('journal-filter-command').fill('')

  await page.getByTestId('journal-verify').click()
  await expect(page.getByTestId('journal-intact')).toContainText('Intact:')
  for (const [width, height] of [[800, 600], [1280, 800], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `journal-intact-${width}`)
  }

  // Someone with the database file lowers an order's total by hand.
  for (const trigger of ['journal_no_update', 'journal_no_delete']) till.sqlite.prepare(`DROP TRIGGER ${trigger}`).run()
  till.sqlite.prepare('UPDATE orders SET total = total - 100').run()
  await page.getByTestId('journal-verify').click()
  await expect(page.getByTestId('journal-broken')).toContainText(/Order A-\d+ differs from its last journal entry \(\d+\): total was \$\d+\.\d\d, is now \$\d+\.\d\d/)
  await page.setViewportSize({ width: 1280, height: 800 })
  await capture(page, 'journal-tampered')

  await page.getByTestId('journal-export').click()
  await expect(page.getByTestId('journal-archive')).toContainText('journal-archives')
})
