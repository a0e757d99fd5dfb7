import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CanonicalJsonError, canonicalJson } from '../../src/main/journal/canonical-json'
import { entryHash, GENESIS_PREVIOUS, headText, JOURNAL_FORMULA } from '../../src/main/journal/journal-entry'

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: [true, null, 'é'] }, '{"a":[true,null,"é"],"b":1}'],
    [{ z: { y: 2, x: 1 }, A: 0 }, '{"A":0,"z":{"x":1,"y":2}}'],
    [{ '10': 1, '9': 2, 'a b': 3 }, '{"10":1,"9":2,"a b":3}'],
    [{ é: 1, e: 2, ｅ: 3 }, '{"e":2,"é":1,"ｅ":3}'],
    [{ skip: undefined, keep: null }, '{"keep":null}'],
    [['line\nbreak', 'quote"', '\u0000'], '["line\\nbreak","quote\\"","\\u0000"]'],
    [-0, '0'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    ['😀', '"😀"'],
    [[], '[]'],
    [{}, '{}']
  ])('writes %j as %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text)
  })

  it.each([[1.5], [Number.NaN], [Infinity], [2 ** 53], [{ at: new Date(0) }], [{ f: () => 1 }], [[undefined]], [10n]])('refuses %s', (value) => {
    expect(() => canonicalJson(value)).toThrow()
  })

  it.each([
    [1.5, 'Only safe integers may be written at the top'],
    [{ orders: [{ lines: [{ price: 1 }, { price: 0.1 }] }] }, 'Only safe integers may be written at orders[0].lines[1].price'],
    [[[{ at: new Date(0) }]], 'Only plain objects may be written at [0][0].at'],
    [{ 'a.b': { f: () => 1 } }, 'A function cannot be written at a.b.f']
  ])('names where the refused value sits in %j', (value, message) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError)
    expect(() => canonicalJson(value)).toThrow(message)
  })

  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.maxSafeInteger(), fc.string({ unit: 'grapheme' }), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 6 }), tie('value'), { maxKeys: 5 })
  })).value

  it('is the same text whatever order the keys were given in, and parses back to the same value', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value)
        const reversed = JSON.parse(JSON.stringify(value), function (this: unknown, _key, inner: unknown) {
          if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
          return Object.fromEntries(Object.entries(inner).reverse())
        }) as unknown
        expect(canonicalJson(reversed)).toBe(text)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
      })
    )
  })

  it('puts in the texts of objects already written, as they are, and the whole is the same text', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 4 }), { maxLength: 3 }), (orders) => {
        const data = { orders, at: 1 }
        const written = new Map<object, string>(orders.map((order) => [order, canonicalJson(order)]))
        expect(canonicalJson(data, written)).toBe(canonicalJson(data))
      })
    )
    const order = { id: 1 }
    expect(canonicalJson({ orders: [order] }, new Map([[order, '"as written"']]))).toBe('{"orders":["as written"]}')
  })
})

describe('the journal hash, formula 1', () => {
  // A fixed vector: if this changes, every chain ever written stops verifying. Never edit it; a
  // new formula gets a new number and a vector of its own.
  it('hashes a known entry to a known value', () => {
    const head = { seq: 7, at: 1_772_442_000_000, tillId: 'till-1', command: 'cart.checkout', staffId: 'ana', approverId: null, orders: '12:abc' }
    expect(entryHash(JOURNAL_FORMULA, GENESIS_PREVIOUS, head, '{"a":1}')).toBe(VECTOR)
  })

  it('writes the head exactly as canonicalJson would', () => {
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.integer({ min: 1 }),
          at: fc.maxSafeNat(),
          tillId: fc.string(),
          command: fc.string({ unit: 'grapheme' }),
          staffId: fc.option(fc.string({ unit: 'grapheme' })),
          approverId: fc.option(fc.string()),
          orders: fc.string()
        }),
        (head) => {
          const expected = canonicalJson({
            approver: head.approverId,
            at: head.at,
            command: head.command,
            orders: head.orders,
            seq: head.seq,
            staff: head.staffId,
            till: head.tillId
          })
          expect(headText(head)).toBe(expected)
        }
      )
    )
  })

  it('changes with every column it covers', () => {
    const head = { seq: 7, at: 1, tillId: 't', command: 'c', staffId: 's', approverId: null, orders: '' }
    const base = entryHash(1, GENESIS_PREVIOUS, head, '{}')
    const variants = [
      entryHash(1, 'f'.repeat(64), head, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, seq: 8 }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, at: 2 }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, tillId: 'u' }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, command: 'd' }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, staffId: null }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, approverId: 's' }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, { ...head, orders: '1:x' }, '{}'),
      entryHash(1, GENESIS_PREVIOUS, head, '{"a":1}')
    ]
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1)
    expect(() => entryHash(2, GENESIS_PREVIOUS, head, '{}')).toThrow()
  })
})

// Worked out apart from the code: SHA-256 of "1\n" + 64 zeros + "\n" + the head's canonical JSON + "\n" + body.
const VECTOR = '1edfddb1d743b74ada664712f7994d504266a53e78dd64853714a19cfa56bd97'
