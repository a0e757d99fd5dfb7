import type en from './locales/en.json'
import { translatorFor } from './translator'

type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K
type Leaves<T, Prefix extends string = ''> = {
  [K in Extract<keyof T, string>]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : Leaves<T[K], `${Prefix}${K}.`>
}[Extract<keyof T, string>]

/** A schema's sentence, by its key under `errors.schema` of the catalogs ("settings.holdMin"). */
export type SchemaMessageKey = Leaves<(typeof en)['errors']['schema']>
export type SchemaMessageParams = Readonly<Record<string, string | number>>

export interface SchemaMessageRef {
  key: `errors.schema.${SchemaMessageKey}`
  params?: SchemaMessageParams
}

const byEnglish = new Map<string, SchemaMessageRef>()

/**
 * A sentence a zod schema says when a value breaks its rule, written once in the catalogs so every
 * language says exactly what is wrong ("Hold time is at least 5 minutes", "Die Haltezeit beträgt
 * mindestens 5 Minuten"). The schema gets the English sentence (main's message, its logs, English
 * screens); the key and its values are remembered by that sentence, so the dispatcher can send them
 * with the issue and a screen says it in its own language (`schemaMessageRef`).
 */
export function schemaMessage(key: SchemaMessageKey, params?: SchemaMessageParams): string {
  const ref: SchemaMessageRef = { key: `errors.schema.${key}`, ...(params ? { params } : {}) }
  const english = englishOf(ref)
  if (!byEnglish.has(english)) byEnglish.set(english, ref)
  return english
}

/** The key and values of a schema's sentence, or undefined for a sentence no schema wrote with `schemaMessage`. */
export function schemaMessageRef(message: string): SchemaMessageRef | undefined {
  return byEnglish.get(message)
}

function englishOf({ key, params }: SchemaMessageRef): string {
  // The key is checked against the catalog by SchemaMessageKey; i18next's own overloads cannot follow a built key.
  const t = translatorFor('en') as unknown as (key: string, params?: SchemaMessageParams) => string
  return t(key, params)
}
