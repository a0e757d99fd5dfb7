/**
 * A small JSON Schema (2020-12) validator for the sync protocol's own schemas, so the reference
 * receiver and the tests check payloads against the very files in docs/schemas. It knows the
 * keywords those files use and refuses a schema with any other, so a schema can never be
 * silently half-checked.
 */
export type JsonSchema = boolean | { [keyword: string]: unknown }

export interface SchemaIssue {
  /** JSON pointer into the value, '' for the value itself. */
  path: string
  message: string
}

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default', '$defs'])
const KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'format',
  '$ref',
  'oneOf',
  'propertyNames'
])
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

export class SchemaSet {
  private readonly documents = new Map<string, JsonSchema>()

  /** Adds a schema document under a name such as 'batch.json'; checks every keyword in it. */
  add(name: string, schema: JsonSchema): this {
    assertKnownKeywords(schema, name)
    this.documents.set(name, schema)
    return this
  }

  /** Validates against 'name' or 'name#/json/pointer'; an empty list means valid. */
  validate(ref: string, value: unknown): SchemaIssue[] {
    const issues: SchemaIssue[] = []
    const [document] = ref.split('#')
    this.check(this.resolve(ref, document ?? ''), value, '', document ?? '', issues)
    return issues
  }

  private resolve(ref: string, currentDocument: string): JsonSchema {
    const [documentName, pointer = ''] = ref.split('#')
    const name = documentName || currentDocument
    let node: unknown = this.documents.get(name)
    if (node === undefined) throw new Error(`Unknown schema ${name}`)
    for (const part of pointer.split('/').filter(Boolean)) {
      node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')]
      if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`)
    }
    return node as JsonSchema
  }

  private check(schema: JsonSchema, value: unknown, path: string, document: string, issues: SchemaIssue[]): void {
    if (schema === true) return
    if (schema === false) {
      issues.push({ path, message: 'is not allowed' })
      return
    }
    const fail = (message: string) => issues.push({ path, message })
    if (typeof schema.$ref === 'string') {
      const [refDocument] = schema.$ref.split('#')
      this.check(this.resolve(schema.$ref, document), value, path, refDocument || document, issues)
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]
      if (!types.some((type) => hasType(value, type))) {
        fail(`must be ${types.join(' or ')}`)
        return
      }
    }
    if (schema.enum !== undefined && !(schema.enum as unknown[]).some((option) => deepEqual(option, value))) {
      fail(`must be one of ${(schema.enum as unknown[]).map((option) => JSON.stringify(option)).join(', ')}`)
    }
    if (schema.const !== undefined && !deepEqual(schema.const, value)) fail(`must be ${JSON.stringify(schema.const)}`)
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`must be at least ${schema.minimum}`)
      if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`must be at most ${schema.maximum}`)
    }
    if (typeof value === 'string') {
      const length = [...value].length
      if (typeof schema.minLength === 'number' && length < schema.minLength) fail(`must have at least ${schema.minLength} characters`)
      if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail(`must have at most ${schema.maxLength} characters`)
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`must match ${schema.pattern}`)
      if (schema.format === 'date-time' && !(ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) fail('must be an ISO 8601 date-time')
    }
    if (Array.isArray(value)) {
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`must have at least ${schema.minItems} items`)
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail(`must have at most ${schema.maxItems} items`)
      if (schema.items !== undefined) {
        value.forEach((item, index) => this.check(schema.items as JsonSchema, item, `${path}/${index}`, document, issues))
      }
    }
    if (isObject(value)) this.checkObject(schema, value, path, document, issues)
    if (Array.isArray(schema.oneOf)) {
      const matching = (schema.oneOf as JsonSchema[]).filter((option) => {
        const optionIssues: SchemaIssue[] = []
        this.check(option, value, path, document, optionIssues)
        return optionIssues.length === 0
      })
      if (matching.length !== 1) fail(`must match exactly one of ${schema.oneOf.length} shapes (matched ${matching.length})`)
    }
  }

  private checkObject(schema: { [keyword: string]: unknown }, value: Record<string, unknown>, path: string, document: string, issues: SchemaIssue[]): void {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
    for (const key of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(value, key)) issues.push({ path, message: `must have property "${key}"` })
    }
    for (const [key, item] of Object.entries(value)) {
      const childPath = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`
      if (schema.propertyNames !== undefined) this.check(schema.propertyNames as JsonSchema, key, childPath, document, issues)
      if (Object.hasOwn(properties, key)) this.check(properties[key] as JsonSchema, item, childPath, document, issues)
      else if (schema.additionalProperties !== undefined) this.check(schema.additionalProperties as JsonSchema, item, childPath, document, issues)
    }
  }
}

function assertKnownKeywords(schema: unknown, where: string): void {
  if (typeof schema === 'boolean') return
  if (!isObject(schema)) throw new Error(`${where}: a schema is an object or a boolean`)
  for (const [keyword, child] of Object.entries(schema)) {
    if (keyword === '$defs' || keyword === 'properties') {
      for (const [name, sub] of Object.entries(child as Record<string, unknown>)) assertKnownKeywords(sub, `${where}/${keyword}/${name}`)
    } else if (keyword === 'items' || keyword === 'additionalProperties' || keyword === 'propertyNames') {
      assertKnownKeywords(child, `${where}/${keyword}`)
    } else if (keyword === 'oneOf') {
      ;(child as unknown[]).forEach((sub, index) => assertKnownKeywords(sub, `${where}/oneOf/${index}`))
    } else if (!ANNOTATIONS.has(keyword) && !KEYWORDS.has(keyword)) {
      throw new Error(`${where}: the keyword "${keyword}" is not supported by this validator`)
    } else if (keyword === 'format' && child !== 'date-time') {
      throw new Error(`${where}: the format "${String(child)}" is not supported by this validator`)
    }
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'boolean':
      return typeof value === 'boolean'
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value)
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    default:
      throw new Error(`Unknown type ${type}`)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
