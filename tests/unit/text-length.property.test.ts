import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS, optionDefinitionSchema, productInputSchema } from '../../src/shared/catalog'
import { countCharacters, lengthProblem, MAX_UNITS_PER_CHARACTER } from '../../src/shared/text-length'

/**
 * Characters a reader counts as one, each several code points or UTF-16 units: emoji ZWJ
 * sequences, skin tones, flags, keycaps, stacked combining marks, decomposed Hangul, astral letters.
 * Each starts with a base character and ends so that the next one cannot join it.
 */
const ONE_CHARACTER = [
  'a',
  '茶',
  'e\u0301',
  'a\u0323\u0302',
  'Z\u0351\u0352\u0353\u0354\u0355',
  '\u1100\u1161\u11a8',
  '👩\u200d💻',
  '👨\u200d👩\u200d👧\u200d👦',
  '👍🏽',
  '❤\ufe0f',
  '🇩🇪',
  '🏳️\u200d🌈',
  '1\ufe0f\u20e3',
  '\u{1F9D1}\u{1F3FF}\u200d\u{1F373}',
  '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
  '𝔉'
]

const characters = (min: number, max: number) => fc.array(fc.constantFrom(...ONE_CHARACTER), { minLength: min, maxLength: max })

const product = (name: string) => ({ name, taxRateBp: 0, variants: [{ sku: 'A-1', price: 100 }] })

describe('text length in characters a reader sees', () => {
  it('counts each emoji sequence, flag, keycap and stacked mark as one', () => {
    fc.assert(
      fc.property(characters(0, 300), (parts) => {
        expect(countCharacters(parts.join(''))).toBe(parts.length)
      })
    )
  })

  it('lets a product name of up to 200 such characters through the IPC schema and refuses one more, naming the limit', () => {
    fc.assert(
      fc.property(characters(1, 260), (parts) => {
        const name = parts.join('')
        const checked = productInputSchema.safeParse(product(name))
        if (parts.length <= LIMITS.productName) {
          expect(checked.success, `${parts.length} characters, ${[...name].length} code points`).toBe(true)
        } else {
          expect(checked.success).toBe(false)
          expect(checked.error?.issues).toEqual([
            expect.objectContaining({
              code: 'too_big',
              maximum: LIMITS.productName,
              path: ['name'],
              message: `Name is at most ${LIMITS.productName} characters`
            })
          ])
        }
      }),
      { numRuns: 200 }
    )
  })

  it('measures a category, an option name and its values by the same rule', () => {
    fc.assert(
      fc.property(characters(1, 100), (parts) => {
        const text = parts.join('')
        const category = productInputSchema.safeParse({ ...product('Tee'), category: text }).success
        expect(category).toBe(parts.length <= LIMITS.category)
        const optionName = optionDefinitionSchema.safeParse({ name: text, values: ['M'] }).success
        expect(optionName).toBe(parts.length <= LIMITS.optionName)
        const optionValue = optionDefinitionSchema.safeParse({ name: 'Size', values: [text] }).success
        expect(optionValue).toBe(parts.length <= LIMITS.optionValue)
      }),
      { numRuns: 200 }
    )
  })

  it('refuses marks stacked without end however few characters they make', () => {
    const zalgo = `Z${'\u0351'.repeat(LIMITS.productName * MAX_UNITS_PER_CHARACTER)}`
    expect(countCharacters(zalgo)).toBe(1)
    expect(lengthProblem(zalgo, LIMITS.productName)).toEqual({ kind: 'marks' })
    const checked = productInputSchema.safeParse(product(zalgo))
    expect(checked.error?.issues.map((issue) => issue.message)).toEqual(['Name stacks too many marks on its characters'])
  })

  it('answers without segmenting text no longer than the limit in UTF-16 units, and gives the count when over', () => {
    expect(lengthProblem('x'.repeat(200), 200)).toBeNull()
    expect(lengthProblem('👩\u200d💻'.repeat(200), 200)).toBeNull()
    expect(lengthProblem('👩\u200d💻'.repeat(201), 200)).toEqual({ kind: 'characters', length: 201 })
  })
})
