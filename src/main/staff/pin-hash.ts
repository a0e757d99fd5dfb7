import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/**
 * scrypt's cost for a PIN (tests pin these down). A 4-digit PIN has only 10,000 values, so no cost
 * saves a stolen database on its own: what stops guessing is the lockout, and the hash never
 * leaving this process. The cost makes each guess from a copied file take tens of milliseconds.
 * scrypt runs on libuv's thread pool, so the main process keeps turning while it works.
 */
export const PIN_SCRYPT = { N: 2 ** 14, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const

export type PinHasher = (pin: string, salt: Buffer) => Promise<Buffer>

export const scryptPin: PinHasher = (pin, salt) =>
  new Promise((resolve, reject) => {
    scrypt(pin, salt, PIN_SCRYPT.keyLength, { N: PIN_SCRYPT.N, r: PIN_SCRYPT.r, p: PIN_SCRYPT.p }, (error, key) => {
      if (error) reject(error)
      else resolve(key)
    })
  })

export function newPinSalt(): Buffer {
  return randomBytes(PIN_SCRYPT.saltLength)
}

/** Stored hash against the one just computed, in time independent of where they differ. */
export function sameHash(stored: Buffer | null, computed: Buffer): boolean {
  if (!stored || stored.length !== computed.length) {
    timingSafeEqual(computed, computed)
    return false
  }
  return timingSafeEqual(stored, computed)
}
