import type { JournalChainStatus, JournalWireEntry } from '../shared/journal-sync'
import { entryHash, GENESIS_PREVIOUS } from '../main/journal/journal-entry'

/** What the receiver keeps of one till's chain between batches. */
export interface ChainHead {
  entries: number
  lastSeq: number
  lastHash: string | null
  lastAt: number | null
  firstBreak: JournalChainStatus['firstBreak']
}

export const EMPTY_HEAD: ChainHead = { entries: 0, lastSeq: 0, lastHash: null, lastAt: null, firstBreak: null }

export interface ChainArrival {
  /** The entries to store, each the next after the head. */
  store: JournalWireEntry[]
  head: ChainHead
}

/**
 * Checks a batch of a till's journal against what the receiver already holds, as it arrives:
 * an entry held before must come back identical; the next one must hash to its own hash and link to
 * the head's; one past a gap waits until the entries before it come. An entry whose link does not hold
 * is still stored (it is evidence) and the first such entry is named for good.
 * `held` gives the stored hash of each entry of the batch at or below the head.
 */
export function receiveEntries(
  tillId: string,
  head: ChainHead,
  entries: readonly JournalWireEntry[],
  held: ReadonlyMap<number, string>,
  detectedAt: Date
): ChainArrival {
  let next = { ...head }
  const store: JournalWireEntry[] = []
  const broken = (seq: number, reason: string) => {
    next.firstBreak ??= { seq, reason, detectedAt: detectedAt.toISOString() }
  }
  for (const entry of entries) {
    if (entry.seq <= next.lastSeq) {
      const before = held.get(entry.seq)
      if (before !== undefined && before !== entry.hash) {
        broken(
          entry.seq,
          `Entry ${entry.seq} arrived again with other content than the copy held since it first came: the till's journal was changed, or the till was restored from an older copy.`
        )
      }
      continue
    }
    if (entry.seq > next.lastSeq + 1) break
    const problem = linkProblem(tillId, next, entry)
    if (problem) broken(entry.seq, problem)
    store.push(entry)
    next = { ...next, entries: next.entries + 1, lastSeq: entry.seq, lastHash: entry.hash, lastAt: entry.at }
  }
  return { store, head: next }
}

function linkProblem(tillId: string, head: ChainHead, entry: JournalWireEntry): string | null {
  if (entry.tillId !== tillId) return `Entry ${entry.seq} names another till (${entry.tillId}).`
  let own: string
  try {
    own = entryHash(entry.formula, entry.prevHash, entry, entry.body)
  } catch {
    return `Entry ${entry.seq} uses hash formula ${entry.formula}, which this receiver does not know.`
  }
  if (own !== entry.hash) return `Entry ${entry.seq} does not hash to the hash it carries: its content was changed after it was written.`
  const previous = head.lastHash ?? GENESIS_PREVIOUS
  if (entry.prevHash !== previous) {
    return entry.seq === 1
      ? 'Entry 1 does not start the chain: it links to an entry before it.'
      : `Entry ${entry.seq} does not link to entry ${entry.seq - 1}: an entry between them was changed, removed or added.`
  }
  return null
}

export function chainStatus(tillId: string, head: ChainHead): JournalChainStatus {
  return { tillId, state: head.entries === 0 ? 'empty' : head.firstBreak ? 'broken' : 'intact', ...head }
}
