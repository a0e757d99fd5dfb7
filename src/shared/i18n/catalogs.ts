import ar from './locales/ar.json'
import de from './locales/de.json'
import en from './locales/en.json'
import es from './locales/es.json'
import fr from './locales/fr.json'
import type { Language } from './languages'

/** English is the source: every key is written there first, and the other four must have it too (tests/unit/i18n-catalogs.test.ts). */
export type Catalog = typeof en

/** Nested objects of strings, as i18next reads them; the key-coverage test holds the other languages to English's keys. */
export type CatalogTree = { [key: string]: string | CatalogTree }

export const CATALOGS: Readonly<Record<Language, CatalogTree>> = { en, de, fr, es, ar }
