import { appendToOutbox, RECEIVER_TOKEN, startTestReceiver, type TestReceiver } from '../support/sync-harness'
import { snapshotDatabase, type TestTill } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

let receiver: TestReceiver | null = null

test.beforeEach(async ({ till }) => {
  await setUpShop(till)
  await addProduct(till, 'Oat milk', { price: 320, stock: 12 })
  receiver = await startTestReceiver('sqlite')
})
test.afterEach(async () => {
  await receiver?.close()
  receiver = null
})

async function waitingOf(till: TestTill): Promise<number> {
  return (await till.ok('sync.status')).waiting
}

test('sync is set up in Settings → Sync; the nav shows what waits and why; "Sync now" with the server up sends it all', async ({ page, till, capture }) => {
  const server = receiver!
  await server.stop()
  await page.goto('/#/sell')
  const status = page.getByTestId('sync-status')
  await expect(status).toHaveText('Sync off')
  await expect(status).toHaveAttribute('data-phase', 'off')

  await status.click()
  await expect(page).toHaveURL(/#\/settings\/sync$/)
  await expect(page.getByTestId('settings-tab-sync')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('sync-token-state')).toHaveText('No token is stored.')
  await expect(page.getByTestId('sync-settings-phase')).toHaveText('Sync off')

  // Refused beside the field, and nothing changes.
  const before = await snapshotDatabase(till)
  await page.getByTestId('sync-enabled').check()
  await page.getByTestId('sync-url').fill('ftp://head-office.example.com')
  await page.getByTestId('sync-save').click()
  await expect(page.getByTestId('sync-url-error')).toHaveText('The address starts with http:// or https://, e.g. https://sync.example.com.')
  await page.getByTestId('sync-url').fill(server.url)
  await page.getByTestId('sync-save').click()
  await expect(page.getByTestId('sync-token-error')).toHaveText('Enter the sync token before turning sync on.')
  await page.getByTestId('sync-token').fill('two words')
  await page.getByTestId('sync-save').click()
  await expect(page.getByTestId('sync-token-error')).toHaveText('The token is letters, digits and punctuation, without spaces.')
  await capture(page, 'sync-settings-refused')
  expect(await snapshotDatabase(till)).toEqual(before)
  expect(await till.ok('sync.status')).toMatchObject({ enabled: false, endpoint: '', hasToken: false })
  await expect(status).toHaveText('Sync off')

  await page.getByTestId('sync-token').fill(RECEIVER_TOKEN)
  await page.getByTestId('sync-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Sync settings saved')
  await expect(page.getByTestId('sync-token')).toHaveValue('')
  await expect(page.getByTestId('sync-token-state')).toHaveText('A token is stored without encryption: this computer has no keychain Tillpoint can use.')
  expect(await till.ok('sync.status')).toMatchObject({ enabled: true, endpoint: server.url, hasToken: true })

  // The server is down: the changes wait, and the nav says so in words.
  await expect(page.getByTestId('sync-phase')).toHaveText('Server unreachable')
  const waiting = await waitingOf(till)
  expect(waiting).toBeGreaterThan(0)
  await expect(page.getByTestId('sync-waiting')).toHaveText(`${waiting} changes waiting`)
  await expect(page.getByTestId('sync-last-error')).toContainText(`Cannot reach the sync server at 127.0.0.1:${server.port}`)
  await expect(page.getByTestId('sync-last-success')).toHaveText('Not sent yet')
  await expect(page.getByTestId('sync-settings-last-error')).toContainText('Cannot reach the sync server')
  await capture(page, 'sync-status-waiting')

  // A sale while the server is down adds to what waits.
  await addProduct(till, 'Rye bread', { price: 450 })
  await expect.poll(() => waitingOf(till)).toBeGreaterThan(waiting)
  const waitingAfterSale = await waitingOf(till)
  await expect(page.getByTestId('sync-waiting')).toHaveText(`${waitingAfterSale} changes waiting`)

  await server.restart()
  await page.getByTestId('sync-now').click()
  await expect(page.getByTestId('sync-waiting')).toHaveText('Nothing waiting')
  await expect(page.getByTestId('sync-phase')).toHaveText('All sent')
  await expect(page.getByTestId('sync-last-error')).toHaveCount(0)
  await expect(page.getByTestId('sync-last-success')).toHaveText('Last sent 9:00 AM')
  await expect(page.getByTestId('sync-settings-waiting')).toHaveText('Nothing waiting')
  const { tillId } = await till.ok('sync.status')
  expect(await waitingOf(till)).toBe(0)
  // Everything that waited arrived, once each and in order.
  const held = await server.eventsOf(tillId)
  expect(held).toHaveLength(waitingAfterSale)
  expect(held.map((event) => event.seq)).toEqual(held.map((_, index) => index + 1))
  await capture(page, 'sync-status-sent')
})

test('changes the server refused are listed with its reason; they can be sent again or dismissed', async ({ page, till, capture }) => {
  const server = receiver!
  await till.ok('sync.configure', { enabled: true, url: server.url, token: RECEIVER_TOKEN })
  await appendToOutbox(till, [{ type: 'loyalty.points', payload: { points: 5 } }])
  expect(await till.ok('sync.now')).toMatchObject({ waiting: 0, rejected: 1 })

  await page.goto('/#/settings/sync')
  await expect(page.getByTestId('sync-rejected-count')).toHaveText('1 refused by the server')
  const event = page.getByTestId('sync-rejected-event')
  await expect(event).toHaveCount(1)
  await expect(event.getByTestId('sync-rejected-reason')).toHaveText('Unknown event type "loyalty.points" (this receiver speaks sync v1 and v2).')
  await expect(event).toContainText('sent once')
  await capture(page, 'sync-settings-rejected')

  await event.getByTestId('sync-rejected-retry').click()
  await expect(page.getByTestId('toast').filter({ hasText: '1 change will be sent again' })).toBeVisible()
  await expect(event).toContainText('sent 2 times')
  await expect(page.getByTestId('sync-rejected-count')).toHaveText('1 refused by the server')

  await event.getByTestId('sync-rejected-dismiss').click()
  await expect(page.getByTestId('toast').filter({ hasText: '1 change dismissed' })).toBeVisible()
  await expect(page.getByTestId('sync-rejected-none')).toHaveText('The server has refused nothing.')
  await expect(page.getByTestId('sync-rejected-count')).toHaveCount(0)
  expect(await till.ok('sync.status')).toMatchObject({ rejected: 0, waiting: 0 })
})

test('sync settings saved elsewhere show at once; a stored token can be removed once sync is off', async ({ page, context, till }) => {
  const server = receiver!
  await page.goto('/#/settings/sync')
  const other = await context.newPage()
  await other.goto('/#/settings/sync')
  await other.getByTestId('sync-url').fill(server.url)
  await other.getByTestId('sync-token').fill(RECEIVER_TOKEN)
  await other.getByTestId('sync-enabled').check()
  await other.getByTestId('sync-save').click()
  await expect(other.getByTestId('toast')).toHaveText('Sync settings saved')

  await expect(page.getByTestId('sync-url')).toHaveValue(server.url)
  await expect(page.getByTestId('sync-enabled')).toBeChecked()
  await expect(page.getByTestId('sync-phase')).toHaveText(/All sent|Sending/)
  await expect(page.getByTestId('sync-waiting')).toHaveText('Nothing waiting')

  await page.getByTestId('sync-remove-token').click()
  await expect(page.getByTestId('sync-token-error')).toHaveText('Enter the sync token before turning sync on.')
  await page.getByTestId('sync-enabled').uncheck()
  await page.getByTestId('sync-save').click()
  await expect(page.getByTestId('sync-status')).toHaveText('Sync off')
  await page.getByTestId('sync-remove-token').click()
  await expect(page.getByTestId('sync-token-state')).toHaveText('No token is stored.')
  expect(await till.ok('sync.status')).toMatchObject({ enabled: false, hasToken: false, endpoint: server.url })
})
