import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issueData } from '../../src/main/ipc/issue-data'
import { schemaMessage } from '../../src/shared/i18n/schema-message'
import { moneySchema } from '../../src/shared/money'

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a refusal')
  return parsed.error.issues.map(issueData)
}

describe('field issues as the renderer gets them', () => {
  it('say what a bound counts, whether it is allowed, and whether the words are zod’s own', () => {
    const schema = z.object({
      name: z.string().min(1),
      code: z.string().max(3, { error: 'A code has at most 3 letters' }),
      tags: z.array(z.string()).max(2),
      rate: z.number().positive(),
      kind: z.enum(['a', 'b']),
      note: z.string()
    })
    expect(issuesOf(schema, { name: '', code: 'long', tags: ['1', '2', '3'], rate: 0, kind: 'c' })).toEqual([
      { path: 'name', message: 'Too small: expected string to have >=1 characters', rule: 'too_small', limit: 1, unit: 'characters', generic: true },
      { path: 'code', message: 'A code has at most 3 letters', rule: 'too_big', limit: 3, unit: 'characters' },
      { path: 'tags', message: 'Too big: expected array to have <=2 items', rule: 'too_big', limit: 2, unit: 'items', generic: true },
      { path: 'rate', message: 'Too small: expected number to be >0', rule: 'too_small', limit: 0, unit: 'number', exclusive: true, generic: true },
      { path: 'kind', message: 'Invalid option: expected one of "a"|"b"', rule: 'invalid_value', generic: true },
      { path: 'note', message: 'Invalid input: expected string, received undefined', rule: 'required', generic: true }
    ])
  })

  it('never give an amount’s bound (it would read as minor units), and keep a schema’s sentence', () => {
    expect(issuesOf(moneySchema, 2_000_000_000_000)).toEqual([
      { path: '', message: 'Amount is too large', rule: 'too_big', unit: 'amount', key: 'errors.schema.common.amountTooLarge' }
    ])
    expect(issuesOf(z.string({ error: 'Type a name' }), 12)).toEqual([{ path: '', message: 'Type a name', rule: 'invalid_type' }])
  })

  it('send a schemaMessage sentence with its key and values, so a screen says it in its language', () => {
    const port = z.number().max(65_535, { error: schemaMessage('print.portRange', { min: 1, max: 65_535 }) })
    expect(issuesOf(port, 70_000)).toEqual([
      {
        path: '',
        message: 'Port is between 1 and 65535',
        rule: 'too_big',
        limit: 65_535,
        unit: 'number',
        key: 'errors.schema.print.portRange',
        params: { min: 1, max: 65_535 }
      }
    ])
  })

  it('give any string bound with its count, for every length that misses it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 199 }), (min, short) => {
        fc.pre(short < min)
        const [issue] = issuesOf(z.string().min(min), 'x'.repeat(short))
        expect(issue).toMatchObject({ rule: 'too_small', limit: min, unit: 'characters', generic: true })
      })
    )
  })
})
