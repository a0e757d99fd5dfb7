import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { ReceiverStore } from './store'

/**
 * Who is calling: head office (the admin token: reads every till, enrols tills), one enrolled till
 * (its own secret: pushes and reads only its own events), or a till still on the shared token of
 * before enrolment (pushes only, and only for a till id not yet enrolled).
 */
export type Credential = { role: 'admin' } | { role: 'till'; tillId: string } | { role: 'shared' }

/** Secrets are kept as their SHA-256: 256 random bits need no slow hash, and a leak of the table gives nothing to send. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/** A till's secret, drawn at enrolment and shown once: `tps_` and 43 characters of base64url. */
export function newTillSecret(): string {
  return `tps_${randomBytes(32).toString('base64url')}`
}

function sameHash(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'))
}

export interface CredentialCheck {
  adminHash: string
  /** The shared token of protocol v1 before enrolment, accepted while tills move over; null when retired. */
  sharedHash: string | null
  store: ReceiverStore
}

export function bearerOf(request: IncomingMessage): string | null {
  const match = /^Bearer ([!-~]{1,4096})$/.exec(request.headers.authorization ?? '')
  return match ? (match[1] as string) : null
}

export async function identify(check: CredentialCheck, bearer: string): Promise<Credential | null> {
  const hash = hashSecret(bearer)
  if (sameHash(hash, check.adminHash)) return { role: 'admin' }
  if (check.sharedHash !== null && sameHash(hash, check.sharedHash)) return { role: 'shared' }
  const tillId = await check.store.tillOfSecret(hash)
  return tillId ? { role: 'till', tillId } : null
}

/** The rate limiter's key: one bucket per credential (a till's id, head office, the shared token). */
export function credentialKey(credential: Credential): string {
  return credential.role === 'till' ? `till:${credential.tillId}` : credential.role
}
