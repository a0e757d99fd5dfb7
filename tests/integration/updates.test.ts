import { afterEach, describe, expect, it } from 'vitest'
import type { UpdateSource, UpdateSourceEvent } from '../../src/main/updates/update-service'
import { startUpdates } from '../../src/main/updates/update-service'
import { cartWith } from '../support/sales'
import { seedProducts } from '../support/seed-products'
import { openTestTill, type TestTill } from '../support/test-till'
import { waitUntil } from '../support/wait-until'

/** Plays electron-updater: answers each check as told, and records what the app asked of it. */
function standInSource(answers: Array<'none' | 'newer' | 'unreachable'>) {
  const listeners = new Set<(event: UpdateSourceEvent) => void>()
  const emit = (event: UpdateSourceEvent) => listeners.forEach((listener) => listener(event))
  const record = { checks: 0, installs: 0 }
  const source: UpdateSource = {
    currentVersion: '1.0.0',
    async check() {
      const answer = answers[record.checks] ?? 'none'
      record.checks += 1
      emit({ kind: 'checking' })
      if (answer === 'unreachable') {
        emit({ kind: 'error', message: 'net::ERR_NAME_NOT_RESOLVED' })
        throw new Error('net::ERR_NAME_NOT_RESOLVED')
      }
      if (answer === 'none') return emit({ kind: 'none' })
      emit({ kind: 'available', version: '1.1.0' })
      emit({ kind: 'progress', percent: 42.4 })
      emit({ kind: 'downloaded', version: '1.1.0' })
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

let till: TestTill
afterEach(() => till.cleanup())

describe('updates', () => {
  it('are off in a build without an update address, and refuse to install', async () => {
    till = openTestTill()
    expect(await till.ok('updates.status')).toMatchObject({ state: 'off', availableVersion: null })
    expect(await till.call('updates.install')).toMatchObject({ ok: false, error: { code: 'UPDATE_NOT_READY' } })
  })

  it('are checked at start, downloaded in the background, and announced ready', async () => {
    const { source, record } = standInSource(['newer'])
    till = openTestTill({ updates: source })
    const events = till.recordEvents()
    await waitUntil('the start-up check', async () => (await till.ok('updates.status')).state === 'ready', 5_000)
    expect(record.checks).toBe(1)
    expect(await till.ok('updates.status')).toMatchObject({ state: 'ready', currentVersion: '1.0.0', availableVersion: '1.1.0', percent: 100, blockedBy: null })
    expect(events.some((event) => event.name === 'updates.changed')).toBe(true)
    expect(record.installs).toBe(0)
  })

  it('are checked again every day', async () => {
    const { source, record } = standInSource(['none', 'none', 'newer'])
    till = openTestTill()
    const updates = startUpdates(till.context, source, { checkEveryMs: 20 })
    await waitUntil('the third check', () => record.checks >= 3, 5_000)
    await waitUntil('the download', async () => (await updates.status()).state === 'ready', 5_000)
    updates.stop()
  })

  it('install only when asked, and never during an open shift or a sale', async () => {
    const { source, record } = standInSource(['newer'])
    till = openTestTill({ updates: source })
    const [tea] = await seedProducts(till.context, [{ name: 'Tea', price: 455, stock: 10 }])
    await waitUntil('the download', async () => (await till.ok('updates.status')).state === 'ready', 5_000)

    await till.ok('shifts.open', { float: { total: 0 } })
    const duringShift = await till.call('updates.install')
    expect(duringShift).toMatchObject({ ok: false, error: { code: 'UPDATE_BLOCKED', message: expect.stringContaining('shift is open') } })
    expect((await till.ok('updates.status')).blockedBy).toContain('shift is open')
    await till.ok('shifts.count', { count: { total: 0 } })
    await till.ok('shifts.close', { reason: '', keepOpenCarts: false })

    const cart = await cartWith(till, [{ variantId: tea!.variantId }])
    expect(await till.call('updates.install')).toMatchObject({
      ok: false,
      error: { code: 'UPDATE_BLOCKED', message: expect.stringContaining('sale is in progress') }
    })
    await till.ok('cart.removeLine', { cartId: cart.id, lineId: cart.lines[0]!.id })
    expect(record.installs).toBe(0)

    expect(await till.ok('updates.install')).toMatchObject({ state: 'ready', blockedBy: null })
    expect(record.installs).toBe(1)
  })

  it('that fail to download leave the installed version running, and the next check tries again', async () => {
    const { source, record } = standInSource(['unreachable', 'newer'])
    till = openTestTill({ updates: source })
    await waitUntil('the failed check', async () => (await till.ok('updates.status')).state === 'error', 5_000)
    expect(await till.ok('updates.status')).toMatchObject({ state: 'error', error: 'net::ERR_NAME_NOT_RESOLVED', availableVersion: null })
    expect(await till.call('updates.install')).toMatchObject({ ok: false, error: { code: 'UPDATE_NOT_READY' } })
    expect(await till.ok('updates.check')).toMatchObject({ state: 'ready', availableVersion: '1.1.0', error: null })
    expect(record.installs).toBe(0)
  })
})
