import { scrypt } from 'node:crypto'
import type { PinHasher } from '../../src/main/staff/pin-hash'

/**
 * scrypt at a sixteenth of the app's cost, for tests that set dozens of PINs: the rules around
 * the hash are the same. tests/integration/staff-pins.test.ts pins the app's own cost.
 */
export const quickPinHash: PinHasher = (pin, salt) =>
  new Promise((resolve, reject) => {
    scrypt(pin, salt, 32, { N: 2 ** 10, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key)))
  })
