import { describe, expect, it } from 'vitest'
import { SchemaSet } from '../../src/sync-server/json-schema'

const schemas = new SchemaSet().add('thing.json', {
  type: 'object',
  required: ['id', 'when', 'tags'],
  additionalProperties: false,
  properties: {
    id: { $ref: '#/$defs/id' },
    when: { type: 'string', format: 'date-time' },
    tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', pattern: '^[a-z]+$', minLength: 2, maxLength: 5 } },
    kind: { enum: ['a', 'b'] },
    note: { type: ['string', 'null'] },
    parent: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/id' }] },
    extras: { type: 'object', additionalProperties: { type: 'integer', maximum: 9 } }
  },
  $defs: { id: { type: 'integer', minimum: 1 } }
})

const valid = { id: 3, when: '2026-03-02T09:00:00.000Z', tags: ['ab'], kind: 'a', note: null, parent: 2, extras: { x: 9 } }

describe('the sync schema validator', () => {
  it('accepts a value that fits', () => {
    expect(schemas.validate('thing.json', valid)).toEqual([])
  })

  it.each([
    [{ ...valid, id: 0 }, '/id', 'must be at least 1'],
    [{ ...valid, id: 1.5 }, '/id', 'must be integer'],
    [{ ...valid, when: '2026-03-02 09:00' }, '/when', 'must be an ISO 8601 date-time'],
    [{ ...valid, when: '2026-13-45T09:00:00Z' }, '/when', 'must be an ISO 8601 date-time'],
    [{ ...valid, tags: [] }, '/tags', 'must have at least 1 items'],
    [{ ...valid, tags: ['ab', 'cd', 'ef'] }, '/tags', 'must have at most 2 items'],
    [{ ...valid, tags: ['AB'] }, '/tags/0', 'must match ^[a-z]+$'],
    [{ ...valid, tags: ['a'] }, '/tags/0', 'must have at least 2 characters'],
    [{ ...valid, tags: ['abcdef'] }, '/tags/0', 'must have at most 5 characters'],
    [{ ...valid, kind: 'c' }, '/kind', 'must be one of "a", "b"'],
    [{ ...valid, note: 5 }, '/note', 'must be string or null'],
    [{ ...valid, parent: 'x' }, '/parent', 'must match exactly one of 2 shapes (matched 0)'],
    [{ ...valid, extras: { x: 10 } }, '/extras/x', 'must be at most 9'],
    [{ ...valid, surprise: true }, '/surprise', 'is not allowed'],
    [{ id: 1, when: valid.when }, '', 'must have property "tags"'],
    [[valid], '', 'must be object']
  ])('refuses %j at %s: %s', (value, path, message) => {
    expect(schemas.validate('thing.json', value)).toContainEqual({ path, message })
  })

  it('validates against a part of a document by JSON pointer', () => {
    expect(schemas.validate('thing.json#/$defs/id', 7)).toEqual([])
    expect(schemas.validate('thing.json#/$defs/id', -7)).toEqual([{ path: '', message: 'must be at least 1' }])
  })

  it('refuses a schema with a keyword it would otherwise silently skip', () => {
    expect(() => new SchemaSet().add('bad.json', { type: 'object', properties: { a: { type: 'string', format: 'email' } } })).toThrow(/format "email"/)
    expect(() => new SchemaSet().add('bad.json', { anyOf: [{ type: 'string' }] })).toThrow(/keyword "anyOf"/)
    expect(() => new SchemaSet().add('bad.json', { items: { uniqueItems: true } })).toThrow(/keyword "uniqueItems"/)
  })
})
