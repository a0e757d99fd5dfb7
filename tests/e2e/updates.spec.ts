import type { UpdateSource, UpdateSourceEvent } from '../../src/main/updates/update-service'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

/** An update server that has 1.1.0: the start-up check downloads it, and an install is recorded. */
function serverWithNewerVersion() {
  const listeners = new Set<(event: UpdateSourceEvent) => void>()
  const emit = (event: UpdateSourceEvent) => listeners.forEach((listener) => listener(event))
  const record = { checks: 0, installs: 0 }
  const source: UpdateSource = {
    currentVersion: '1.0.0',
    check() {
      record.checks += 1
      emit({ kind: 'checking' })
      emit({ kind: 'available', version: '1.1.0' })
      emit({ kind: 'progress', percent: 64 })
      emit({ kind: 'downloaded', version: '1.1.0' })
      return Promise.resolve()
    },
    install() {
      record.installs += 1
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  return { source, record }
}

test.describe('with an update server', () => {
  const server = serverWithNewerVersion()
  test.use({ tillOptions: { updates: server.source } })

  test('Settings → Updates offers the downloaded version, holds it back during a shift, and installs it when asked', async ({
    page,
    till,
    capture,
    captureAtSizes
  }) => {
    await setUpShop(till)
    await page.goto('/#/settings/updates')
    await expect(page.getByTestId('updates-state')).toHaveText(/A new version is downloaded and checked/)
    await expect(page.getByTestId('updates-available')).toHaveText('Version 1.1.0 is available.')
    const install = page.getByTestId('updates-install')
    await expect(install).toHaveText('Restart and install 1.1.0')
    await captureAtSizes(page, 'updates-ready')

    await till.ok('shifts.open', { float: { total: 0 } })
    await expect(page.getByTestId('updates-blocked')).toContainText(/shift/i)
    await expect(install).toBeDisabled()
    await capture(page, 'updates-blocked')
    expect(server.record.installs).toBe(0)

    await till.ok('shifts.count', { count: { total: 0 } })
    await till.ok('shifts.close', {})
    await expect(install).toBeEnabled()
    await install.click()
    await expect.poll(() => server.record.installs).toBe(1)

    await page.getByTestId('updates-check').click()
    await expect.poll(() => server.record.checks).toBe(2)
  })
})

test('Settings → Updates says updates are off in a build without an update address', async ({ page, till, capture }) => {
  await setUpShop(till)
  await page.goto('/#/settings/updates')
  await expect(page.getByTestId('updates-state')).toHaveText(/Updates are off in this build/)
  await expect(page.getByTestId('updates-check')).toBeDisabled()
  await expect(page.getByTestId('updates-install')).toHaveCount(0)
  await capture(page, 'updates-off')
})
