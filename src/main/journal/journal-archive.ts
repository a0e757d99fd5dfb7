import { createHash, createPublicKey, sign, verify as verifySignature } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { setImmediate as turn } from 'node:timers/promises'
import type BetterSqlite3 from 'better-sqlite3'
import type { JournalProblem } from '../../shared/journal'
import { entryHash } from './journal-entry'
import type { JournalTable } from '../db/tables/journal.table'
import type { JournalKey } from './journal-key'

const ENTRIES_FILE = 'journal.jsonl'
const MANIFEST_FILE = 'manifest.json'
const SIGNATURE_FILE = 'manifest.sig'
const PUBLIC_KEY_FILE = 'public-key.pem'
const README_FILE = 'README.txt'
const CHUNK = 5000

interface ArchiveLine {
  seq: number
  formula: number
  at: number
  till: string
  command: string
  staff: string | null
  approver: string | null
  orders: string
  body: string
  prevHash: string
  hash: string
}

export interface ArchiveManifest {
  format: 'tillpoint-journal-archive'
  version: 1
  tillId: string
  createdAt: string
  period: { from: string | null; to: string | null }
  entries: { count: number; firstSeq: number | null; lastSeq: number | null; firstPrevHash: string | null; lastHash: string | null }
  files: Array<{ name: string; bytes: number; sha256: string }>
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * A period of the journal as a ZIP an auditor can check without Tillpoint: the entries as JSON
 * lines, a manifest of SHA-256 sums, the manifest's Ed25519 signature by the till's own key, the
 * public key, and a README saying how to check each with standard tools.
 */
export async function buildJournalArchive(
  sqlite: BetterSqlite3.Database,
  key: JournalKey,
  period: { from?: number; to?: number },
  createdAt: number
): Promise<{ zip: Uint8Array; manifest: ArchiveManifest; manifestSha256: string }> {
  const read = sqlite.prepare('SELECT * FROM journal WHERE seq > ? AND at BETWEEN ? AND ? ORDER BY seq LIMIT ?')
  const lines: string[] = []
  let after = 0
  let first: ArchiveLine | null = null
  let last: ArchiveLine | null = null
  let tillId = ''
  for (;;) {
    const rows = read.all(after, period.from ?? 0, period.to ?? Number.MAX_SAFE_INTEGER, CHUNK) as JournalTable[]
    if (rows.length === 0) break
    for (const row of rows) {
      const line: ArchiveLine = {
        seq: row.seq,
        formula: row.formula,
        at: row.at,
        till: row.till_id,
        command: row.command,
        staff: row.staff_id,
        approver: row.approver_id,
        orders: row.orders,
        body: row.body,
        prevHash: row.prev_hash,
        hash: row.hash
      }
      lines.push(JSON.stringify(line))
      first ??= line
      last = line
      tillId = line.till
      after = line.seq
    }
    await turn()
  }
  const entries = strToU8(lines.length ? `${lines.join('\n')}\n` : '')
  const readme = strToU8(auditorReadme())
  const publicKey = strToU8(key.publicKeyPem)
  const manifest: ArchiveManifest = {
    format: 'tillpoint-journal-archive',
    version: 1,
    tillId,
    createdAt: new Date(createdAt).toISOString(),
    period: {
      from: period.from === undefined ? null : new Date(period.from).toISOString(),
      to: period.to === undefined ? null : new Date(period.to).toISOString()
    },
    entries: {
      count: lines.length,
      firstSeq: first?.seq ?? null,
      lastSeq: last?.seq ?? null,
      firstPrevHash: first?.prevHash ?? null,
      lastHash: last?.hash ?? null
    },
    files: [
      { name: ENTRIES_FILE, bytes: entries.length, sha256: sha256(entries) },
      { name: PUBLIC_KEY_FILE, bytes: publicKey.length, sha256: sha256(publicKey) },
      { name: README_FILE, bytes: readme.length, sha256: sha256(readme) }
    ]
  }
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`)
  const signature = sign(null, manifestBytes, key.privateKey)
  const zip = canonicalZip({
    [ENTRIES_FILE]: entries,
    [MANIFEST_FILE]: manifestBytes,
    [SIGNATURE_FILE]: new Uint8Array(signature),
    [PUBLIC_KEY_FILE]: publicKey,
    [README_FILE]: readme
  })
  return { zip, manifest, manifestSha256: sha256(manifestBytes) }
}

const ARCHIVE_ORDER = [ENTRIES_FILE, MANIFEST_FILE, SIGNATURE_FILE, PUBLIC_KEY_FILE, README_FILE]
// Files stored uncompressed with one fixed time: the same files always make the same bytes, so a
// verifier rebuilds the ZIP from what it read and any flipped byte, in a header too, shows.
const ZIP_TIME = new Date('2000-01-01T00:00:00Z')

function canonicalZip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {}
  for (const name of ARCHIVE_ORDER) {
    const bytes = files[name]
    if (bytes) entries[name] = [bytes, { level: 0, mtime: ZIP_TIME }]
  }
  return zipSync(entries)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b))
}

export type ArchiveVerdict = { intact: true; entries: number; tillId: string; publicKey: string } | { intact: false; problem: JournalProblem }

/**
 * Checks an archive as the README tells an auditor to: the signature over the manifest, each
 * file's SHA-256, and every entry's hash and link within the period.
 */
export function verifyJournalArchive(zipBytes: Uint8Array, expectedPublicKeyPem?: string): ArchiveVerdict {
  const refuse = (message: string, seq: number | null = null): ArchiveVerdict => ({ intact: false, problem: { seq, kind: 'archive', message } })
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zipBytes)
  } catch {
    return refuse('The archive is not a readable ZIP file.')
  }
  const manifestBytes = files[MANIFEST_FILE]
  const signature = files[SIGNATURE_FILE]
  const publicKey = files[PUBLIC_KEY_FILE]
  if (!manifestBytes || !signature || !publicKey) return refuse('The archive lacks its manifest, signature or public key.')
  if (Object.keys(files).some((name) => !ARCHIVE_ORDER.includes(name)) || !sameBytes(canonicalZip(files), zipBytes)) {
    return refuse('The ZIP file was changed after it was written: its bytes differ from the files it holds.')
  }
  const publicKeyPem = strFromU8(publicKey)
  if (expectedPublicKeyPem !== undefined && publicKeyPem.trim() !== expectedPublicKeyPem.trim()) {
    return refuse('The archive is signed with another key than the till’s.')
  }
  let signed = false
  try {
    signed = verifySignature(null, manifestBytes, createPublicKey(publicKeyPem), signature)
  } catch {
    signed = false
  }
  if (!signed) return refuse('The manifest’s signature does not match: the manifest was changed or signed by another key.')
  const manifest = JSON.parse(strFromU8(manifestBytes)) as ArchiveManifest
  for (const file of manifest.files) {
    const bytes = files[file.name]
    if (!bytes) return refuse(`The archive lacks ${file.name}, which its manifest lists.`)
    if (sha256(bytes) !== file.sha256) return refuse(`${file.name} differs from the SHA-256 its manifest records.`)
  }
  const text = strFromU8(files[ENTRIES_FILE] ?? new Uint8Array())
  let previous = manifest.entries.firstPrevHash
  let count = 0
  for (const raw of text.split('\n')) {
    if (raw === '') continue
    const line = JSON.parse(raw) as ArchiveLine
    if (previous !== null && line.prevHash !== previous) return refuse(`Entry ${line.seq} does not link to the entry before it.`, line.seq)
    const hash = entryHash(
      line.formula,
      line.prevHash,
      { seq: line.seq, at: line.at, tillId: line.till, command: line.command, staffId: line.staff, approverId: line.approver, orders: line.orders },
      line.body
    )
    if (hash !== line.hash) return refuse(`Entry ${line.seq} (${line.command}) does not match its hash.`, line.seq)
    previous = line.hash
    count += 1
  }
  if (count !== manifest.entries.count || previous !== manifest.entries.lastHash) return refuse('The archive holds other entries than its manifest lists.')
  return { intact: true, entries: count, tillId: manifest.tillId, publicKey: publicKeyPem }
}

function auditorReadme(): string {
  return `Tillpoint journal archive
=========================

Every change made on the till is one line of journal.jsonl. manifest.json lists each file with its
SHA-256; manifest.sig is the till's Ed25519 signature of manifest.json; public-key.pem is the
till's public key (compare it with the one the shop gave you separately).

1. Check the signature (OpenSSL 3):
     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile manifest.sig
   It prints "Signature Verified Successfully".
2. Check each file against the manifest:
     sha256sum journal.jsonl public-key.pem README.txt
   and compare with "sha256" in manifest.json.
3. Check the chain. Each line has seq, formula, at, till, command, staff, approver, orders, body,
   prevHash and hash. For formula 1:
     head = canonical JSON of {"approver","at","command","orders","seq","staff","till"} (keys in
            this order, no spaces, strings as JSON writes them, null where empty)
     hash = SHA-256 hex of  formula + "\\n" + prevHash + "\\n" + head + "\\n" + body
   and each line's prevHash is the hash of the line before it. In Python 3:

     import hashlib, json
     prev = None
     for raw in open('journal.jsonl', encoding='utf-8'):
         e = json.loads(raw)
         head = json.dumps({'approver': e['approver'], 'at': e['at'], 'command': e['command'],
                            'orders': e['orders'], 'seq': e['seq'], 'staff': e['staff'],
                            'till': e['till']}, separators=(',', ':'), ensure_ascii=False)
         text = f"{e['formula']}\\n{e['prevHash']}\\n{head}\\n{e['body']}"
         assert hashlib.sha256(text.encode('utf-8')).hexdigest() == e['hash'], e['seq']
         assert prev is None or e['prevHash'] == prev, e['seq']
         prev = e['hash']
     print('chain intact')

   body is the entry's data as canonical JSON: what the command changed, each changed order whole
   (lines with quantity, price and tax rate, totals, payments, refunds and returns), and who did it.
`
}
