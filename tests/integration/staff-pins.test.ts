import { scryptSync } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lockoutMs } from '../../src/main/staff/pin-check'
import { PIN_SCRYPT, scryptPin, type PinHasher } from '../../src/main/staff/pin-hash'
import { quickPinHash } from '../support/staff'
import { openTestTill, type TestTill, type TillWindow } from '../support/test-till'

let till: TestTill
let hashes: number
let window: TillWindow
let cashierId: string
const PIN = '4826'

/** Counts the hashes; the app's own cost only in the test that pins it (the other rules do not depend on it). */
const counting =
  (hasher: PinHasher): PinHasher =>
  (pin, salt) => {
    hashes += 1
    return hasher(pin, salt)
  }

async function openTill(hasher: PinHasher): Promise<void> {
  hashes = 0
  till = openTestTill({ staff: { hashPin: counting(hasher) } })
  cashierId = await till.addStaff('Cara Cashier', 'cashier', PIN)
  window = till.window(2)
}

beforeEach(() => openTill(quickPinHash))
afterEach(() => till.cleanup())

const unlock = (pin: string) => window.call('staff.unlock', { staffId: cashierId, pin })

describe('PINs', () => {
  it('are scrypt with N=2^14, r=8, p=1 and a 16-byte salt per person, stored as 32 bytes', async () => {
    await till.cleanup()
    await openTill(scryptPin)
    expect(PIN_SCRYPT).toEqual({ N: 16384, r: 8, p: 1, keyLength: 32, saltLength: 16 })
    const rows = await till.context.db.selectFrom('staff').select(['id', 'pin_hash', 'pin_salt']).where('pin_hash', 'is not', null).execute()
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      const expected = scryptSync(row.id === cashierId ? PIN : '2580', row.pin_salt!, 32, { N: 16384, r: 8, p: 1 })
      expect(row.pin_hash!.equals(expected)).toBe(true)
    }
    expect(rows[0]!.pin_salt!.equals(rows[1]!.pin_salt!)).toBe(false)
    expect((await unlock(PIN)).ok).toBe(true)
  })

  it('cost one scrypt and the same writes per answer, right, wrong or locked out (the counter, and the journal entry), so the time says nothing', async () => {
    const writes = () => till.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }
    const work = async (pin: string) => {
      const [hashesBefore, writesBefore] = [hashes, writes().n]
      const result = await unlock(pin)
      return { hashes: hashes - hashesBefore, writes: writes().n - writesBefore, code: result.ok ? 'OK' : result.error.code }
    }
    expect(await work('1111')).toEqual({ hashes: 1, writes: 2, code: 'PIN_WRONG' })
    expect(await work(PIN)).toEqual({ hashes: 1, writes: 2, code: 'OK' })
    for (let i = 0; i < 5; i++) await unlock('9999')
    expect(await work(PIN)).toEqual({ hashes: 1, writes: 2, code: 'STAFF_LOCKED_OUT' })
  })

  it('lock an account for 30 s after 5 wrong ones, doubling each time up to 15 minutes; a right PIN resets it', async () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(lockoutMs)).toEqual([30, 60, 120, 240, 480, 900, 900, 900].map((s) => s * 1000))
    // Through the unlock itself, up to the cap and past it; the message says how long, in words.
    const words = { 30: '30 seconds', 60: '60 seconds', 120: '2 minutes', 240: '4 minutes', 480: '8 minutes', 900: '15 minutes' }
    for (const seconds of [30, 60, 120, 240, 480, 900, 900] as const) {
      for (let attempt = 1; attempt < 5; attempt++)
        expect(await unlock('9999')).toMatchObject({ ok: false, error: { code: 'PIN_WRONG', details: { triesLeft: 5 - attempt } } })
      const locked = await unlock('9999')
      expect(locked).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED_OUT', details: { retryInSeconds: seconds } } })
      if (!locked.ok) expect(locked.error.message).toContain(`can try again in ${words[seconds]}.`)
      // Even the right PIN waits out the lockout, and is told how long is left.
      till.clock.advance(seconds * 1000 - 1000)
      const waiting = await unlock(PIN)
      expect(waiting).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED_OUT', details: { retryInSeconds: 1 } } })
      if (!waiting.ok) expect(waiting.error.message).toContain('try again in 1 second.')
      till.clock.advance(1000)
    }
    expect((await unlock(PIN)).ok).toBe(true)
    for (let attempt = 0; attempt < 5; attempt++) await unlock('9999')
    expect(await unlock(PIN)).toMatchObject({ ok: false, error: { details: { retryInSeconds: 30 } } })
  })

  it('count a burst of guesses sent at once one by one', async () => {
    const answers = await Promise.all(['1000', '1001', '1002', '1003', '1004', '1005', PIN].map((pin) => unlock(pin)))
    expect(answers.map((answer) => (answer.ok ? 'OK' : answer.error.code))).toEqual([
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_WRONG',
      'STAFF_LOCKED_OUT',
      'STAFF_LOCKED_OUT',
      'STAFF_LOCKED_OUT'
    ])
  })

  it('never reach the log, even when an unlock fails unexpectedly', async () => {
    const noisy = openTestTill({ staff: { hashPin: quickPinHash } })
    try {
      const id = await noisy.addStaff('Nia', 'cashier', '5827')
      noisy.sqlite.exec('DROP TABLE staff')
      const result = await noisy.window(7).call('staff.unlock', { staffId: id, pin: '5827' })
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
      expect(JSON.stringify(result)).not.toContain('5827')
      expect(noisy.logged).toHaveLength(1)
      expect(noisy.logged.join('\n')).not.toContain('5827')
    } finally {
      await noisy.cleanup()
    }
  })
})
