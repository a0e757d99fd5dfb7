import { allSent, RECEIVER_TOKEN, startTestReceiver, waitUntil } from '../support/sync-harness'
import { sellAtCounter } from '../support/sales'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => {
  await setUpShop(till)
  const milk = await addProduct(till, 'Oat milk', { price: 180, stock: 40 })
  const sale = await sellAtCounter(till, [{ variantId: milk.variants[0]!.id, quantity: 3 }])
  await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 2 }] })
})

test('the journal reads every change in words, verifies intact, and names the order edited behind its back', async ({
  page,
  till,
  capture,
  captureAtSizes
}) => {
  await page.goto('/#/settings/journal')
  const entries = page.getByTestId('journal-entry')
  await expect(entries.first()).toContainText('returned 2 × Oat milk on order')
  await expect(page.getByTestId('journal-entries')).toContainText('sold order')

  await page.getByTestId('journal-filter-command').fill('orders.return')
  await expect(entries).toHaveCount(1)
  await page.getByTestId('journal-filter-command').fill('')

  await page.getByTestId('journal-verify').click()
  await expect(page.getByTestId('journal-intact')).toContainText('Intact:')
  await captureAtSizes(page, 'journal-intact')

  // Someone with the database file lowers an order's total by hand.
  for (const trigger of ['journal_no_update', 'journal_no_delete']) till.sqlite.prepare(`DROP TRIGGER ${trigger}`).run()
  till.sqlite.prepare('UPDATE orders SET total = total - 100').run()
  await page.getByTestId('journal-verify').click()
  await expect(page.getByTestId('journal-broken')).toContainText(
    /Order A-\d+ differs from its last journal entry \(\d+\): total was \$\d+\.\d\d, is now \$\d+\.\d\d/
  )
  await page.setViewportSize({ width: 1280, height: 800 })
  await capture(page, 'journal-tampered')

  await page.getByTestId('journal-export').click()
  await expect(page.getByTestId('journal-archive')).toContainText('journal-archives')
})

test('with sync on, the journal screen says what head office’s check of the chain found; days narrow the list', async ({ page, till, capture }) => {
  const receiver = await startTestReceiver('sqlite')
  try {
    await till.ok('sync.configure', { enabled: true, url: receiver.url, token: RECEIVER_TOKEN })
    await waitUntil('the journal to reach head office', async () => allSent(await till.ok('sync.now')), 15_000)
    const head = till.sqlite.prepare('SELECT max(seq) AS seq FROM journal').get() as { seq: number }
    await page.goto('/#/settings/journal')
    await expect(page.getByTestId('journal-head-office')).toHaveText(`Head office checked the journal: intact through entry ${head.seq}.`)
    await page.setViewportSize({ width: 1280, height: 800 })
    await capture(page, 'journal-head-office')

    const today = new Date(till.clock.now()).toISOString().slice(0, 10)
    await page.getByTestId('journal-filter-from').fill(today)
    await expect(page.getByTestId('journal-entry').first()).toBeVisible()
    await page.getByTestId('journal-filter-from').fill('')
    await page.getByTestId('journal-filter-to').fill('2001-01-01')
    await expect(page.getByTestId('journal-entries')).toBeEmpty()
    await expect(page.getByText('No entries match.')).toBeVisible()
  } finally {
    await till.ok('sync.configure', { enabled: false })
    await receiver.close()
  }
})
