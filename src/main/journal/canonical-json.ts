/**
 * The one text form of a journal entry's data: object keys sorted by UTF-16 code units, no
 * whitespace, strings as JSON.stringify writes them, and only safe integers as numbers. A float
 * or anything JSON cannot say exactly (undefined, a function, NaN, a Date) is refused rather than
 * written two ways, so the same data always hashes the same on every machine and in every version.
 */
export type CanonicalValue = null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined }

export class CanonicalJsonError extends Error {
  constructor(
    readonly reason: string,
    /** Where the refused value sits, as `orders[0].lines[2].price`; empty for the value itself. */
    readonly path: string
  ) {
    super(`${reason} at ${path || 'the top'}`)
  }
}

/**
 * `written` holds texts already made by this function for some of the objects inside `value` (a
 * sale's order, written once for its digest): they are put in as they are, not written again.
 */
export function canonicalJson(value: unknown, written?: ReadonlyMap<object, string>): string {
  return write(value, written)
}

// Every sale writes its data through here several times, so the path of a refusal is put
// together only when one is thrown, as the error passes back out through each level.
function write(value: unknown, written: ReadonlyMap<object, string> | undefined): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'string':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isSafeInteger(value)) throw new CanonicalJsonError('Only safe integers may be written', '')
      return String(value)
    case 'object': {
      const known = written?.get(value)
      if (known !== undefined) return known
      if (Array.isArray(value)) {
        let text = '['
        for (let index = 0; index < value.length; index++) {
          if (index > 0) text += ','
          try {
            text += write(value[index], written)
          } catch (error) {
            throw within(error, `[${index}]`)
          }
        }
        return `${text}]`
      }
      const prototype = Object.getPrototypeOf(value) as unknown
      if (prototype !== Object.prototype && prototype !== null) throw new CanonicalJsonError('Only plain objects may be written', '')
      const record = value as Record<string, unknown>
      const keys = Object.keys(record).sort()
      let text = '{'
      for (const key of keys) {
        const item = record[key]
        if (item === undefined) continue
        if (text.length > 1) text += ','
        try {
          text += quotedKey(key) + write(item, written)
        } catch (error) {
          throw within(error, key)
        }
      }
      return `${text}}`
    }
    default:
      throw new CanonicalJsonError(`A ${typeof value} cannot be written`, '')
  }
}

// The data of every sale names the same few dozen keys: each is quoted once, not on every write.
const QUOTED_KEYS_KEPT = 1000
const quotedKeys = new Map<string, string>()

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key)
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`
    if (quotedKeys.size < QUOTED_KEYS_KEPT) quotedKeys.set(key, quoted)
  }
  return quoted
}

function within(error: unknown, step: string): unknown {
  if (!(error instanceof CanonicalJsonError)) return error
  const path = error.path === '' ? step : error.path.startsWith('[') ? `${step}${error.path}` : `${step}.${error.path}`
  return new CanonicalJsonError(error.reason, path)
}
