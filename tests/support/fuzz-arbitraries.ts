import fc from 'fast-check'
import type { z } from 'zod'

/**
 * Strings a renderer gone wrong (or a page taken over) could send: control characters, lone
 * surrogates, prototype keys, SQL and FTS syntax, format strings, relative paths, huge text.
 * No absolute path: a write channel given one would write there (see the save dialog's token).
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uFFFF\uFEFF\u202E',
    '__proto__',
    'constructor',
    'toString',
    "'; DROP TABLE orders; --",
    '" OR 1=1 --',
    'NEAR(a b) * ^ "',
    '%s%n%x',
    '${process.exit()}',
    '../../..',
    'x'.repeat(5_000),
    '9'.repeat(400),
    '4111 1111 1111 1111'
  )
)

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 1,
    -Number.MAX_SAFE_INTEGER - 2,
    1e308,
    Number.MIN_VALUE,
    2 ** 31,
    -(2 ** 31) - 1,
    0.1 + 0.2
  )
)

const key = fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'id', 'cartId', 'orderId', 'variantId', 'input', 'actor', 'approval'))

/** Any structured-clone-able value: nested objects and arrays of the above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 })
  )
})).value

/** Values too deep or too big for any honest call. */
export const oversizedValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 200, max: 3000 }).map((depth) => {
    let value: unknown = 1
    for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { input: value }
    return value
  }),
  fc.integer({ min: 1_000, max: 50_000 }).map((length) => Array.from({ length }, (_, index) => index)),
  fc.integer({ min: 100_000, max: 2_000_000 }).map((length) => 'x'.repeat(length))
)

interface Def {
  type: string
  [key: string]: unknown
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/**
 * Inputs shaped like the schema (its keys, its array and union structure, its enum values) with
 * every leaf either plausible or hostile: these get past the outer checks and reach the inner
 * ones, and often the handler.
 */
export function shapedLike(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const hostile = depth > 8 ? fc.constant(undefined) : hostileValue
  const mix = (plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostile })
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const fields = Object.fromEntries(Object.entries(shape).map(([name, child]) => [name, shapedLike(child, depth + 1)]))
      // Every key optional: missing fields are as much a case as wrong ones.
      return mix(fc.record(fields, { requiredKeys: [] }))
    }
    case 'array':
      return mix(fc.array(shapedLike(def.element as z.ZodType, depth + 1), { maxLength: 3 }))
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => shapedLike(option, depth + 1)))
    case 'intersection':
      return shapedLike(def.left as z.ZodType, depth + 1)
    case 'pipe':
      return shapedLike(def.in as z.ZodType, depth + 1)
    case 'record':
      return mix(fc.dictionary(hostileString, shapedLike(def.valueType as z.ZodType, depth + 1), { maxKeys: 3 }))
    case 'tuple':
      return mix(fc.tuple(...(def.items as z.ZodType[]).map((item) => shapedLike(item, depth + 1))))
    case 'lazy':
      return depth > 8 ? hostile : shapedLike((def.getter as () => z.ZodType)(), depth + 1)
    case 'enum':
      return mix(fc.constantFrom(...Object.values(def.entries as Record<string, string>)))
    case 'literal':
      return mix(fc.constantFrom(...(def.values as unknown[])))
    case 'string':
      return mix(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('A', 'TEA', '2026-03-02', '019cadc6-9a80-7775-81e8-3f35f0f1eb84')))
    case 'number':
      return mix(fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constantFrom(100, 1000, 100_000)))
    case 'boolean':
      return mix(fc.boolean())
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fc.oneof(shapedLike(def.innerType as z.ZodType, depth + 1), fc.constantFrom(undefined, null))
    default:
      return hostile
  }
}
