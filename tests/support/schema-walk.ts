import type { z } from 'zod'

/** A string the input may carry, wherever it sits: `variants.*.sku`, `attributes.<key>`, `newCustomer.email`. */
export interface StringLeaf {
  path: string
  /** The smallest schema that checks the string, its pipe included (`freeText(200).pipe(z.email())`). */
  schema: z.ZodType
  /**
   * The least input that puts `text` at this place (arrays of one, a record of one key, the
   * discriminator of the union option it sits in); other required fields are left out.
   */
  place(text: string): unknown
  /** Where zod reports a problem with the text placed there: `variants.0.sku`. */
  issuePath: string
}

type Place = (inner: unknown) => unknown

interface Def {
  type: string
  [key: string]: unknown
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'])

/** Whether the schema, under optional/default/nullable wrappers, is a string. */
function isStringBelow(schema: unknown): boolean {
  const def = defOf(schema)
  if (def.type === 'string') return true
  return WRAPPERS.has(def.type) ? isStringBelow(def.innerType) : false
}

/**
 * Every string in a zod schema, found by walking its definition generically (objects, arrays,
 * unions, records, tuples, pipes, wrappers, lazies, intersections), so a field added anywhere is
 * found without anyone listing it.
 */
export function stringLeaves(schema: z.ZodType): StringLeaf[] {
  const leaves: StringLeaf[] = []
  const leaf = (node: unknown, path: string[], issuePath: string[], place: Place): void => {
    leaves.push({ path: path.join('.'), schema: node as z.ZodType, place: (text) => place(text), issuePath: issuePath.join('.') })
  }
  /** `tag` is the discriminator the next object must carry (a discriminated union's option). */
  const walk = (node: unknown, path: string[], issuePath: string[], place: Place, depth: number, tag: Record<string, unknown> = {}): void => {
    if (depth > 40) throw new Error(`The schema at ${path.join('.')} nests too deep to walk`)
    const def = defOf(node)
    const next = depth + 1
    switch (def.type) {
      case 'string':
        leaf(node, path, issuePath, place)
        return
      case 'pipe':
        if (isStringBelow(def.in)) leaf(node, path, issuePath, place)
        else {
          walk(def.in, path, issuePath, place, next, tag)
          walk(def.out, path, issuePath, place, next, tag)
        }
        return
      case 'object': {
        for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
          walk(value, [...path, key], [...issuePath, key], (inner) => place({ ...tag, [key]: inner }), next)
        }
        if (def.catchall && defOf(def.catchall).type !== 'never') {
          walk(def.catchall, [...path, '<other>'], [...issuePath, 'other'], (inner) => place({ ...tag, other: inner }), next)
        }
        return
      }
      case 'array':
        walk(def.element, [...path, '*'], [...issuePath, '0'], (inner) => place([inner]), next)
        return
      case 'union': {
        const discriminator = typeof def.discriminator === 'string' ? def.discriminator : null
        for (const option of def.options as unknown[]) {
          const value = discriminator ? discriminatorValue(option, discriminator) : undefined
          walk(option, path, issuePath, place, next, value === undefined ? tag : { ...tag, [discriminator!]: value })
        }
        return
      }
      case 'intersection':
        walk(def.left, path, issuePath, place, next, tag)
        walk(def.right, path, issuePath, place, next, tag)
        return
      case 'record':
        walk(def.keyType, [...path, '<key>'], issuePath, (inner) => place({ [String(inner)]: 'x' }), next)
        walk(def.valueType, [...path, '*'], [...issuePath, 'k'], (inner) => place({ k: inner }), next)
        return
      case 'tuple':
        ;(def.items as unknown[]).forEach((item, index) =>
          walk(
            item,
            [...path, String(index)],
            [...issuePath, String(index)],
            (inner) => place(Object.assign(new Array(index + 1).fill(null), { [index]: inner })),
            next
          )
        )
        return
      case 'lazy':
        walk((def.getter as () => unknown)(), path, issuePath, place, next, tag)
        return
      case 'unknown':
      case 'any':
      case 'custom':
      case 'template_literal':
        // Open to any text: found like a string, so the guard test refuses it unless it is listed.
        leaf(node, path, issuePath, place)
        return
      default:
        if (WRAPPERS.has(def.type)) walk(def.innerType, path, issuePath, place, next, tag)
        // numbers, booleans, enums, literals, transforms: no text a shopkeeper types
        return
    }
  }
  walk(schema, [], [], (inner) => inner, 0)
  return leaves
}

function discriminatorValue(option: unknown, discriminator: string): unknown {
  const def = defOf(option)
  if (def.type !== 'object') return undefined
  const field = (def.shape as Record<string, unknown>)[discriminator]
  const values = field ? (defOf(field).values as unknown[] | undefined) : undefined
  return values?.[0]
}
