import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * Second-folder copies that leave the PC can be encrypted with the shop's passphrase: scrypt
 * derives the key, AES-256-GCM encrypts and authenticates. File layout: magic, salt, IV, the
 * ciphertext, then GCM's 16-byte tag; a wrong passphrase or a changed byte fails the tag.
 */
const MAGIC = Buffer.from('TPBACKUP1')
const SALT_BYTES = 16
const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = MAGIC.length + SALT_BYTES + IV_BYTES
// 2^15 x 8 x 128 bytes = 32 MB of memory: slow to guess, still well under a second here.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecryptionError'
  }
}

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))))
}

/** Hashes what passes through, so a copy is hashed while it is written. */
function hashing(hash: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    }
  })
}

/** Encrypts `source` into `dest` (synced to disk); answers the SHA-256 of the encrypted file. */
export async function encryptFile(source: string, dest: string, passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv)
  const hash = createHash('sha256')
  const header = Buffer.concat([MAGIC, salt, iv])
  hash.update(header)
  const out = createWriteStream(dest, { flags: 'w' })
  out.write(header)
  await pipeline(createReadStream(source), cipher, hashing(hash), out, { end: false })
  const tag = cipher.getAuthTag()
  hash.update(tag)
  await new Promise<void>((resolve, reject) => out.end(tag, (error?: Error | null) => (error ? reject(error) : resolve())))
  await syncFile(dest)
  return hash.digest('hex')
}

/** Decrypts into `dest` (or only hashes, with dest null); answers the SHA-256 of the plain database. */
export async function decryptFile(source: string, dest: string | null, passphrase: string): Promise<string> {
  const handle = await open(source, 'r')
  let header: Buffer
  let tag: Buffer
  let size: number
  try {
    size = (await handle.stat()).size
    if (size < HEADER_BYTES + TAG_BYTES) throw new DecryptionError('This file is too short to be an encrypted Tillpoint backup.')
    header = Buffer.alloc(HEADER_BYTES)
    tag = Buffer.alloc(TAG_BYTES)
    await handle.read(header, 0, HEADER_BYTES, 0)
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES)
  } finally {
    await handle.close()
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new DecryptionError('This file is not an encrypted Tillpoint backup.')
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES)
  const iv = header.subarray(MAGIC.length + SALT_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv)
  decipher.setAuthTag(tag)
  const hash = createHash('sha256')
  const body = createReadStream(source, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 })
  try {
    if (dest) await pipeline(body, decipher, hashing(hash), createWriteStream(dest))
    else
      await pipeline(body, decipher, hashing(hash), async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) void chunk
      })
  } catch (error) {
    if (error instanceof Error && /unable to authenticate|auth/i.test(error.message)) {
      throw new DecryptionError('The passphrase is wrong or the encrypted backup was changed.')
    }
    throw error
  }
  return hash.digest('hex')
}

export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** SHA-256 of a file, streamed: for the main thread, where the worker's synchronous hash would stall. */
export async function hashFileStreamed(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { sha256: hash.digest('hex'), bytes }
}
