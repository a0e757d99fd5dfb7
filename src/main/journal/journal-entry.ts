import { createHash, hash } from 'node:crypto'

/**
 * Version 1 of the hash formula. A later formula gets a new number and its own function here; each
 * entry carries the version it was hashed with, so an old chain stays verifiable after a change.
 */
export const JOURNAL_FORMULA = 1

/** The hash the first entry links to: there is nothing before it. */
export const GENESIS_PREVIOUS = '0'.repeat(64)

/** The columns of a journal row that its hash covers, besides its data. */
export interface JournalHead {
  seq: number
  at: number
  tillId: string
  command: string
  staffId: string | null
  approverId: string | null
  /** `id:digest` of each order the command left changed, space-separated, in id order. */
  orders: string
}

export interface JournalRow extends JournalHead {
  formula: number
  body: string
  prevHash: string
  hash: string
}

/**
 * SHA-256 over the previous entry's hash, the head and the canonical data, each on its own line:
 * changing any column, the data, or the order of entries changes every hash from there on.
 */
export function entryHash(formula: number, prevHash: string, head: JournalHead, body: string): string {
  if (formula !== JOURNAL_FORMULA) throw new Error(`Unknown journal formula ${formula}`)
  return hash('sha256', `${formula}\n${prevHash}\n${headText(head)}\n${body}`)
}

/**
 * The head as canonical JSON (keys already in sorted order), written out directly because verify
 * does it a million times; a test holds it equal to canonicalJson of the same object.
 */
export function headText(head: JournalHead): string {
  if (!Number.isSafeInteger(head.seq) || !Number.isSafeInteger(head.at)) throw new Error('A journal head holds whole numbers only')
  const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value))
  return `{"approver":${text(head.approverId)},"at":${head.at},"command":${text(head.command)},"orders":${text(head.orders)},"seq":${head.seq},"staff":${text(head.staffId)},"till":${text(head.tillId)}}`
}

/** A short digest of one order's canonical snapshot: what verify compares with the stored rows. */
export function orderDigest(snapshotJson: string): string {
  return createHash('sha256').update(snapshotJson).digest('base64url').slice(0, 24)
}

export function formatOrderRefs(refs: ReadonlyArray<{ id: number; digest: string }>): string {
  return [...refs]
    .sort((a, b) => a.id - b.id)
    .map((ref) => `${ref.id}:${ref.digest}`)
    .join(' ')
}

export function parseOrderRefs(text: string): Array<{ id: number; digest: string }> {
  if (text === '') return []
  return text.split(' ').map((part) => {
    const colon = part.indexOf(':')
    return { id: Number(part.slice(0, colon)), digest: part.slice(colon + 1) }
  })
}
