/**
 * The one text form of a journal entry's data: object keys sorted by UTF-16 code units, no
 * whitespace, strings as JSON.stringify writes them, and only safe integers as numbers. A float
 * or anything JSON cannot say exactly (undefined, a function, NaN, a Date) is refused rather than
 * written two ways, so the same data always hashes the same on every machine and in every version.
 */
export type CanonicalValue = null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined }

export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string
  ) {
    super(`${message} at ${path || 'the top'}`)
  }
}

export function canonicalJson(value: unknown): string {
  return write(value, '')
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'string':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isSafeInteger(value)) throw new CanonicalJsonError('Only safe integers may be written', path)
      return Object.is(value, -0) ? '0' : String(value)
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, index) => write(item, `${path}[${index}]`)).join(',')}]`
      const prototype = Object.getPrototypeOf(value) as unknown
      if (prototype !== Object.prototype && prototype !== null) throw new CanonicalJsonError('Only plain objects may be written', path)
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
      return `{${keys.map((key) => `${JSON.stringify(key)}:${write(record[key], path ? `${path}.${key}` : key)}`).join(',')}}`
    }
    default:
      throw new CanonicalJsonError(`A ${typeof value} cannot be written`, path)
  }
}
