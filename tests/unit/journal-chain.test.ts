import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entryHash, GENESIS_PREVIOUS, JOURNAL_FORMULA } from '../../src/main/journal/journal-entry'
import type { JournalWireEntry } from '../../src/shared/journal-sync'
import { EMPTY_HEAD, receiveEntries, type ChainHead } from '../../src/sync-server/journal-chain'

const TILL = '0190a0b0-0000-7000-8000-00000000000a'

function chain(bodies: readonly string[]): JournalWireEntry[] {
  const entries: JournalWireEntry[] = []
  let prevHash = GENESIS_PREVIOUS
  bodies.forEach((body, index) => {
    const head = { seq: index + 1, at: 1_700_000_000_000 + index, tillId: TILL, command: 'cart.checkout', staffId: 'staff-1', approverId: null, orders: '' }
    const hash = entryHash(JOURNAL_FORMULA, prevHash, head, body)
    entries.push({ ...head, formula: JOURNAL_FORMULA, body, prevHash, hash })
    prevHash = hash
  })
  return entries
}

/** A receiver in memory: what receiveEntries decides, applied the way both stores apply it. */
function deliver(batches: ReadonlyArray<readonly JournalWireEntry[]>): { head: ChainHead; stored: JournalWireEntry[] } {
  let head = EMPTY_HEAD
  const held = new Map<number, string>()
  const stored: JournalWireEntry[] = []
  for (const batch of batches) {
    const arrival = receiveEntries(TILL, head, batch, held, new Date(0))
    for (const entry of arrival.store) {
      expect(held.has(entry.seq)).toBe(false)
      held.set(entry.seq, entry.hash)
      stored.push(entry)
    }
    head = arrival.head
  }
  return { head, stored }
}

const bodies = fc.array(fc.json({ maxDepth: 2 }), { minLength: 1, maxLength: 40 })

/** A till's pushes: runs from some point at or after the receiver's head, some lost answers resent, some past a gap. */
const pushes = (entries: readonly JournalWireEntry[]) =>
  fc
    .array(fc.tuple(fc.nat({ max: entries.length }), fc.integer({ min: 1, max: 12 })), { maxLength: 30 })
    .map((runs) => [...runs.map(([from, size]) => entries.slice(from, from + size)).filter((run) => run.length > 0), entries])

describe('the receiver’s check of a journal as it arrives', () => {
  it('an honest chain sent in any runs, resent and out of turn, ends intact with every entry stored once', () => {
    fc.assert(
      fc.property(
        bodies.chain((texts) => {
          const entries = chain(texts)
          return pushes(entries).map((batches) => ({ entries, batches }))
        }),
        ({ entries, batches }) => {
          const { head, stored } = deliver(batches)
          expect(head.firstBreak).toBeNull()
          expect(head.lastSeq).toBe(entries.length)
          expect(head.lastHash).toBe(entries.at(-1)?.hash)
          expect(stored.map((entry) => entry.seq)).toEqual(entries.map((entry) => entry.seq))
        }
      )
    )
  })

  it('any one entry changed in any field is named as the first break, whatever comes after it', () => {
    const field = fc.constantFrom('body', 'at', 'command', 'staffId', 'orders', 'prevHash', 'hash')
    fc.assert(
      fc.property(bodies, fc.nat(), field, (texts, pick, name) => {
        const entries = chain(texts)
        const index = pick % entries.length
        const original = entries[index]!
        const changed: JournalWireEntry = { ...original }
        if (name === 'at') changed.at += 1
        else if (name === 'prevHash' || name === 'hash') changed[name] = original[name].replace(/^./, (c) => (c === '0' ? '1' : '0'))
        else if (name === 'staffId') changed.staffId = 'someone-else'
        else changed[name] = `${original[name]} `
        const sent = entries.map((entry, at) => (at === index ? changed : entry))
        const { head, stored } = deliver([sent])
        expect(head.firstBreak?.seq).toBe(original.seq)
        expect(stored).toHaveLength(entries.length)
      })
    )
  })

  it('an entry removed or two swapped is found at the first entry out of place', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 3, maxLength: 30 }), fc.nat(), (texts, pick) => {
        const entries = chain(texts)
        const index = 1 + (pick % (entries.length - 2))
        const renumbered = entries.filter((_, at) => at !== index).map((entry, at) => ({ ...entry, seq: at + 1 }))
        expect(deliver([renumbered]).head.firstBreak?.seq).toBe(index + 1)
        const swapped = entries.map((entry, at) =>
          at === index ? { ...entries[index + 1]!, seq: entry.seq } : at === index + 1 ? { ...entries[index]!, seq: entry.seq } : entry
        )
        expect(deliver([swapped]).head.firstBreak?.seq).toBe(index + 1)
      })
    )
  })

  it('an entry held once and sent again with other content is named, and the copy held stays', () => {
    const entries = chain(['{"a":1}', '{"a":2}', '{"a":3}'])
    const other = chain(['{"a":1}', '{"a":20}', '{"a":30}'])
    const { head, stored } = deliver([entries, other])
    expect(head.firstBreak?.seq).toBe(2)
    expect(head.firstBreak?.reason).toMatch(/^Entry 2 arrived again with other content/)
    expect(stored.map((entry) => entry.hash)).toEqual(entries.map((entry) => entry.hash))
  })

  it('a run past a gap is held back until the entries before it come', () => {
    const entries = chain(['1', '2', '3', '4'])
    const { head, stored } = deliver([entries.slice(2)])
    expect(head).toEqual(EMPTY_HEAD)
    expect(stored).toEqual([])
  })

  it('an unknown hash formula and another till’s entry are breaks, not crashes', () => {
    const [entry] = chain(['{}'])
    expect(deliver([[{ ...entry!, formula: 99 }]]).head.firstBreak?.reason).toBe('Entry 1 uses hash formula 99, which this receiver does not know.')
    expect(deliver([[{ ...entry!, tillId: 'elsewhere' }]]).head.firstBreak?.reason).toBe('Entry 1 names another till (elsewhere).')
  })
})
