import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import type { Db } from '../db/schema'
import type { SecretBox } from '../sync/secret-box'

export interface JournalKey {
  publicKeyPem: string
  privateKey: KeyObject
}

/**
 * The till's Ed25519 signing key for journal archives: made the first time it is needed and kept
 * in the database, its private half encrypted by the OS keychain where one exists.
 */
export async function journalKey(db: Db, secrets: SecretBox, now: number): Promise<JournalKey> {
  const stored = await db.selectFrom('journal_key').selectAll().where('id', '=', 1).executeTakeFirst()
  if (stored) {
    const pem = stored.encrypted === 1 ? await secrets.decrypt(stored.private_key) : Buffer.from(stored.private_key).toString('utf8')
    return { publicKeyPem: stored.public_key, privateKey: createPrivateKey(pem) }
  }
  const pair = generateKeyPairSync('ed25519')
  const publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const encrypted = await secrets.available()
  const privateBlob = encrypted ? await secrets.encrypt(privatePem) : new Uint8Array(Buffer.from(privatePem, 'utf8'))
  await db
    .insertInto('journal_key')
    .values({ id: 1, public_key: publicKeyPem, private_key: privateBlob, encrypted: encrypted ? 1 : 0, created_at: now })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute()
  // Read back rather than return the new pair: a key another window stored first wins.
  return journalKey(db, secrets, now)
}
